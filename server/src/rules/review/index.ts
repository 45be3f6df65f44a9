/** The review pack's rules implemented in code (by id): checks that need the editor's unreviewed blocks. */
import type { ModuleRule } from '../../engine/module';
import { rule as silencingInUnreviewedBlock } from './silencing-in-unreviewed-block';

export const MODULES: Record<string, ModuleRule> = {
  'review/silencing-in-unreviewed-block': silencingInUnreviewedBlock,
};
