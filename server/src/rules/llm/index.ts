/** The llm pack's rules implemented in code (by id); importing it registers the pack's code fixes. */
import type { ModuleRule } from '../../engine/module';
import './fixes';

export const MODULES: Record<string, ModuleRule> = {};
