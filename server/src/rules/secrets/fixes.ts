/** Code fixes of the secrets pack, registered by name for `fix.module`. */
import type { Node } from 'web-tree-sitter';
import { type CodeLanguage, type CodeLanguageId, namedChildren } from '../../languages/language';
import type { OffsetEdit } from '../../engine/module';
import { registerTextFix } from '../../engine/fix';

/** How each language reads an environment variable, without new imports (Python and Go are handled below). */
const LOOKUPS: Partial<Record<CodeLanguageId, (variable: string) => string>> = {
  javascript: (v) => `process.env.${v}`,
  typescript: (v) => `process.env.${v}`,
  tsx: (v) => `process.env.${v}`,
  ruby: (v) => `ENV.fetch("${v}")`,
  php: (v) => `getenv('${v}')`,
  java: (v) => `System.getenv("${v}")`,
  csharp: (v) => `System.Environment.GetEnvironmentVariable("${v}")`,
};

/** The string literal node whose content is exactly `value` and covers [start, end), if any. */
function literalOf(language: CodeLanguage, root: Node, start: number, end: number, value: string): Node | undefined {
  for (let node: Node | null = root.descendantForIndex(start, end); node; node = node.parent) {
    if (language.kinds.comment.includes(node.type)) return undefined;
    if (!language.kinds.string.includes(node.type)) continue;
    const literal = language.stringLiteral(node);
    return literal && literal.interpolations.length === 0 && literal.value === value ? node : undefined;
  }
  return undefined;
}

/** The local name under which `module` is imported (`import os` → `os`), if it is. */
function importedAs(imports: Map<string, string>, module: string): string | undefined {
  for (const [local, path] of imports) if (path === module) return local;
  return undefined;
}

/** Where `import os` goes in a Python file that lacks it: before its first import other than `__future__`. */
function pythonImportSite(root: Node): number | undefined {
  for (const child of namedChildren(root)) {
    if (child.type === 'import_statement' || (child.type === 'import_from_statement' && !/^from\s+__future__\b/.test(child.text))) return child.startIndex;
  }
  return undefined;
}

// A key written as a whole string literal in code → an environment lookup in the file's idiom. The variable is the
// upper-case name in the rule's fix title ("Read OPENAI_API_KEY from the environment"), so it stays rule data.
// Unsafe: the program now needs the variable set (Python's `os.environ[…]` raises KeyError without it).
registerTextFix('secret-from-environment', (match, { code }) => {
  if (!code) return undefined;
  const variable = /\b[A-Z][A-Z0-9]*(?:_[A-Za-z0-9]+)+\b/.exec(match.rule.fix?.title ?? '')?.[0];
  if (!variable) return undefined;
  const node = literalOf(code.language, code.tree.rootNode, match.start, match.end, match.value);
  if (!node) return undefined;
  const edits: OffsetEdit[] = [];
  let lookup: string;
  const id = code.language.id;
  if (id === 'python') {
    let os = importedAs(code.imports, 'os');
    if (!os) {
      const site = pythonImportSite(code.tree.rootNode);
      if (site === undefined) return undefined;
      edits.push({ start: site, end: site, newText: 'import os\n' });
      os = 'os';
    }
    lookup = `${os}.environ["${variable}"]`;
  } else if (id === 'go') {
    const os = importedAs(code.imports, 'os');
    if (!os) return undefined;
    lookup = `${os}.Getenv("${variable}")`;
  } else {
    const build = LOOKUPS[id];
    if (!build) return undefined;
    lookup = build(variable);
  }
  edits.push({ start: node.startIndex, end: node.endIndex, newText: lookup });
  return edits;
});
