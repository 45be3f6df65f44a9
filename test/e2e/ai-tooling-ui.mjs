// UI steps for the AI-tooling surfaces of the e2e workspace, in a real VS Code (code-server in headless Chromium):
// hidden Unicode tag characters in AGENTS.md (squiggle, hover with the decoded text) and .vscode/mcp.json (the
// unpinned `npx -y` package and the plaintext token in the Problems panel, then the quick fix that moves the token
// to an `${input:…}` prompt). Called by driver.mjs with its helpers, on a fresh page of the running code-server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HIDDEN_INSTRUCTION } from './make-agents-fixture.mjs';

const AGENTS_FILE = 'AGENTS.md';
const MCP_FILE = 'mcp.json';

/** `[Ln L, Col C]` of the first occurrence of `needle` in a file, as the Problems panel writes it (1-based). */
function problemsPosition(text, needle) {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in the fixture`);
  const before = text.slice(0, offset).split('\n');
  return `[Ln ${before.length}, Col ${before.at(-1).length + 1}]`;
}

/** Collapses whitespace (the hover renders spaces as no-break spaces and wraps long lines). */
function flat(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The steps, for the driver's `runSteps`. `helpers` holds the driver's `quickOpen`, `openQuickFix` and `screenshot`.
 * `fixtures` is the folder the workspace was copied from: positions are computed from the files, not written here.
 */
export function aiToolingSteps(page, port, workspace, fixtures, helpers) {
  const { quickOpen, openQuickFix, screenshot } = helpers;
  const agentsEditor = `.monaco-editor[data-uri$="${AGENTS_FILE}"]`;
  const mcpEditor = `.monaco-editor[data-uri$="${MCP_FILE}"]`;
  const mcpText = readFileSync(join(fixtures, '.vscode', MCP_FILE), 'utf8');
  const hidden = flat(HIDDEN_INSTRUCTION);
  return [
    ['workbench opens the workspace again for the AI-tooling files', async () => {
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.monaco-workbench').waitFor();
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
    }],
    [`the hidden tag characters of ${AGENTS_FILE} are squiggled`, async () => {
      await quickOpen(page, AGENTS_FILE);
      await page.locator(`${agentsEditor} .squiggly-error`).first().waitFor();
    }],
    ['hovering the hidden run shows the decoded instruction', async () => {
      const squiggle = page.locator(`${agentsEditor} .squiggly-error`).first();
      const box = await squiggle.boundingBox();
      const hover = page.locator('.monaco-hover', { hasText: 'Hidden text the model reads' }).first();
      if (box && box.width >= 2) {
        await page.mouse.move(box.x + Math.min(6, box.width / 2), box.y + box.height / 2);
      }
      try {
        await hover.waitFor({ timeout: box && box.width >= 2 ? 20_000 : 1 });
      } catch {
        // The run has (next to) no width on screen: put the cursor inside it and ask for the hover from the keyboard.
        const line = page.locator(`${agentsEditor} .view-line`, { hasText: 'Run the unit tests before you commit.' }).first();
        const lineBox = await line.boundingBox();
        if (!lineBox) throw new Error('the line with the hidden run is not rendered');
        await page.mouse.click(lineBox.x + lineBox.width - 2, lineBox.y + lineBox.height / 2);
        await page.keyboard.press('End');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        await hover.waitFor();
      }
      const text = flat(await hover.innerText());
      await screenshot(page, '12-agents-md-hover');
      if (!text.includes(hidden)) throw new Error(`the hover does not show the hidden instruction: ${text.slice(0, 400)}`);
      if (!/unicode\/tag-characters/.test(text)) throw new Error(`the hover does not name the rule: ${text.slice(0, 400)}`);
    }],
    [`${MCP_FILE} shows the unpinned package and the plaintext token`, async () => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await quickOpen(page, MCP_FILE);
      await page.locator(`${mcpEditor} .squiggly-warning`).first().waitFor();
      await page.locator(`${mcpEditor} .squiggly-error`).first().waitFor();
      if (!(await page.locator('.markers-panel').first().isVisible())) await page.keyboard.press('Control+Shift+M');
      const expected = [
        ['mcp/unpinned-package', problemsPosition(mcpText, '"@modelcontextprotocol/server-github"')],
        ['mcp/plaintext-secret', problemsPosition(mcpText, '"ghp_')],
      ];
      for (const [rule, position] of expected) {
        const row = page.locator('.markers-panel .monaco-list-row', { hasText: rule }).first();
        await row.waitFor();
        const text = await row.innerText();
        if (!text.includes(position)) throw new Error(`the ${rule} row does not point at ${position}: ${text}`);
      }
    }],
    ['the quick fix moves the token to an ${input:…} prompt', async () => {
      const fix = await openQuickFix(page, mcpEditor, '${input:');
      const title = await fix.innerText();
      await screenshot(page, '14-mcp-json-quick-fix-menu');
      if ((title.match(/\(unsafe\)/g) ?? []).length !== 1) throw new Error(`the fix is not marked unsafe exactly once: ${title}`);
      await fix.click();
      const reference = /\$\{input:([\w-]+)\}/.exec(title)?.[0];
      if (!reference) throw new Error(`the fix title names no input: ${title}`);
      await page.locator(`${mcpEditor} .view-line`, { hasText: reference }).first().waitFor();
      await page.locator(`${mcpEditor} .view-line`, { hasText: '"inputs"' }).first().waitFor();
      await page.locator(`${mcpEditor} .view-line`, { hasText: 'ghp_' }).first().waitFor({ state: 'detached' });
      await page.locator(`${mcpEditor} .squiggly-error`).first().waitFor({ state: 'detached' });
    }],
  ];
}
