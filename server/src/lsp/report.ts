/**
 * Answers `aiAudit/report`: renders the last finished audit as the webview page, an HTML or Markdown file, or SARIF
 * (the CLI's writer, so exported SARIF is what `ai-audit scan --format sarif` writes).
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../engine/config';
import type { Engine } from '../engine/engine';
import { formatSarif } from '../cli/sarif';
import { renderHtml, renderMarkdown } from '../audit/reportRender';
import type { ReportParams, ReportResult } from '../protocol';
import { lastAuditReport } from './workspaceAudit';

/** Renders the last audit in the requested format; `text` is undefined when no audit has finished. */
export function renderReport(engine: Engine, params: ReportParams): ReportResult {
  const last = lastAuditReport();
  if (!last) return { findings: 0 };
  const { report, generated } = last;
  const unreviewed = typeof params.unreviewed === 'number' && Number.isInteger(params.unreviewed) && params.unreviewed >= 0 ? { unreviewed: params.unreviewed } : {};
  const findings = report.findings.length;
  switch (params.format) {
    case 'webview': {
      // A nonce of letters and digits only, so it cannot break out of the attribute it is written into.
      const nonce = typeof params.nonce === 'string' && /^[A-Za-z0-9]{16,64}$/.test(params.nonce) ? params.nonce : undefined;
      if (!nonce) return { findings };
      const cspSource = typeof params.cspSource === 'string' && /^[\w:/.*-]+$/.test(params.cspSource) ? params.cspSource : undefined;
      const uri = (path: string) => pathToFileURL(resolve(report.base, path)).toString();
      return { findings, text: renderHtml(report, { ...unreviewed, generated, nonce, ...(cspSource ? { cspSource } : {}), uri }) };
    }
    case 'html':
      return { findings, text: renderHtml(report, { ...unreviewed, generated }) };
    case 'markdown':
      return { findings, text: renderMarkdown(report, { ...unreviewed, generated }) };
    case 'sarif':
      return { findings, text: formatSarif(report, { ruleSet: engine.ruleSet, docUrl: (rule) => engine.docUrl(rule, DEFAULT_CONFIG) }) };
    default:
      return { findings };
  }
}
