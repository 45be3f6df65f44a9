/**
 * A whole SQL statement taken from model output (text-to-SQL) or from the request, run as it is. Statements built
 * by formatting are `python/sql-injection`'s; this rule covers the value that arrives as complete SQL, which no
 * string-building test sees.
 */
import type { Node } from 'web-tree-sitter';
import type { FlowAnalyzer } from '../../engine/flow';
import type { ModuleRule } from '../../engine/module';
import { GateTerms } from '../../engine/gate';
import { describeTaint } from '../../engine/flow';
import { findArgument } from '../../engine/match';
import { candidateNames, namePattern } from '../../engine/names';
import { callsNamed } from '../../languages/query';

const EXECUTORS = ['*.execute', '*.executemany', '*.executescript', '*.read_sql', '*.read_sql_query', 'sqlalchemy.text', 'pandas.read_sql'].map(namePattern);
const EXECUTOR_NAMES = EXECUTORS.map((p) => p.last!);

/** `QUERIES[name]` or `QUERIES.get(name, …)` on a table of constant statements: an allow-list, not free SQL. */
function constantTableLookup(node: Node, flow: FlowAnalyzer): boolean {
  let table: Node | null = null;
  if (node.type === 'subscript') table = node.childForFieldName('value');
  else if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'get') table = fn.childForFieldName('object');
  }
  return !!table && flow.evaluate(table, 'sql-injection').constant;
}

export const rule: ModuleRule = {
  region: true,
  // The executor's name, where it is called or imported (`from sqlalchemy import text as sql` counts too).
  applies: (text, _unreviewed, _formats, memory) => new GateTerms(memory).occurs('executor', text, /\b(?:execute|executemany|executescript|read_sql|read_sql_query|sqlalchemy)\b/, 20),
  // The calls are found by these names; the statement's origin through data flow.
  focus: (language) => (language === 'python' ? { names: EXECUTORS.map((p) => p.source) } : undefined),
  check(ctx) {
    const code = ctx.code;
    if (!code) return;
    // (Only calls written with an executor's name, or a local name imported as one, can resolve to it.)
    for (const call of callsNamed(code.root, ctx.text, EXECUTOR_NAMES, code.imports, ['call'])) {
      const site = code.language.callSite(call);
      if (!site || !candidateNames(site.callee, code.imports).some((n) => EXECUTORS.some((p) => p.regex.test(n)))) continue;
      const statement = findArgument(site.args, '0')?.value ?? findArgument(site.args, 'sql')?.value ?? findArgument(site.args, 'query')?.value;
      if (!statement || constantTableLookup(code.language.unwrap(statement), code.flow)) continue;
      const facts = code.flow.evaluate(statement, 'sql-injection');
      // Built strings are reported by python/sql-injection; only whole statements from a source are ours.
      if (facts.constant || facts.built || facts.sanitized || !facts.taint) continue;
      if (facts.taint.kind !== 'llm' && facts.taint.kind !== 'http' && facts.taint.kind !== 'cli' && facts.taint.kind !== 'stdin') continue;
      ctx.report({ start: call.startIndex, end: call.endIndex, names: { callee: site.callee, source: describeTaint(facts.taint) } });
    }
  },
};
