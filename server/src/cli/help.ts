/** The help texts and the version of the CLI. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MAIN = `ai-audit: finds the insecure code AI assistants write.

Usage:
  ai-audit scan [paths...] [options]   audit files and folders (default: the current folder)
  ai-audit baseline [paths...] [-o FILE]
                                       record today's findings so later scans report only new ones
  ai-audit rules [--stats] [--format json]
                                       list the bundled rules, or count them
  ai-audit help [scan|baseline|rules]  show help for a command
  ai-audit --version                   print the version

Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it, 2 usage or internal error.
`;

const SCAN = `Usage: ai-audit scan [paths...] [options]

Audits the files below each path (default: the current folder), respecting .gitignore and skipping vendored,
generated, binary and oversized files (counted in the summary).

Output:
  -f, --format text|json|sarif   report format (default: text)
  -o, --output FILE              write the report to FILE instead of standard output
  -q, --quiet                    findings only: no summary, notes or progress
      --no-color                 plain text even on a terminal (NO_COLOR is honoured too)

What is reported:
      --fail-on SEVERITY         exit 1 when a finding is at or above SEVERITY: critical, high, medium, low,
                                 or none to never fail (default: high)
      --min-severity SEVERITY    leave out findings below SEVERITY (default: low)
      --min-confidence LEVEL     leave out findings below LEVEL: low, medium, high (default: medium; low with --all)
      --all                      also run preview and low-confidence rules
      --check-registry           ask the npm and PyPI registries whether suspicious package names exist
                                 (the only option that uses the network; off by default)
      --rule ID                  run only this rule (repeatable; comma-separated lists and pack/* allowed)
      --exclude GLOB             skip files matching GLOB, relative to the scanned folder (repeatable)
      --max-file-size-kb N       skip files larger than N KB (default: 1024)
      --time-budget-ms N         cut the analysis of one file off after N ms, with a note (default: 15000)
      --diff REF                 only findings on lines changed since the git ref REF (plus untracked files)
      --config FILE              read rules, thresholds, excludes and policy from FILE (default: ai-audit.json
                                 in the current folder or the nearest one above it, up to the repository root)
      --baseline FILE            report the findings recorded in FILE (by "ai-audit baseline") as suppressed
  -j, --jobs N|auto              files analysed at once, on this thread and N-1 workers (default: auto, one per
                                 core up to 4 when the files to analyse add up to 12 MB or more, else 1)
      --cache                    reuse the last cached scan's results for files whose bytes, imports' manifests,
                                 configuration and ai-audit version have not changed, and store this scan's
      --cache-location PATH      the cache file, or a folder for it (default: a file per scanned folder under
                                 $XDG_CACHE_HOME/ai-audit or ~/.cache/ai-audit, outside the workspace)

Fixes:
      --fix                      apply safe fixes, write the files and report what is left
      --unsafe-fixes             with --fix, also apply fixes that may change behaviour

Ignore a finding in the code with a reason:
  # ai-audit-ignore-next-line <rule-id> -- <why this is safe>
`;

const BASELINE = `Usage: ai-audit baseline [paths...] [options]

Scans like "ai-audit scan" and records every finding by fingerprint in a baseline file, so that a team adopting
the tool sees only new findings: "ai-audit scan --baseline FILE" reports the recorded ones as suppressed.
Fingerprints hash the finding's rule and code, not its line, so edits above a finding keep it recorded; a change
to the finding's own code makes it new again. Paths in the file are relative to its folder.

  -o, --output FILE              the baseline file (default: .ai-audit-baseline.json)
  Also: --min-severity, --min-confidence, --all, --rule, --exclude, --config, --jobs, --cache, --quiet, as for scan.
`;

const RULES = `Usage: ai-audit rules [options]

Lists the bundled rules: id, severity, confidence, status, fix safety and title.

  --stats               counts per severity, status, pack and language, and how many have fixes
  --format text|json    output format (default: text)
  --all                 include deprecated rules
`;

/** The help text of a command, or the main help. */
export function helpText(topic?: 'scan' | 'rules' | 'baseline'): string {
  return topic === 'scan' ? SCAN : topic === 'rules' ? RULES : topic === 'baseline' ? BASELINE : MAIN;
}

let version: string | undefined;

/** The version of the installed package, read from its package.json (next to or above the bundle). */
export function toolVersion(): string {
  if (version) return version;
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
        if (parsed.name === 'ai-audit' && parsed.version) return (version = parsed.version);
      } catch {
        // A package.json that is not ours or not JSON: keep looking above it.
      }
    }
    dir = dirname(dir);
  }
  return (version = '0.0.0');
}
