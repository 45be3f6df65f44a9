/** The java pack's rules implemented in code (by id); importing it registers the pack's code fixes. */
import type { ModuleRule } from '../../engine/module';
import './fixes';
import { rule as cookieInsecure } from './cookie-insecure';
import { rule as insecureRandom } from './insecure-random';
import { rule as xxe } from './xxe';

export const MODULES: Record<string, ModuleRule> = {
  'java/cookie-insecure': cookieInsecure,
  'java/insecure-random': insecureRandom,
  'java/xxe': xxe,
};
