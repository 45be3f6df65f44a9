/** `chat.agent.maxRequests` raised far above the default: long unattended agent runs without a checkpoint. */
import type { ModuleRule } from '../../engine/module';
import { propertyOf, rangeOf } from '../mcp/json';
import { vscodeSettings } from './settings';

/** Well above VS Code's default, so that raising the limit a little for long refactorings stays quiet. */
const LIMIT = 200;

export const rule: ModuleRule = {
  check(ctx) {
    const value = propertyOf(vscodeSettings(ctx), 'chat.agent.maxRequests');
    if (value?.type === 'number' && Number(value.value) >= LIMIT) ctx.report({ ...rangeOf(value), names: { value: String(value.value), limit: String(LIMIT) } });
  },
};
