const { readFileSync, readdirSync, statSync } = require('fs'); const { join } = require('path');
const { Parser, Language, Edit } = require('web-tree-sitter');
function files(dir, ext, out = []) { for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) { if (out.length > 4000) break; const f = join(dir, e.name); if (e.isDirectory() && !['node_modules','dist','test','tests','.cache'].includes(e.name)) files(f, ext, out); else if (e.isFile() && e.name.endsWith(ext) && !e.name.endsWith('.d.ts') && statSync(f).size < 200000) out.push(f); } return out; }
(async () => {
  await Parser.init();
  const lang = await Language.load('/work/main/node_modules/@vscode/tree-sitter-wasm/wasm/tree-sitter-typescript.wasm');
  const p = new Parser(); p.setLanguage(lang);
  const all = []; for (const f of files('/work/main/bench/corpus/npm', '.ts')) { all.push(...readFileSync(f, 'utf8').split('\n')); if (all.length >= 5000) break; }
  let text = all.slice(0, 5000).join('\n');
  let tree = p.parse(text);
  let seed = 7; const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pos = (t, i) => { const pre = t.slice(0, i); const row = (pre.match(/\n/g) || []).length; return { row, column: i - pre.lastIndexOf('\n') - 1 }; };
  for (const mode of ['plain', 'chunk', 'plain', 'chunk']) {
    const times = [];
    for (let k = 0; k < 100; k++) {
      const at = Math.floor(rand() * text.length);
      const start = pos(text, at);
      const next = text.slice(0, at) + ' ' + text.slice(at);
      tree.edit(new Edit({ startIndex: at, oldEndIndex: at, newEndIndex: at + 1, startPosition: start, oldEndPosition: start, newEndPosition: { row: start.row, column: start.column + 1 } }));
      const t = performance.now();
      const nt = mode === 'plain' ? p.parse(next, tree) : p.parse((i) => next.slice(i, i + 1024), tree);
      times.push(performance.now() - t);
      tree.delete(); tree = nt; text = next;
    }
    times.sort((a, b) => a - b); console.log(mode, 'p50', times[50].toFixed(2), 'p95', times[95].toFixed(2));
  }
})();
