/** The js pack's rules implemented in code (by id); importing it registers the pack's code fixes. */
import type { ModuleRule } from '../../engine/module';
import './fixes';
import { rule as insecureRandomSecret } from './insecure-random-secret';
import { rule as llmToolCodeExecution } from './llm-tool-code-execution';

export const MODULES: Record<string, ModuleRule> = {
  'js/insecure-random-secret': insecureRandomSecret,
  'js/llm-tool-code-execution': llmToolCodeExecution,
};
