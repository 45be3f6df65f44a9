/** The unicode pack's rules implemented in code (by id); importing it registers the pack's code fixes. */
import type { ModuleRule } from '../../engine/module';
import './fixes';
import { rule as bidiControl } from './bidi-control';
import { rule as invisibleCharacters } from './invisible-characters';
import { rule as tagCharacters } from './tag-characters';

export const MODULES: Record<string, ModuleRule> = {
  'unicode/bidi-control': bidiControl,
  'unicode/invisible-characters': invisibleCharacters,
  'unicode/tag-characters': tagCharacters,
};
