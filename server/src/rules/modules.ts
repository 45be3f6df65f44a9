/**
 * The rules implemented in code, by id. Every `<rule>.yaml` with `module: true` has an entry here, and every
 * entry has its YAML (the rule meta-checks enforce both directions).
 */
import type { ModuleRule } from '../engine/module';
import { rule as bidiControl } from './unicode/bidi-control';
import { rule as invisibleCharacters } from './unicode/invisible-characters';
import { rule as tagCharacters } from './unicode/tag-characters';

export const MODULE_RULES: Record<string, ModuleRule> = {
  'unicode/bidi-control': bidiControl,
  'unicode/invisible-characters': invisibleCharacters,
  'unicode/tag-characters': tagCharacters,
};
