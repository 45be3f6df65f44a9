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
  const t0 = performance.now(); for (let i = 0; i < 20; i++) { const nt = p.parse(text, tree); nt.delete(); } console.log('same text, old tree', ((performance.now() - t0) / 20).toFixed(2));
  const t1 = performance.now(); for (let i = 0; i < 20; i++) { const nt = p.parse((idx) => text.slice(idx, idx + 8192), tree); nt.delete(); } console.log('callback input, old tree', ((performance.now() - t1) / 20).toFixed(2));
  const t2 = performance.now(); for (let i = 0; i < 5; i++) { const nt = p.parse(text); nt.delete(); } console.log('full', ((performance.now() - t2) / 5).toFixed(2), text.length);
  console.log('has error', tree.rootNode.hasError);
  const lines = text.split('\n'); const errs = tree.rootNode.descendantsOfType('ERROR'); console.log('errors', errs.length, errs.slice(0,3).map(e => e.startPosition.row));
})();
(async () => { await new Promise(r => setTimeout(r, 3000));
  const lang = await Language.load('/work/main/node_modules/@vscode/tree-sitter-wasm/wasm/tree-sitter-typescript.wasm');
  const p = new Parser(); p.setLanguage(lang);
  const all = []; for (const f of files('/work/main/bench/corpus/npm', '.ts')) { all.push(...readFileSync(f, 'utf8').split('\n')); if (all.length >= 5000) break; }
  const text = all.slice(0, 5000).join('\n');
  for (const size of [1024, 4096, 16384, 65536]) { const t = performance.now(); for (let i = 0; i < 5; i++) { const nt = p.parse((idx) => text.slice(idx, idx + size)); nt.delete(); } console.log('full via callback', size, ((performance.now() - t) / 5).toFixed(2)); }
  { const t = performance.now(); for (let i = 0; i < 5; i++) { const nt = p.parse(text); nt.delete(); } console.log('full string', ((performance.now() - t) / 5).toFixed(2)); }
})();
