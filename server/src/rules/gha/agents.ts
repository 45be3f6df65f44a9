/** Recognises the steps of a workflow that hand text to an AI coding agent. */
import { isScalar, type Pair, type Scalar } from 'yaml';
import { actionName, type Step } from './workflow';

/** Actions that run an AI agent with tools (repository writes, shell, API calls). */
const AGENT_ACTIONS = /^(anthropics\/claude-code(-base)?-action|openai\/codex-action|google-github-actions\/run-gemini-cli|google-gemini\/gemini-cli-action|github\/copilot[\w-]*|actions\/ai-inference|warpdotdev\/[\w-]+|coderabbitai\/[\w-]+|qodo-ai\/pr-agent|codium-ai\/pr-agent|sst\/opencode|anomalyco\/opencode|aider-ai\/[\w-]+|cline\/[\w-]+|cursor\/[\w-]+|mistralai\/[\w-]*agent[\w-]*)$/;

/** Inputs that carry instructions for a model, whatever the action. */
const PROMPT_INPUT = /^(prompt|direct[_-]prompt|override[_-]prompt|custom[_-]instructions|system[_-]prompt|append[_-]system[_-]prompt|instructions|user[_-]prompt|prompt[_-]text)$/i;

/** Whether `uses:` names a known AI agent action. */
export function isAgentAction(uses: string): boolean {
  const name = actionName(uses);
  return !!name && AGENT_ACTIONS.test(name);
}

/** The inputs of a step that become part of a model's prompt: every input of a known agent, prompt-named inputs of others. */
export function promptInputs(step: Step): { name: string; value: Scalar }[] {
  if (!step.uses || !step.with) return [];
  const agent = isAgentAction(String(step.uses.value));
  const out: { name: string; value: Scalar }[] = [];
  for (const pair of step.with.items as Pair<unknown, unknown>[]) {
    if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
    const name = String(pair.key.value);
    if (agent || PROMPT_INPUT.test(name)) out.push({ name, value: pair.value });
  }
  return out;
}
