/** Instructions that switch off the project's safety nets: hooks, failing tests, security scans, reviews. */
import { phraseRule } from './phrases';

export const rule = phraseRule([
  {
    pattern: /\bgit\s+(commit|push|merge|rebase|am)\b[^\n]*\s--no-verify\b|\bgit\s+commit\b[^\n]*\s-n\b|\bgit\s+-c\s+core\.hooksPath=\/dev\/null\b|\bHUSKY=0\b|\bSKIP_(HOOKS|PRECOMMIT|CHECKS)=1\b/,
    what: 'skips the repository\'s Git hooks',
  },
  {
    pattern: /\b(use|add|pass)\s+(the\s+)?`?--no-verify`?/i,
    what: 'skips the repository\'s Git hooks',
  },
  {
    pattern: /\b(delete|remove|skip|disable|comment\s+out|mark\s+as\s+skipped|xfail|ignore)\s+(the\s+|any\s+|all\s+)?(failing|broken|flaky|red)\s+(tests?|specs?|checks?)\b/i,
    what: 'tells the agent to make failing tests go away instead of fixing the code',
  },
  {
    pattern: /\bif\s+(the\s+|a\s+|any\s+)?(tests?|checks?|ci|build)\s+(fails?|breaks?|is\s+red)\b[^.\n]{0,40}\b(delete|remove|skip|disable|comment\s+out|xfail)\b/i,
    what: 'tells the agent to make failing tests go away instead of fixing the code',
  },
  {
    pattern: /\b(disable|turn\s+off|skip|bypass|remove|ignore|suppress|silence|circumvent)\s+(all\s+|any\s+|the\s+)?(security\s+(checks?|scans?|scanning|warnings?|rules|linters?|reviews?)|secret\s+scanning|code\s*ql|dependabot|branch\s+protection|signature\s+(verification|checks?)|code\s+reviews?|required\s+reviews?|pre-?commit\s+hooks?|git\s+hooks|commit\s+hooks|linters?|lint(ing)?\s+(rules|errors|checks)|type[\s-]?check(s|ing|er)?)\b/i,
    what: 'tells the agent to switch off a security or quality check',
  },
  {
    pattern: /\b(add|use|insert|put)\s+(a\s+|an\s+)?`?(#\s*nosec|\/\/\s*NOSONAR|#\s*noqa|@ts-ignore|@ts-nocheck|eslint-disable(-next-line)?|#\s*type:\s*ignore|#\s*pylint:\s*disable)`?[^.\n]{0,40}\b(wherever|whenever|everywhere|to\s+(silence|suppress|hide|make|get\s+rid))/i,
    what: 'tells the agent to silence the checkers instead of fixing what they report',
  },
]);
