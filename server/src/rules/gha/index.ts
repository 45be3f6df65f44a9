/** The gha pack's rules implemented in code (by id); importing it registers the pack's code fixes. */
import type { ModuleRule } from '../../engine/module';
import './fixes';
import { rule as agentPromptInjection } from './agent-prompt-injection';
import { rule as downloadAndExecute } from './download-and-execute';
import { rule as excessivePermissions } from './excessive-permissions';
import { rule as gitlabRemoteInclude } from './gitlab-remote-include';
import { rule as gitlabUnpinnedImage } from './gitlab-unpinned-image';
import { rule as gitlabUntrustedVariable } from './gitlab-untrusted-variable';
import { rule as scriptInjection } from './script-injection';
import { rule as secretsInherit } from './secrets-inherit';
import { rule as securityStepContinueOnError } from './security-step-continue-on-error';
import { rule as selfHostedRunnerPullRequest } from './self-hosted-runner-pull-request';
import { rule as unpinnedAction } from './unpinned-action';
import { rule as unsecureCommands } from './unsecure-commands';
import { rule as untrustedCheckout } from './untrusted-checkout';

export const MODULES: Record<string, ModuleRule> = {
  'gha/agent-prompt-injection': agentPromptInjection,
  'gha/download-and-execute': downloadAndExecute,
  'gha/excessive-permissions': excessivePermissions,
  'gha/gitlab-remote-include': gitlabRemoteInclude,
  'gha/gitlab-unpinned-image': gitlabUnpinnedImage,
  'gha/gitlab-untrusted-variable': gitlabUntrustedVariable,
  'gha/script-injection': scriptInjection,
  'gha/secrets-inherit': secretsInherit,
  'gha/security-step-continue-on-error': securityStepContinueOnError,
  'gha/self-hosted-runner-pull-request': selfHostedRunnerPullRequest,
  'gha/unpinned-action': unpinnedAction,
  'gha/unsecure-commands': unsecureCommands,
  'gha/untrusted-checkout': untrustedCheckout,
};
