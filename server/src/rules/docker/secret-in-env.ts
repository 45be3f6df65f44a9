/**
 * `ENV` and `ARG` instructions that give a credential-named variable a literal value. `ENV` values are stored
 * in the image config and `ARG` defaults in the layer history, so anyone who can pull the image can read them.
 */
import type { ModuleRule } from '../../engine/module';
import { keyValues, parseDockerfile } from './dockerfile';
import { isLiteralSecret, isSecretName } from './secret-names';

export const rule: ModuleRule = {
  check(ctx) {
    for (const instruction of parseDockerfile(ctx.text).instructions) {
      if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') continue;
      for (const kv of keyValues(instruction)) {
        if (!isSecretName(kv.key) || !isLiteralSecret(kv.value)) continue;
        ctx.report({
          start: kv.keyStart,
          end: kv.valueEnd,
          names: { name: kv.key, instruction: instruction.keyword, where: instruction.keyword === 'ENV' ? 'the image configuration (`docker inspect`) and every container\'s environment' : 'the image history (`docker history`)' },
        });
      }
    }
  },
};
