/** Instructions that send secrets, environment variables or keys to a URL, and commands that do it. */
import { phraseRule } from './phrases';

const SECRET_FILE = '(\\.env(\\.\\w+)?\\b|\\.ssh\\b|id_rsa|id_ed25519|id_ecdsa|\\.aws/credentials|\\.npmrc|\\.pypirc|\\.netrc|\\.git-credentials|\\.docker/config\\.json|\\.kube/config|\\.config/gh/hosts\\.yml)';
const SECRET_WORDS = '(env(ironment)?\\s+var(iable)?s|\\.env\\b|secrets?|credentials|api[\\s_-]?keys?|access\\s+tokens?|auth(entication)?\\s+tokens?|tokens|ssh\\s+keys?|private\\s+keys?|id_rsa|passwords?|session\\s+cookies|cookies|\\.aws|~\\/\\.ssh)';
const DESTINATION = '(https?:\\/\\/\\S+|[\\w-]+(\\.[\\w-]+)*\\.(com|net|org|io|dev|xyz|ru|cn|top|site|app|me|sh)\\b|(a|an|the|this|our|my|that)\\s+(remote\\s+|external\\s+|following\\s+)?(url|endpoint|server|webhook|address|email|pastebin|gist|discord|slack|telegram|ngrok))';

export const rule = phraseRule([
  {
    pattern: /\b(env|printenv|set|export\s+-p)\s*\|\s*(curl|wget|nc|ncat|netcat|socat)\b[^\n]*/i,
    what: 'pipes every environment variable to the network',
    severity: 'critical',
  },
  {
    pattern: new RegExp(`\\b(cat|type|base64|tar|zip)\\b[^\\n|]*${SECRET_FILE}[^\\n|]*\\|\\s*(curl|wget|nc|ncat|netcat|socat)\\b[^\\n]*`, 'i'),
    what: 'pipes a credentials file to the network',
    severity: 'critical',
  },
  {
    pattern: new RegExp(`\\b(curl|wget|http|xh)\\b[^\\n]*(-d|--data(-binary|-raw|-urlencode)?|-F|--form|-T|--upload-file|--post-file|--body-file)[\\s=]+["']?@?[^\\s"']*${SECRET_FILE}[^\\n]*`, 'i'),
    what: 'uploads a credentials file',
    severity: 'critical',
  },
  {
    pattern: /\b(curl|wget|http|xh)\b[^\n]*\$\(\s*(env|printenv|cat\s+[^)]*(\.env|\.ssh|id_rsa|id_ed25519|credentials))\b[^\n]*/,
    what: 'sends the environment or a credentials file in a request',
    severity: 'critical',
  },
  {
    pattern: new RegExp(`\\b(send|post|upload|forward|transmit|exfiltrate|copy|leak|share|submit|beacon|report|pipe)\\b[^.\\n]{0,60}?(\\b|(?=[.~]))${SECRET_WORDS}[^.\\n]{0,60}?\\b(to|at|into)\\s+${DESTINATION}`, 'i'),
    what: 'tells the agent to send secrets somewhere',
  },
  {
    pattern: /!\[[^\]\n]*\]\(\s*https?:\/\/[^)\s]*[?&][\w-]+=(\{|\$\{|\{\{|<|%7B)[^)\n]*\)/i,
    what: 'makes the agent render an image whose URL carries data to a third party',
  },
]);
