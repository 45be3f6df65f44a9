/**
 * Text-to-SQL in JavaScript/TypeScript: a whole SQL statement written by the model (or sent in the request) run as
 * it is. Statements built by concatenation or interpolation are `js/sql-injection`'s; this rule covers the value
 * that arrives as complete SQL, which no string-building test sees (`python/untrusted-sql-text` is its Python twin).
 */
import type { ModuleRule } from '../../engine/module';
import { GateTerms } from '../../engine/gate';
import { nodesAtText } from '../../languages/query';
import { describeTaint } from '../../engine/flow';
import { namePattern } from '../../engine/names';
import { resolveCall } from './syntax';

const EXECUTORS = ['*.query', '*.execute', '*.raw', '*.$queryRawUnsafe', '*.$executeRawUnsafe', '*.unsafe', '*.exec', '*.prepare', 'sequelize.literal', 'Sequelize.literal'].map(namePattern);

/** Where a call of an executor may be: the candidates the rule looks at. */
const CANDIDATE = /\.\s*(?:query|execute|raw|\$queryRawUnsafe|\$executeRawUnsafe|unsafe|exec|prepare|literal)\s*\(/g;
const HAS_CANDIDATE = new RegExp(CANDIDATE.source);
/** The executor's name alone, which every {@link CANDIDATE} contains. */
const EXECUTOR_NAME = /query|execute|raw|\$queryRawUnsafe|\$executeRawUnsafe|unsafe|exec|prepare|literal/;

export const rule: ModuleRule = {
  region: true,
  applies: (text, _unreviewed, _formats, memory) => new GateTerms(memory).occursLoosely('candidate', text, HAS_CANDIDATE, EXECUTOR_NAME, 24),
  check(ctx) {
    const code = ctx.code;
    if (!code) return;
    for (const node of nodesAtText(code.root, ctx.text, CANDIDATE, [...code.language.kinds.call, ...code.language.kinds.new])) {
      const call = resolveCall(node, code);
      if (!call || !call.names.some((n) => EXECUTORS.some((p) => p.regex.test(n)))) continue;
      // `RegExp.prototype.exec` and `child_process.exec` are not SQL.
      if (call.names.some((n) => /^(child_process|node:child_process)\./.test(n)) || /^\/.*\/[a-z]*\.exec$/.test(call.site.callee)) continue;
      const statement = call.site.args.find((a) => a.index === 0)?.value;
      if (!statement) continue;
      const facts = code.flow.evaluate(statement, 'sql-injection');
      // Built strings are reported by js/sql-injection; only whole statements from a source are ours.
      if (facts.constant || facts.built || facts.sanitized || !facts.taint) continue;
      if (facts.taint.kind !== 'llm' && facts.taint.kind !== 'http') continue;
      ctx.report({ start: node.startIndex, end: node.endIndex, names: { callee: call.site.callee, source: describeTaint(facts.taint) } });
    }
  },
};
