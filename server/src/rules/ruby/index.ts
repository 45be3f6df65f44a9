/** The ruby pack's rules implemented in code (by id); importing it registers the pack's code fixes. */
import type { ModuleRule } from '../../engine/module';
import './fixes';
import { rule as insecureRandom } from './insecure-random';

export const MODULES: Record<string, ModuleRule> = {
  'ruby/insecure-random': insecureRandom,
};
