/**
 * The audit report a person reads: findings by severity and by category as inline SVG charts, the top files,
 * unreviewed AI-sized blocks, suppressions with their reasons, skipped files per reason and a table of findings.
 * One renderer serves the editor's webview (with a nonce'd script that sorts, filters and opens locations) and the
 * exported HTML file (no script at all); Markdown is the same content as text. Nothing is loaded from elsewhere.
 */
import type { Severity } from '../engine/finding';
import { SEVERITIES } from '../engine/finding';
import { countBySeverity, countSkipped, type ReportFinding, type ScanReport } from '../cli/report';

/** What the renderer needs beyond the scan report. */
export interface RenderOptions {
  /** Unreviewed AI-sized blocks the editor tracks; undefined when unknown. */
  unreviewed?: number;
  /** When set, the page carries the webview's script and styles under this nonce; unset: a static page. */
  nonce?: string;
  /** The webview's own source (`webview.cspSource`), allowed for nothing but what it names. */
  cspSource?: string;
  /** When the audit ran (ISO text); shown in the header. */
  generated?: string;
}

const SEVERITY_COLOURS: Record<Severity, string> = { critical: '#b3261e', high: '#e8710a', medium: '#c9a400', low: '#3b78c4' };
const ORDER = [...SEVERITIES].reverse();

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function countBy<T>(items: T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** A horizontal bar chart as inline SVG, with a text label per bar (readable without the colours). */
export function barChart(title: string, rows: [string, number, string][]): string {
  const barHeight = 22;
  const labelWidth = 170;
  const width = 520;
  const max = Math.max(1, ...rows.map((r) => r[1]));
  const height = Math.max(1, rows.length) * (barHeight + 6) + 4;
  const bars = rows.map(([label, value, colour], i) => {
    const y = i * (barHeight + 6) + 2;
    const length = Math.round(((width - labelWidth - 50) * value) / max);
    return `<text x="0" y="${y + 15}" class="label">${escapeHtml(label)}</text><rect x="${labelWidth}" y="${y}" width="${Math.max(length, value ? 2 : 0)}" height="${barHeight}" fill="${colour}" rx="3"></rect><text x="${labelWidth + length + 6}" y="${y + 15}" class="value">${value}</text>`;
  });
  const empty = rows.length ? '' : '<text x="0" y="16" class="label">none</text>';
  return `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption><svg role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}${empty}</svg></figure>`;
}

const STYLE = `body{font-family:var(--vscode-font-family,system-ui,sans-serif);color:var(--vscode-foreground,#222);background:var(--vscode-editor-background,#fff);margin:1.5em;max-width:1100px}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}.cards{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #8884;border-radius:6px;padding:.6em 1em;min-width:8em}
.card b{display:block;font-size:1.6em}.charts{display:flex;gap:2em;flex-wrap:wrap}.chart{margin:0}.chart figcaption{font-weight:600;margin-bottom:.4em}
svg .label,svg .value{font-size:12px;fill:currentColor}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3em .5em;border-bottom:1px solid #8883;vertical-align:top}
th{cursor:default;user-select:none}th[data-key]{cursor:pointer}tr.finding[data-uri]{cursor:pointer}tr.finding:hover{background:#8882}.sev{font-weight:600}
.sev-critical{color:${SEVERITY_COLOURS.critical}}.sev-high{color:${SEVERITY_COLOURS.high}}.sev-medium{color:${SEVERITY_COLOURS.medium}}.sev-low{color:${SEVERITY_COLOURS.low}}
.filters{display:flex;gap:.6em;margin:.6em 0}input,select{font:inherit;color:inherit;background:transparent;border:1px solid #8886;border-radius:3px;padding:.2em .4em}code{font-family:var(--vscode-editor-font-family,monospace)}`;

/** The script of the webview: sorting, filtering and opening a row's location through `postMessage`. */
const SCRIPT = `(function(){const vscode=acquireVsCodeApi();const table=document.getElementById('findings');if(!table)return;const body=table.tBodies[0];
const rows=Array.from(body.rows);const text=document.getElementById('filter');const sev=document.getElementById('severity');
function apply(){const q=text.value.toLowerCase();const s=sev.value;for(const r of rows){const show=(!q||r.textContent.toLowerCase().includes(q))&&(!s||r.dataset.severity===s);r.hidden=!show;}}
text.addEventListener('input',apply);sev.addEventListener('change',apply);let last='',dir=1;
for(const th of table.tHead.rows[0].cells){if(!th.dataset.key)continue;th.addEventListener('click',()=>{const k=th.dataset.key;dir=k===last?-dir:1;last=k;
rows.sort((a,b)=>{const x=a.dataset[k],y=b.dataset[k];const n=Number(x)-Number(y);return dir*(isNaN(n)?x.localeCompare(y):n);});for(const r of rows)body.appendChild(r);});}
body.addEventListener('click',(e)=>{const r=e.target.closest('tr');if(r&&r.dataset.uri)vscode.postMessage({type:'open',uri:r.dataset.uri,line:Number(r.dataset.line)-1,character:Number(r.dataset.column)-1});});})();`;

function findingRow(f: ReportFinding, uri: (path: string) => string | undefined): string {
  const line = f.range.start.line + 1;
  const column = f.range.start.character + 1;
  const target = uri(f.path);
  const rank = SEVERITIES.indexOf(f.severity);
  return `<tr class="finding" data-severity="${f.severity}" data-rank="${rank}" data-path="${escapeHtml(f.path)}" data-line="${line}" data-column="${column}" data-rule="${escapeHtml(f.ruleId)}" data-category="${escapeHtml(f.category)}"${target ? ` data-uri="${escapeHtml(target)}"` : ''}>` +
    `<td class="sev sev-${f.severity}">${f.severity}</td><td><code>${escapeHtml(f.path)}:${line}:${column}</code></td><td><code>${escapeHtml(f.ruleId)}</code></td><td>${escapeHtml(f.category)}</td><td>${escapeHtml(f.message)}</td></tr>`;
}

/** Renders the report as one HTML page. */
export function renderHtml(report: ScanReport, options: RenderOptions & { uri?: (path: string) => string | undefined } = {}): string {
  const interactive = options.nonce !== undefined;
  const csp = interactive
    ? `default-src 'none'; img-src ${options.cspSource ?? "'none'"} data:; style-src 'nonce-${options.nonce}'; script-src 'nonce-${options.nonce}';`
    : "default-src 'none'; style-src 'unsafe-inline'; img-src data:;";
  const bySeverity = countBySeverity(report.findings);
  const categories = countBy(report.findings, (f) => f.category).slice(0, 12);
  const files = countBy(report.findings, (f) => f.path).slice(0, 10);
  const skipped = countSkipped(report);
  const nonceAttribute = interactive ? ` nonce="${options.nonce}"` : '';
  const card = (label: string, value: string | number) => `<div class="card"><b>${escapeHtml(String(value))}</b>${escapeHtml(label)}</div>`;
  const parts = [
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>AI Audit report</title><style${nonceAttribute}>${STYLE}</style></head><body>`,
    `<h1>AI Audit report</h1>`,
    options.generated ? `<p>Audited ${escapeHtml(options.generated)} by ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}.</p>` : '',
    `<div class="cards">`,
    card('findings', report.findings.length),
    card('files audited', report.filesScanned),
    card('files skipped', report.skipped.length),
    card('suppressed', report.suppressed.length),
    card('unreviewed AI-sized blocks', options.unreviewed === undefined ? 'unknown' : options.unreviewed),
    `</div>`,
    skipped.length ? `<p>Skipped: ${escapeHtml(skipped.map(([reason, n]) => `${n} ${reason}`).join(', '))}.</p>` : '',
    `<div class="charts">`,
    barChart('Findings by severity', ORDER.map((s) => [s, bySeverity[s], SEVERITY_COLOURS[s]])),
    barChart('Findings by category', categories.map(([c, n]) => [c, n, '#6a5acd'])),
    `</div>`,
    `<h2>Top files</h2>`,
    files.length ? `<ol>${files.map(([path, n]) => `<li><code>${escapeHtml(path)}</code>: ${n}</li>`).join('')}</ol>` : '<p>No findings.</p>',
    `<h2>Findings</h2>`,
    interactive
      ? `<div class="filters"><input id="filter" type="search" placeholder="Filter by text" aria-label="Filter by text"><select id="severity" aria-label="Severity"><option value="">All severities</option>${ORDER.map((s) => `<option value="${s}">${s}</option>`).join('')}</select></div>`
      : '',
    `<table id="findings"><thead><tr><th data-key="rank">Severity</th><th data-key="path">Location</th><th data-key="rule">Rule</th><th data-key="category">Category</th><th>Message</th></tr></thead><tbody>`,
    ...report.findings.map((f) => findingRow(f, options.uri ?? (() => undefined))),
    `</tbody></table>`,
    `<h2>Suppressions</h2>`,
    report.suppressed.length
      ? `<table><thead><tr><th>Location</th><th>Rule</th><th>Reason</th></tr></thead><tbody>${report.suppressed.map((f) => `<tr><td><code>${escapeHtml(f.path)}:${f.range.start.line + 1}</code></td><td><code>${escapeHtml(f.ruleId)}</code></td><td>${escapeHtml(f.suppression?.justification ?? '')}</td></tr>`).join('')}</tbody></table>`
      : '<p>None.</p>',
    interactive ? `<script nonce="${options.nonce}">${SCRIPT}</script>` : '',
    `</body></html>\n`,
  ];
  return parts.join('\n');
}

/** Markdown table cells: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');
}

/** Renders the report as Markdown (for a pull request comment or a ticket). */
export function renderMarkdown(report: ScanReport, options: RenderOptions = {}): string {
  const bySeverity = countBySeverity(report.findings);
  const lines = ['# AI Audit report', ''];
  if (options.generated) lines.push(`Audited ${options.generated} by ${report.tool.name} ${report.tool.version}.`, '');
  lines.push(
    `- Findings: ${report.findings.length} (${ORDER.map((s) => `${bySeverity[s]} ${s}`).join(', ')})`,
    `- Files audited: ${report.filesScanned}; skipped: ${report.skipped.length}${report.skipped.length ? ` (${countSkipped(report).map(([r, n]) => `${n} ${r}`).join(', ')})` : ''}`,
    `- Suppressed: ${report.suppressed.length}`,
    `- Unreviewed AI-sized blocks: ${options.unreviewed === undefined ? 'unknown' : options.unreviewed}`,
    '',
    '## Findings by category',
    '',
    '| Category | Findings |',
    '|---|---:|',
    ...countBy(report.findings, (f) => f.category).map(([c, n]) => `| ${cell(c)} | ${n} |`),
    '',
    '## Top files',
    '',
    ...countBy(report.findings, (f) => f.path).slice(0, 10).map(([p, n], i) => `${i + 1}. \`${p}\`: ${n}`),
    '',
    '## Findings',
    '',
    '| Severity | Location | Rule | Message |',
    '|---|---|---|---|',
    ...report.findings.map((f) => `| ${f.severity} | \`${cell(f.path)}:${f.range.start.line + 1}:${f.range.start.character + 1}\` | \`${f.ruleId}\` | ${cell(f.message)} |`),
    '',
    '## Suppressions',
    '',
  );
  if (report.suppressed.length) {
    lines.push('| Location | Rule | Reason |', '|---|---|---|');
    for (const f of report.suppressed) lines.push(`| \`${cell(f.path)}:${f.range.start.line + 1}\` | \`${f.ruleId}\` | ${cell(f.suppression?.justification ?? '')} |`);
  } else lines.push('None.');
  return `${lines.join('\n')}\n`;
}
