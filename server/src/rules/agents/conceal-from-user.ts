/** Instructions that hide the agent's actions from the user: "do not tell the user", "silently install", "hide this". */
import { phraseRule } from './phrases';

const USER = '(the\\s+)?(user|human|developer|operator|reviewer|people|anyone)s?';
const ACTION = '(install|run|execute|add|append|insert|include|inject|send|upload|download|fetch|post|commit|push|delete|remove|modify|change|overwrite|replace|disable|enable|create|write|update|import|curl)';

export const rule = phraseRule([
  {
    pattern: new RegExp(`\\b(do\\s+not|don'?t|never|without)\\s+(tell(ing)?|inform(ing)?|mention(ing)?|notify(ing)?|alert(ing)?|show(ing)?|reveal(ing)?|disclos(e|ing)|explain(ing)?|report(ing)?)\\s+(this|these|it|that|them|anything|any\\s+of\\s+(this|these|it))?\\s*(\\w+\\s+){0,3}?(to\\s+)?${USER}\\b`, 'i'),
    what: 'tells the agent to keep what it does from the user',
    negatable: false,
  },
  {
    pattern: /\b(do\s+not|don'?t|never)\s+(mention|reveal|disclose|acknowledge|discuss|repeat|show)\s+(this|these|the)\s+(instructions?|rules?|file|steps?|changes?|section|prompt)\b/i,
    what: 'tells the agent to keep these instructions secret',
    negatable: false,
  },
  {
    pattern: new RegExp(`\\b(silently|secretly|quietly|covertly|invisibly|discreetly)\\s+(\\w+\\s+)?${ACTION}\\b`, 'i'),
    what: 'tells the agent to act without the user noticing',
  },
  {
    pattern: new RegExp(`\\b(hide|conceal|obscure|mask)\\s+(this|these|it|them|the\\s+\\w+|your\\s+\\w+|any\\s+\\w+)(\\s+\\w+){0,3}?\\s+from\\s+${USER}\\b`, 'i'),
    what: 'tells the agent to hide its actions from the user',
  },
  {
    pattern: /\b(do\s+not|don'?t|never)\s+(show|include|print|list|display)\s+(this|these|it|the\s+\w+)(\s+[\w./-]+){0,3}?\s+in\s+(the\s+|your\s+)?(summary|diff|output|response|reply|changelog|commit\s+message|pull\s+request)\b/i,
    what: 'tells the agent to leave its changes out of what the user reviews',
    negatable: false,
  },
]);
