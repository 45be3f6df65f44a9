/**
 * `continue-on-error: true` on a security check (scanner action or audit command): the check still runs and
 * shows green, but what it finds never fails the build, so nobody notices.
 */
import { isScalar } from 'yaml';
import type { ModuleRule } from '../../engine/module';
import { actionName, pairOf, scalarText, span, wholeLines, workflowsOf } from './workflow';

const SCANNER_ACTIONS = /^(github\/codeql-action|aquasecurity\/trivy-action|aquasecurity\/tfsec-action|snyk\/actions|returntocorp\/semgrep-action|semgrep\/semgrep-action|anchore\/scan-action|anchore\/sbom-action|gitleaks\/gitleaks-action|trufflesecurity\/trufflehog|zaproxy\/action-[\w-]+|ossf\/scorecard-action|actions\/dependency-review-action|bridgecrewio\/checkov-action|pypa\/gh-action-pip-audit|securego\/gosec|golang\/govulncheck-action|stackhawk\/hawkscan-action|sonarsource\/sonarqube-scan-action|sonarsource\/sonarcloud-github-action|ai-audit\/[\w-]+)$/;
const AUDIT_COMMANDS = /\b(npm audit|yarn (npm )?audit|pnpm audit|pip-audit|safety check|bandit|semgrep|trivy|grype|gitleaks|trufflehog|cargo audit|cargo deny|govulncheck|gosec|osv-scanner|snyk test|checkov|tfsec|bundle[- ]audit|brakeman|ai-audit|codeql)\b/;

export const rule: ModuleRule = {
  check(ctx) {
    for (const workflow of workflowsOf(ctx)) {
      for (const job of workflow.jobs) {
        for (const step of job.steps) {
          const pair = pairOf(step.node, 'continue-on-error');
          if (!pair || !isScalar(pair.value) || String(pair.value.value) !== 'true') continue;
          const action = step.uses ? actionName(String(step.uses.value)) : undefined;
          const scanner = action && SCANNER_ACTIONS.test(action) ? action : step.run ? AUDIT_COMMANDS.exec(String(step.run.value))?.[0] : undefined;
          if (!scanner) continue;
          // The fix removes the setting (whole lines, block-style steps only), so the step fails the job again.
          const { start } = span(pair.key);
          const { end } = span(pair.value);
          const fixes = step.node.flow ? [] : [{ title: 'Remove continue-on-error: true (unsafe)', safety: 'unsafe' as const, edits: [{ ...wholeLines(ctx.text, start, end), newText: '' }] }];
          ctx.report({ start, end, names: { scanner, step: scalarText(step.node.get('name', true)) ?? scanner }, fixes });
        }
      }
    }
  },
};
