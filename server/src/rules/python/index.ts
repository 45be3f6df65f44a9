/** The python pack's rules implemented in code (by id); importing it registers the pack's code fixes. */
import type { ModuleRule } from '../../engine/module';
import './fixes';
import { rule as insecureRandomSecret } from './insecure-random-secret';
import { rule as untrustedSqlText } from './untrusted-sql-text';

export const MODULES: Record<string, ModuleRule> = {
  'python/insecure-random-secret': insecureRandomSecret,
  'python/untrusted-sql-text': untrustedSqlText,
};
