/**
 * The rules implemented in code, by id, gathered from each pack's `index.ts` (which also registers the pack's code
 * fixes). Every `<rule>.yaml` with `module: true` has an entry, and every entry has its YAML: the rule
 * meta-checks enforce both directions.
 */
import type { ModuleRule } from '../engine/module';
import { MODULES as unicode } from './unicode/index';
import { MODULES as python } from './python/index';
import { MODULES as js } from './js/index';
import { MODULES as go } from './go/index';
import { MODULES as java } from './java/index';
import { MODULES as csharp } from './csharp/index';
import { MODULES as php } from './php/index';
import { MODULES as ruby } from './ruby/index';
import { MODULES as shell } from './shell/index';
import { MODULES as cpp } from './cpp/index';
import { MODULES as secrets } from './secrets/index';
import { MODULES as agents } from './agents/index';
import { MODULES as mcp } from './mcp/index';
import { MODULES as gha } from './gha/index';
import { MODULES as docker } from './docker/index';
import { MODULES as deps } from './deps/index';
import { MODULES as llm } from './llm/index';
import { MODULES as review } from './review/index';
// The built-in ignore-directive rules have no module of their own; this registers their fixes.
import './ai-audit/fixes';

export const MODULE_RULES: Record<string, ModuleRule> = {
  ...unicode,
  ...python,
  ...js,
  ...go,
  ...java,
  ...csharp,
  ...php,
  ...ruby,
  ...shell,
  ...cpp,
  ...secrets,
  ...agents,
  ...mcp,
  ...gha,
  ...docker,
  ...deps,
  ...llm,
  ...review,
};
