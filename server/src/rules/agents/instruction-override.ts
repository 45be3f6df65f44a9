/** "Ignore previous instructions"-style overrides and fake chat-role markers in agent rule files. */
import { phraseRule } from './phrases';

export const rule = phraseRule([
  {
    pattern: /\b(ignore|disregard|forget|override|bypass|discard)\s+(all\s+|any\s+|every\s+)?(of\s+)?(the\s+|your\s+|these\s+|those\s+)?(previous|prior|above|earlier|preceding|former|original|initial|system|developer|safety|other|existing)\s+(instructions?|rules|prompts?|directions|guidelines|directives|guardrails|constraints|context|messages?)\b/i,
    what: 'tells the model to drop the instructions it was given',
  },
  {
    pattern: /\bforget\s+(everything|all)\s+(you('ve|\s+have)?\s+(been\s+told|learned|know)|above|before|previously)\b/i,
    what: 'tells the model to drop the instructions it was given',
  },
  {
    pattern: /\byou\s+are\s+(now\s+)?(in\s+)?(DAN|developer\s+mode|jailbroken|unrestricted|unfiltered|god\s+mode|no\s+longer\s+bound)\b/i,
    what: 'switches the model into a "no rules" persona',
  },
  {
    pattern: /\b(new|updated|real|actual|true|hidden)\s+system\s+(prompt|instructions?|message)\s*:/i,
    what: 'announces replacement system instructions',
  },
  {
    pattern: /\b(these|the\s+following|this\s+file'?s?)\s+(instructions|rules)\s+(take\s+precedence|override|supersede|replace)\s+(over\s+)?(all|any|every)\s+(other|previous|prior|system|safety|security)\b/i,
    what: 'claims priority over the system and safety instructions',
  },
  {
    pattern: /<\|im_start\|>\s*system|<\|(system|im_sep)\|>|<<SYS>>|\[INST\]|<\/?(system|system_prompt)>|^#{1,3}\s*(SYSTEM|System)\s*(OVERRIDE|Override|PROMPT|Prompt)\s*:?\s*$/m,
    what: 'forges a chat-role marker to pose as system instructions',
    negatable: false,
  },
]);
