/** Shell command shapes shared by the agents rules: download-and-run in POSIX shells and PowerShell. */

const FETCH = '(curl|wget|fetch|http|xh)\\b[^\\n|;&]*';
const SHELL = '(sudo\\s+(-\\S+\\s+)*)?(env\\s+\\S+=\\S+\\s+)*(ba|z|k|da|fi)?sh|python3?|node|perl|ruby|php|bun|deno|pwsh|powershell';

/** `curl … | sh` and the same into other interpreters. */
export const PIPE_TO_SHELL = new RegExp(`\\b${FETCH}\\|\\s*(${SHELL})\\b`, 'i');

/** `bash <(curl …)`, `source <(curl …)`, `sh -c "$(curl …)"`. */
export const PROCESS_SUBSTITUTION = /\b((ba|z|k|da)?sh|source|\.)\s+(-s\s+)?<\(\s*(curl|wget)\b[^)\n]*\)|\b((ba|z|k|da)?sh|python3?|node)\s+-c\s+["']?\$\(\s*(curl|wget)\b[^)\n]*\)/i;

/** `iwr … | iex`, `iex (New-Object Net.WebClient).DownloadString(…)`. */
export const POWERSHELL_DOWNLOAD_EVAL = /\b(iwr|irm|Invoke-WebRequest|Invoke-RestMethod|curl|wget)\b[^\n|;]*\|\s*(iex|Invoke-Expression)\b|\b(iex|Invoke-Expression)\s*\(?\s*(\(\s*)?(New-Object\s+(System\.)?Net\.WebClient\s*\)?\s*\.\s*DownloadString|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b/i;

/** `curl -o setup.sh https://… && bash setup.sh`: the two steps of a download-and-run on one line. */
export const SAVE_THEN_RUN = /\b(curl|wget)\b[^\n;&|]*?\s(?:-[A-Za-z]*[oO]|--output|--output-document)[\s=]*["']?([\w./~-]+)["']?[^\n;&|]*(?:&&|;)\s*(?:chmod\s+\+x\s+["']?\2["']?\s*(?:&&|;)\s*)?(?:sudo\s+)?(?:(?:ba|z|k|da)?sh\s+["']?\2\b|["']?(?:\.\/)?\2\b)/i;

/** Whether a command line downloads code and runs it. */
export function downloadsAndRuns(command: string): boolean {
  return PIPE_TO_SHELL.test(command) || PROCESS_SUBSTITUTION.test(command) || POWERSHELL_DOWNLOAD_EVAL.test(command) || SAVE_THEN_RUN.test(command);
}

/** Hosts and schemes that make a download worse: plain HTTP, bare IPs, paste and tunnelling services. */
export const WEAK_SOURCE = /\bhttp:\/\/|\b\d{1,3}(\.\d{1,3}){3}\b|pastebin|paste\.ee|transfer\.sh|ngrok|bit\.ly|tinyurl/i;
