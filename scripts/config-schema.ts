/**
 * Writes schemas/ai-audit.schema.json from the definition of `ai-audit.json` in server/src/config/file.ts, so the
 * schema editors complete with and the validator the CLI and the server run can never drift apart.
 *   npm run schema          rewrite the file
 * The unit tests fail when the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configJsonSchema } from '../server/src/config/file';

/** The text of the schema file. */
export function configSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}

if (require.main === module) {
  const target = join(__dirname, '../../schemas/ai-audit.schema.json');
  writeFileSync(target, configSchemaText());
  process.stdout.write(`wrote ${target}\n`);
}
