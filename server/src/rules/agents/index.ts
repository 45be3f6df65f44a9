/** The agents pack's rules implemented in code (by id); importing it registers the pack's code fixes. */
import type { ModuleRule } from '../../engine/module';
import './fixes';
import { rule as autoApproveInstruction } from './auto-approve-instruction';
import { rule as claudeBroadAllow } from './claude-broad-allow';
import { rule as claudeBypassPermissions } from './claude-bypass-permissions';
import { rule as claudeEnableAllMcpServers } from './claude-enable-all-mcp-servers';
import { rule as claudeHookRemoteScript } from './claude-hook-remote-script';
import { rule as concealFromUser } from './conceal-from-user';
import { rule as downloadAndExecute } from './download-and-execute';
import { rule as exfiltrationInstruction } from './exfiltration-instruction';
import { rule as hiddenHtmlComment } from './hidden-html-comment';
import { rule as instructionOverride } from './instruction-override';
import { rule as skipSafeguardsInstruction } from './skip-safeguards-instruction';
import { rule as tlsVerificationInstruction } from './tls-verification-instruction';
import { rule as vscodeAutoApproveAll } from './vscode-auto-approve-all';
import { rule as vscodeEditsAutoApprove } from './vscode-edits-auto-approve';
import { rule as vscodeMaxRequests } from './vscode-max-requests';
import { rule as vscodeTerminalAutoApprove } from './vscode-terminal-auto-approve';
import { rule as workspaceTrustDisabled } from './workspace-trust-disabled';

export const MODULES: Record<string, ModuleRule> = {
  'agents/auto-approve-instruction': autoApproveInstruction,
  'agents/claude-broad-allow': claudeBroadAllow,
  'agents/claude-bypass-permissions': claudeBypassPermissions,
  'agents/claude-enable-all-mcp-servers': claudeEnableAllMcpServers,
  'agents/claude-hook-remote-script': claudeHookRemoteScript,
  'agents/conceal-from-user': concealFromUser,
  'agents/download-and-execute': downloadAndExecute,
  'agents/exfiltration-instruction': exfiltrationInstruction,
  'agents/hidden-html-comment': hiddenHtmlComment,
  'agents/instruction-override': instructionOverride,
  'agents/skip-safeguards-instruction': skipSafeguardsInstruction,
  'agents/tls-verification-instruction': tlsVerificationInstruction,
  'agents/vscode-auto-approve-all': vscodeAutoApproveAll,
  'agents/vscode-edits-auto-approve': vscodeEditsAutoApprove,
  'agents/vscode-max-requests': vscodeMaxRequests,
  'agents/vscode-terminal-auto-approve': vscodeTerminalAutoApprove,
  'agents/workspace-trust-disabled': workspaceTrustDisabled,
};
