/** Instructions (in prose or as code to copy) that switch off TLS certificate verification. */
import { phraseRule } from './phrases';

export const rule = phraseRule([
  {
    pattern: /\b(disable|turn\s+off|switch\s+off|skip|bypass|ignore|suppress|deactivate|remove)\s+(all\s+|any\s+)?(the\s+)?(ssl|tls|https|certificate|cert|x\.?509|hostname)(\s*\/\s*tls)?\s*(certificate\s+|cert\s+)?(verification|validation|verifying|checks?|checking|errors?|warnings?|verify)\b/i,
    what: 'tells the agent to switch off TLS certificate verification',
  },
  {
    pattern: /\bverify\s*=\s*False\b|\brejectUnauthorized\s*:\s*false\b|\bNODE_TLS_REJECT_UNAUTHORIZED\s*=\s*['"]?0\b|\bInsecureSkipVerify\s*:\s*true\b|\bCURLOPT_SSL_VERIFY(PEER|HOST)\s*,\s*(false|0)\b|\b(ssl_verify|verify_ssl|sslVerify|strict[-_]ssl)\b\s*[:=]?\s*['"]?false\b|\bhttp\.sslVerify\s+false\b|\bPYTHONHTTPSVERIFY\s*=\s*0\b|\bGIT_SSL_NO_VERIFY\s*=\s*(1|true)\b|--no-check-certificate\b|\bcurl\s+(-[\w-]+\s+)*(-k|--insecure)\b|\bssl\._create_unverified_context\b|\bServerCertificateValidationCallback\b[^\n;]*\btrue\b/,
    what: 'has the agent write code that switches off TLS certificate verification',
  },
]);
