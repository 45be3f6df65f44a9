/** The go pack's rules implemented in code (by id); importing it registers the pack's code fixes. */
import type { ModuleRule } from '../../engine/module';
import './fixes';
import { rule as insecureRandom } from './insecure-random';
import { rule as umaskWorldWritable } from './umask-world-writable';

export const MODULES: Record<string, ModuleRule> = {
  'go/insecure-random': insecureRandom,
  'go/umask-world-writable': umaskWorldWritable,
};
