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
  for (const [name, cb] of [['whole', (i) => text.slice(i)], ['10k', (i) => text.slice(i, i + 10240)], ['4k', (i) => text.slice(i, i + 4096)], ['1k', (i) => text.slice(i, i + 1024)], ['200', (i) => text.slice(i, i + 200)]]) {
    let calls = 0; const f = (i) => { calls++; return cb(i); };
    const t = performance.now(); for (let k = 0; k < 20; k++) { const nt = p.parse(f, tree); nt.delete(); } console.log(name, 'reparse', ((performance.now() - t) / 20).toFixed(2), 'calls', calls / 20);
  }
})();
