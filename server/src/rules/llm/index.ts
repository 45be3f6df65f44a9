/** The llm pack's rules implemented in code (by id); importing it registers the pack's code fixes. */
import type { ModuleRule } from '../../engine/module';
import './fixes';
import { rule as decodeAndExecute } from './decode-and-execute';
import { rule as envExfiltration } from './env-exfiltration';
import { rule as modelChosenFunction } from './model-chosen-function';
import { rule as sqlFromModelOutput } from './sql-from-model-output';

export const MODULES: Record<string, ModuleRule> = {
  'llm/decode-and-execute': decodeAndExecute,
  'llm/env-exfiltration': envExfiltration,
  'llm/model-chosen-function': modelChosenFunction,
  'llm/sql-from-model-output': sqlFromModelOutput,
};
