/** Instructions that take the user out of the loop: auto-approve commands, skip permission prompts, leave the sandbox. */
import { phraseRule } from './phrases';

const RISKY = /\b(install\w*|delet\w*|remov\w*|rm|push\w*|deploy\w*|publish\w*|merg\w*|send\w*|upload\w*|download\w*|curl|wget|sudo|migrat\w*|drop\w*|overwrit\w*|force\w*|(any|all|shell|terminal|system)\s+commands?|arbitrary|anything|everything|scripts?)\b/i;

export const rule = phraseRule([
  {
    pattern: /(^|\s)--(dangerously-skip-permissions|dangerously-bypass-approvals-and-sandbox|yolo|full-auto)\b|--permission-mode[= ]bypassPermissions\b|--approval-mode[= ]yolo\b|--sandbox[= ]danger-full-access\b/,
    what: 'runs the agent with its permission prompts or sandbox switched off',
    severity: 'high',
  },
  {
    pattern: /\b(auto-?approve|automatically\s+(approve|accept|confirm|allow)|always\s+(approve|allow|accept)|approve\s+all|accept\s+all|allow\s+all)\b(\s+[\w-]+){0,4}?\s+(commands?|tool\s+calls?|tools|terminal|shell|actions|requests|permissions|prompts|operations)\b/i,
    what: 'tells the agent to approve its own actions',
  },
  {
    pattern: /\b(do\s+not|don'?t|never|no\s+need\s+to)\s+(ask|wait)\s+(the\s+user\s+)?(for\s+)?(permission|confirmation|approval|consent)\b/i,
    what: 'tells the agent to act without asking',
    negatable: false,
    sentence: RISKY,
  },
  {
    pattern: /\bwithout\s+(asking|confirmation|confirming|approval|permission|consent|prompting|waiting\s+for\s+(approval|confirmation))\b/i,
    what: 'tells the agent to act without asking',
    sentence: RISKY,
  },
  {
    pattern: /\b(disable|turn\s+off|bypass|escape|skip|break\s+out\s+of|get\s+around|work\s+around|run\s+outside(\s+of)?)\s+(the\s+|your\s+|any\s+)?(sandbox(ing)?|permission\s+(checks?|prompts?|system)|approval\s+(prompts?|checks?|dialogs?))\b/i,
    what: 'tells the agent to get around its sandbox or permission checks',
  },
]);
