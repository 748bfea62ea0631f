// End to end in a real VS Code workbench (code-server), driven by headless Chromium: install the
// built .vsix, open the bundled Arabic article, hover a name and read the card, see the entity
// highlights (backgrounds under the words on Arabic lines, which keep their reading order; token
// colours on lines without Arabic) and toggle them off and on, run "Khulasa: Summarize Article"
// from the palette, read the panel, click a gist sentence and check the editor's selection moved.
// Screenshots of the editor (highlights on and off, dark theme, a mixed file), the hover and the
// panel go to $SCREENSHOTS.
//   env: CODE_SERVER_DIR (holds out/node/entry.js), VSIX, KHULASA_LSP, CHROMIUM, SCREENSHOTS,
//        E2E_WORK (scratch directory), CODE_SERVER_PIDFILE (so the caller can kill it)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { ask, sliceRange, summaryOf } from './lsp.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const codeServer = path.join(process.env.CODE_SERVER_DIR ?? '', 'out/node/entry.js');
const vsix = process.env.VSIX ?? path.join(root, 'plugin/vscode/khulasa.vsix');
const server = process.env.KHULASA_LSP ?? path.join(root, 'build/bin/khulasa-lsp');
const shots = process.env.SCREENSHOTS ?? path.join(root, 'docs/screenshots');
const work = process.env.E2E_WORK ?? path.join('/tmp', `khulasa-e2e-${process.pid}`);
const articleSource = path.join(root, 'docs/examples/article.txt');
const article = readFileSync(articleSource, 'utf8');
const lines = article.split('\n');

let proc;
let browser;
let page;
let expected; // the server's own summary of the article, to compare the panel with
let expectedFacts; // and its key facts
const errors = [];

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function waitForHttp(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer in ${ms} ms`);
}

/** Polls `fn` until it returns a truthy value; returns it. */
async function until(what, fn, ms = 15000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  const shot = path.join(work, `timeout-${what.replace(/[^a-z]+/gi, '-')}.png`);
  await page?.screenshot({ path: shot }).catch(() => {});
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)}; screenshot ${shot})`);
}

/** The screen rectangle of `text` inside the editor's rendered lines (null when not drawn). */
function rectOf(text) {
  return page.evaluate((needle) => {
    const linesEl = document.querySelector('.monaco-editor .view-lines');
    if (!linesEl) return null;
    for (const line of linesEl.querySelectorAll('.view-line')) {
      const full = line.textContent.replace(/\u00a0/g, ' ');
      const at = full.indexOf(needle);
      if (at < 0) continue;
      // Walk the text nodes to the offset.
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let offset = 0;
      const range = document.createRange();
      let started = false;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent.length;
        if (!started && at < offset + len) {
          range.setStart(n, at - offset);
          started = true;
        }
        if (started && at + needle.length <= offset + len) {
          range.setEnd(n, at + needle.length - offset);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
        offset += len;
      }
    }
    return null;
  }, text);
}

/** The colours the editor draws `text` in (one per token span it crosses). */
function coloursOf(text) {
  return page.evaluate((needle) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
      const spans = [...line.querySelectorAll('span > span')];
      const full = spans.map((s) => s.textContent).join('').replace(/\u00a0/g, ' ');
      const at = full.indexOf(needle);
      if (at < 0) continue;
      const colours = new Set();
      let offset = 0;
      for (const s of spans) {
        const len = s.textContent.length;
        if (offset + len > at && offset < at + needle.length) colours.add(getComputedStyle(s).color);
        offset += len;
      }
      return [...colours];
    }
    return null;
  }, text);
}

/** The screen rectangles of `words` inside the one rendered row (a `.view-line`: with word wrap, a
 *  visual row) that holds them all, each the first occurrence after the previous one, with the
 *  row's top and height (`rowY`, `rowHeight`); null when no row holds them all. */
function rowRects(words) {
  return page.evaluate((words) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
      const full = line.textContent.replace(/\u00a0/g, ' ');
      const at = [];
      let from = 0;
      for (const w of words) {
        const i = full.indexOf(w, from);
        if (i < 0) break;
        at.push(i);
        from = i + w.length;
      }
      if (at.length < words.length) continue;
      const nodes = [];
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let offset = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ n, offset });
        offset += n.textContent.length;
      }
      const point = (i) => {
        const k = nodes.findLastIndex((x) => x.offset <= i && (i < x.offset + x.n.textContent.length || x === nodes.at(-1)));
        return [nodes[k].n, i - nodes[k].offset];
      };
      const row = line.getBoundingClientRect();
      return words.map((w, k) => {
        const range = document.createRange();
        range.setStart(...point(at[k]));
        range.setEnd(...point(at[k] + w.length - 1));
        range.setEnd(range.endContainer, range.endOffset + 1);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height, rowY: row.y, rowHeight: row.height };
      });
    }
    return null;
  }, words);
}

/** The rectangles the editor's decoration layer paints in background colour `rgb` (an
 *  "r, g, b" triple; any alpha). */
function backgroundsOf(rgb) {
  return page.evaluate((rgb) => {
    const out = [];
    for (const d of document.querySelectorAll('.monaco-editor .view-overlays div')) {
      const bg = getComputedStyle(d).backgroundColor.replace(/\s/g, '');
      if (!bg.startsWith(`rgba(${rgb.replace(/\s/g, '')},`) && bg !== `rgb(${rgb.replace(/\s/g, '')})`) continue;
      const r = d.getBoundingClientRect();
      if (r.width > 0) out.push({ x: r.x, y: r.y, width: r.width, height: r.height });
    }
    return out;
  }, rgb);
}

/** Whether one of `boxes` covers most of `word` (same row, at least 80 % of its width). */
function covered(word, boxes) {
  return boxes.some((b) => {
    const dx = Math.min(b.x + b.width, word.x + word.width) - Math.max(b.x, word.x);
    const dy = Math.min(b.y + b.height, word.y + word.height) - Math.max(b.y, word.y);
    return dx >= 0.8 * word.width && dy >= 0.5 * word.height;
  });
}

/** The highest line number in the editor's gutter (the document's last line when it is shown). */
async function lineCount() {
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(150);
  return page.evaluate(() =>
    Math.max(...[...document.querySelectorAll('.monaco-editor .line-numbers')].map((e) => Number(e.textContent) || 0)),
  );
}

/** Hovers `text` in the editor until a hover card containing `expect` shows; returns the card.
 *  (Measured again on every try: a code lens or a token refresh may move the text meanwhile.) */
async function hoverOver(text, expect) {
  const card = page.locator('.monaco-hover-content').filter({ hasText: expect });
  for (let attempt = 0; ; attempt++) {
    const r = await until(`"${text}" on screen`, () => rectOf(text));
    await page.mouse.move(5, 400);
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2, { steps: 3 });
    try {
      await card.first().waitFor({ state: 'visible', timeout: 4000 });
      return card.first();
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

async function runCommand(title, { waitClosed = true } = {}) {
  const input = page.locator('.quick-input-widget input.input');
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 4000 });
      break;
    } catch (e) {
      // F1 went to a webview that kept the focus: focus the editor through its tab, try again.
      if (attempt === 2) throw e;
      await page.locator('.tabs-container .tab').first().click();
    }
  }
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.press('Enter');
  if (waitClosed) await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10000 });
}

/** Sets a drop-down setting as a user would: the Settings editor, searched, the option picked. */
async function setSetting(id, label) {
  await runCommand('Preferences: Open Settings (UI)');
  const search = page
    .locator('.settings-editor .suggest-input-container textarea, .settings-editor .suggest-input-container input')
    .first();
  await search.waitFor();
  await search.fill(id);
  const select = page.locator(`.settings-editor select.monaco-select-box[aria-label="${id}"]`);
  await select.waitFor();
  await select.selectOption({ label });
  await page.keyboard.press('Control+W'); // close the Settings editor
}

const setUiLanguage = (lang) => setSetting('khulasa.ui.language', lang);

const selectionStatus = async () =>
  (await page.locator('.statusbar-item[id="status.editor.selection"]').innerText()).trim();

const panelFrame = () => page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');

before(async () => {
  assert.ok(process.env.CODE_SERVER_DIR, 'CODE_SERVER_DIR is set');
  rmSync(work, { recursive: true, force: true });
  const user = path.join(work, 'user');
  const exts = path.join(work, 'extensions');
  const folder = path.join(work, 'workspace');
  mkdirSync(path.join(user, 'User'), { recursive: true });
  mkdirSync(folder, { recursive: true });
  copyFileSync(articleSource, path.join(folder, 'article.txt'));
  // A Markdown article of the tests' own (plugin/vscode/test/fixtures).
  copyFileSync(path.join(root, 'plugin/vscode/test/fixtures/article.md'), path.join(folder, 'library.md'));
  // One Arabic line and one English line naming the same organization.
  writeFileSync(
    path.join(folder, 'bilingual.txt'),
    'وتتعاون المكتبة في بيروت مع شركة Open Shelf Labs لتطوير محرك البحث.\nOpen Shelf Labs, 25% more readers by 2026.\n',
  );
  writeFileSync(
    path.join(user, 'User', 'settings.json'),
    JSON.stringify(
      {
        'khulasa.serverPath': server,
        'khulasa.ui.language': 'ar',
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.colorTheme': 'Default Light Modern',
        'telemetry.telemetryLevel': 'off',
        'security.workspace.trust.enabled': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'editor.fontSize': 16,
        'editor.fontFamily': "'Noto Sans Mono', 'Noto Sans Arabic', monospace",
        'editor.minimap.enabled': false,
        'editor.hover.delay': 200,
        'editor.wordWrap': 'on',
        'chat.commandCenter.enabled': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'window.commandCenter': false,
      },
      null,
      1,
    ),
  );
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(work, 'config'), XDG_DATA_HOME: path.join(work, 'data') };
  execFileSync(
    process.execPath,
    [codeServer, '--user-data-dir', user, '--extensions-dir', exts, '--install-extension', vsix],
    { env, stdio: 'pipe', timeout: 60000 },
  );
  const port = await freePort();
  proc = spawn(
    process.execPath,
    [codeServer, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
      '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
      '--user-data-dir', user, '--extensions-dir', exts, folder],
    // Its own process group, so that it and its helpers (extension host, file watcher, the
    // language server) are stopped together.
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let log = '';
  proc.stdout.on('data', (d) => (log += d));
  proc.stderr.on('data', (d) => (log += d));
  if (process.env.CODE_SERVER_PIDFILE) writeFileSync(process.env.CODE_SERVER_PIDFILE, String(proc.pid));
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 30000);
  } catch (e) {
    throw new Error(`${e.message}\n${log}`);
  }

  expected = await summaryOf(server, article, 'ar');
  expectedFacts = (await ask(server, article, 'khulasa/facts')).facts;

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic'],
    timeout: 30000,
  });
  const context = await browser.newContext({ viewport: { width: 1500, height: 900 }, deviceScaleFactor: 1 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${port}` });
  page = await context.newPage();
  page.setDefaultTimeout(15000);
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 30000 });
  await page.locator('.activitybar').waitFor({ timeout: 30000 });

  // Open the article with Quick Open.
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill('article.txt');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'article.txt' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines .view-line').first().waitFor();
  await until('the article in the editor', () => rectOf('سامر الخطيب'));
});

after(async () => {
  await browser?.close().catch(() => {});
  if (proc) {
    const group = (signal) => {
      try {
        process.kill(-proc.pid, signal);
        return true;
      } catch {
        return false; // the group is gone
      }
    };
    group('SIGTERM');
    for (let i = 0; i < 50 && group(0); i++) await new Promise((r) => setTimeout(r, 100));
    group('SIGKILL');
  }
});

// Light-theme colours of the extension (package.json): the backgrounds of the decorations drawn
// on lines with Arabic text, and the text colours of the semantic tokens on other lines.
const LIGHT = { person: '123, 63, 168', organization: '11, 110, 117', location: '46, 125, 50' };
const DARK = { person: '215, 166, 255', organization: '95, 212, 220', location: '139, 217, 143' };

/** Asserts that the rectangles lie right to left, in the order given (the words' logical order). */
function assertRightToLeft(rects, words) {
  assert.ok(rects, `one row holds ${words.join(' … ')}`);
  for (let k = 0; k + 1 < rects.length; k++) {
    const a = rects[k];
    const b = rects[k + 1];
    assert.ok(a.x >= b.x + b.width - 1, `"${words[k]}" (x ${a.x.toFixed(0)}–${(a.x + a.width).toFixed(0)}) lies right of "${words[k + 1]}" (x ${b.x.toFixed(0)}–${(b.x + b.width).toFixed(0)})`);
  }
}

/** The top of the editor (the headline and the first paragraphs), for the screenshots. */
async function editorClip() {
  const box = await page.locator('.monaco-editor .lines-content').first().boundingBox();
  const area = await page.locator('.part.editor').boundingBox();
  return { x: area.x, y: box.y, width: area.width, height: 400 };
}

test('on Arabic lines the highlights are backgrounds under the entity words, and the words keep their order', async () => {
  // The headline's lens moves the lines down when it comes: measure after it.
  await page.locator('.monaco-editor .codelens-decoration a').first().waitFor();
  const name = await until('a person\'s background under سامر الخطيب', async () => {
    const w = await rowRects(['سامر الخطيب']);
    return w && covered(w[0], await backgroundsOf(LIGHT.person)) ? w[0] : null;
  });
  assert.ok(name.width > 20);
  await until('a place\'s background under عمّان', async () => {
    const w = await rowRects(['عمّان']);
    return w && covered(w[0], await backgroundsOf(LIGHT.location));
  });
  await until('an organization\'s background under نور للطاقة المتجددة', async () => {
    const w = await rowRects(['نور للطاقة المتجددة']);
    return w && covered(w[0], await backgroundsOf(LIGHT.organization));
  });
  // The plain word before the name has no background of that kind.
  const said = await rowRects(['التنفيذي للشركة', 'سامر الخطيب']);
  assert.ok(!covered(said[0], await backgroundsOf(LIGHT.person)), 'no person background beside the name');
  // The text is not cut into coloured pieces: names are drawn like the words around them.
  const plain = await coloursOf('أعلنت');
  assert.equal(plain.length, 1);
  assert.deepEqual(await coloursOf('سامر الخطيب'), plain);
  assert.deepEqual(await coloursOf('عمّان - أعلنت شركة نور للطاقة المتجددة، يوم الخميس'), plain);
  // Reading order: words of one right-to-left run lie from right to left in logical order —
  // across the highlighted names too (the headline, a paragraph that starts with a place, a
  // sentence with a role, a name and a quote).
  const rows = [
    ['تستثمر', 'مليار دولار', 'لتحلية المياه', 'الشمسية', 'المنطقة'],
    ['عمّان', 'أعلنت', 'شركة', 'نور للطاقة المتجددة', 'يوم الخميس', 'استثمار'],
    ['وقال', 'الرئيس التنفيذي', 'للشركة', 'سامر الخطيب', 'مؤتمر صحفي', 'هذا المشروع'],
  ];
  for (const words of rows) assertRightToLeft(await rowRects(words), words);
  await page.mouse.move(900, 800);
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'vscode-rtl-highlights-on.png'), clip: await editorClip() });
});

test('hovering a name shows the server\'s entity card', async () => {
  const hover = await hoverOver('سامر الخطيب', 'سامر الخطيب');
  const card = (await hover.innerText()).replace(/[\u2068\u2069]/g, '');
  assert.match(card, /شخص/);
  assert.match(card, /سامر الخطيب/);
  assert.match(card, /Samer al-Khatib/);
  assert.match(card, /عدد الإشارات: 1/);
  mkdirSync(shots, { recursive: true });
  await page.waitForTimeout(400); // the card fades in
  await page.screenshot({ path: path.join(shots, 'vscode-hover.png') });
  await page.mouse.move(5, 400);
  await page.keyboard.press('Escape');
});

test('Toggle Entity Highlights turns them off and on without a restart', async () => {
  const under = async (colour) => {
    const w = await rowRects(['سامر الخطيب']);
    return w && covered(w[0], await backgroundsOf(colour));
  };
  assert.ok(await under(LIGHT.person));
  await runCommand('Khulasa: Toggle Entity Highlights');
  await until('highlights off', async () => !(await under(LIGHT.person)) && (await backgroundsOf(LIGHT.location)).length === 0);
  // Off, the line reads the same: in order.
  const words = ['عمّان', 'أعلنت', 'شركة', 'نور للطاقة المتجددة', 'يوم الخميس'];
  assertRightToLeft(await rowRects(words), words);
  await page.mouse.move(900, 800);
  await page.screenshot({ path: path.join(shots, 'vscode-rtl-highlights-off.png'), clip: await editorClip() });
  await runCommand('Khulasa: Toggle Entity Highlights');
  await until('highlights on again', () => under(LIGHT.person));
});

test('Summarize Article from the palette fills the RTL panel with the gist and the facts', async () => {
  await runCommand('Khulasa: Summarize Article');
  const frame = panelFrame();
  await frame.locator('.gist-text .sentence').first().waitFor({ timeout: 15000 });
  const dir = await frame.locator('html').getAttribute('dir');
  assert.equal(dir, 'rtl');
  const gist = await frame.locator('.gist-text .sentence').allTextContents();
  assert.deepEqual(gist, expected.gist.map((g) => g.text.replace(/\s*\n\s*/g, ' ').trim()));
  for (const g of expected.gist) assert.equal(sliceRange(article, g.range), g.text, 'a sentence of the article');
  const facts = await frame.locator('.fact .fact-en').allTextContents();
  assert.deepEqual(facts, expected.facts.map((f) => f.english));
  const headings = await frame.locator('h2').allTextContents();
  assert.deepEqual(headings.slice(0, 2), ['الخلاصة', 'أهم الوقائع']);
  // Widen the side bar (drag its sash) so the screenshots show the panel at a readable width.
  const bar = await page.locator('.part.sidebar').boundingBox();
  await page.mouse.move(bar.x + bar.width + 1, bar.y + 300);
  await page.mouse.down();
  await page.mouse.move(bar.x + bar.width + 150, bar.y + 300, { steps: 5 });
  await page.mouse.up();
});

test('a click on a gist sentence selects it in the editor', async () => {
  const status = page.locator('.statusbar-item[id="status.editor.selection"]');
  const before = await status.innerText();
  const g = expected.gist[1];
  await panelFrame().locator('.gist-text .sentence').nth(1).click();
  const length = g.range.end.character - g.range.start.character;
  assert.equal(g.range.start.line, g.range.end.line);
  const want = `Ln ${g.range.end.line + 1}, Col ${g.range.end.character + 1} (${length} selected)`;
  const got = await until(`status "${want}"`, async () => {
    const t = (await status.innerText()).trim();
    return t === want ? t : null;
  }, 10000);
  assert.notEqual(before.trim(), got);
  await page.mouse.move(900, 800);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(shots, 'vscode-panel.png') });
  // The rest of the panel: entities and quotes.
  await panelFrame().locator('section.quotes').scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(shots, 'vscode-panel-entities.png') });
  const groups = await panelFrame().locator('.group h3').allTextContents();
  assert.equal(groups.length, expected.entities.length);
  assert.ok(groups[0].startsWith(expected.labels.kinds[expected.entities[0].kind]), groups[0]);
});

test('the panel follows edits of the document (debounced)', async () => {
  const headline = panelFrame().locator('.headline-text');
  assert.equal((await headline.innerText()).trim(), expected.headline.text);
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText('عاجل: '); // one edit, so one undo
  await until('the panel shows the edited headline', async () => {
    const t = (await headline.innerText()).trim();
    return t === `عاجل: ${expected.headline.text}` ? t : null;
  });
  // The headline's highlights follow the edit (the tokens are asked again, the decorations move).
  await until('the organization background under its name after the edit', async () => {
    const w = await rowRects(['عاجل', 'نور للطاقة']);
    return w && covered(w[1], await backgroundsOf(LIGHT.organization));
  });
  assertRightToLeft(await rowRects(['عاجل', 'نور للطاقة', 'تستثمر']), ['عاجل', 'نور للطاقة', 'تستثمر']);
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Delete');
  await until('the panel shows the headline again', async () => {
    const t = (await headline.innerText()).trim();
    return t === expected.headline.text ? t : null;
  });
});

test('Summarize Selection summarizes the selected passage alone', async () => {
  // Select the fourth line's paragraph (two sentences) by clicking its first gist sentence, then
  // extending the selection to the end of the line.
  const g = expected.gist[0];
  await panelFrame().locator('.gist-text .sentence').first().click();
  const selected = `(${g.range.end.character - g.range.start.character} selected)`;
  await until('the first gist sentence selected', async () =>
    (await page.locator('.statusbar-item[id="status.editor.selection"]').innerText()).includes(selected),
  );
  await until('the editor focused', () => page.evaluate(() => !!document.activeElement?.closest('.monaco-editor')));
  await page.keyboard.press('Shift+End');
  await runCommand('Khulasa: Summarize Selection');
  const frame = panelFrame();
  await until('the selection note', async () => (await frame.locator('.note').count()) > 0);
  assert.equal((await frame.locator('.note').innerText()).trim(), 'خلاصة النص المحدد');
  const gist = await frame.locator('.gist-text .sentence').allTextContents();
  const paragraph = lines[g.range.start.line];
  assert.ok(gist.length >= 1);
  for (const sentence of gist) assert.ok(paragraph.includes(sentence), `from the selected paragraph: ${sentence}`);
  // Its ranges are the document's: a click selects the sentence where it is in the article.
  const last = gist.length - 1;
  await frame.locator('.gist-text .sentence').nth(last).click();
  const start = paragraph.indexOf(gist[last]);
  const want = `Ln ${g.range.start.line + 1}, Col ${start + gist[last].length + 1} (${gist[last].length} selected)`;
  await until(`status "${want}"`, async () => {
    const t = (await page.locator('.statusbar-item[id="status.editor.selection"]').innerText()).trim();
    return t === want ? t : null;
  });
});

test('Insert Summary at Cursor inserts the summary in one undoable edit', async () => {
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  const before = await lineCount();
  await runCommand('Khulasa: Insert Summary at Cursor');
  // The editor shows the end of the insertion: the quotes come last.
  await until('the inserted summary', () => rectOf('الاقتباسات:'));
  const after = await lineCount();
  assert.ok(after >= before + 10, `${before} lines, then ${after}`);
  await page.keyboard.press('Control+Z');
  await until('the insertion undone by one undo', async () => !(await rectOf('الاقتباسات:')) && (await lineCount()) === before);
  await page.keyboard.press('Control+Z'); // the new line typed before it
});

test('Show Key Facts lists the facts with their English; picking one selects its sentence', async () => {
  await runCommand('Khulasa: Show Key Facts', { waitClosed: false });
  const first = expectedFacts[0];
  const row = page.locator('.quick-input-list .monaco-list-row').first();
  await until('the facts in the quick pick', async () => (await row.innerText()).includes(first.english));
  assert.equal(await page.locator('.quick-input-list .monaco-list-row').count(), expectedFacts.length);
  await page.keyboard.press('Enter');
  const r = first.range;
  assert.equal(r.start.line, r.end.line);
  const want = `Ln ${r.end.line + 1}, Col ${r.end.character + 1} (${r.end.character - r.start.character} selected)`;
  await until(`status "${want}"`, async () => ((await selectionStatus()) === want ? want : null));
});

test('Copy Summary (Markdown) puts the summary on the clipboard', async () => {
  await page.evaluate(() => navigator.clipboard.writeText('-'));
  await runCommand('Khulasa: Copy Summary (Markdown)');
  const text = await until('the clipboard', async () => {
    const t = await page.evaluate(() => navigator.clipboard.readText());
    return t !== '-' ? t : null;
  });
  const md = (t) => t.replace(/([\\`*_[\]<>|#])/g, '\\$1');
  assert.ok(text.startsWith(`# ${md(expected.headline.text)}\n\n## الخلاصة\n\n`), text.slice(0, 200));
  assert.ok(text.includes(`## أهم الوقائع`));
  for (const f of expected.facts) assert.ok(text.includes(`— *${md(f.english)}*`), f.english);
});

test('khulasa.ui.language = en relabels the panel and the hover cards, without a restart', async () => {
  await runCommand('Khulasa: Summarize Article');
  const frame = panelFrame();
  await until('the Arabic panel', async () => (await frame.locator('h2').first().innerText()).trim() === 'الخلاصة');
  await setUiLanguage('en');
  await until('the English panel', async () => (await frame.locator('h2').first().innerText()).trim() === 'Gist');
  const headings = await frame.locator('h2').allTextContents();
  assert.deepEqual(headings.slice(0, 2), ['Gist', 'Key facts']);
  // The gist itself is the same Arabic text.
  assert.deepEqual(
    await frame.locator('.gist-text .sentence').allTextContents(),
    expected.gist.map((g) => g.text.replace(/\s*\n\s*/g, ' ').trim()),
  );
  await page.keyboard.press('Escape');
  const hover = await hoverOver('سامر الخطيب', 'Mentions');
  const card = await hover.innerText();
  assert.match(card, /Person/);
  assert.match(card, /English: Samer al-Khatib/);
  assert.match(card, /Mentions: 1/);
  await page.mouse.move(5, 400);
});

test('the code lens on the headline runs khulasa.summarize', async () => {
  const frame = panelFrame();
  await frame.locator('body').evaluate((b) => b.setAttribute('data-old', '1'));
  const lens = page.locator('.monaco-editor .codelens-decoration a').first();
  // Its title is the server's, in the UI language (English now: the lenses were asked again).
  await until('the code lens in English', async () => ((await lens.innerText()).trim() === 'Summarize' ? true : null));
  await lens.click();
  // The panel was rendered again (a new page), with the summary.
  await until('a new panel page', async () => (await frame.locator('body[data-old]').count()) === 0);
  await frame.locator('.gist-text .sentence').first().waitFor();
  assert.equal(await frame.locator('.gist-text .sentence').count(), expected.gist.length);
});

test('in a dark theme the highlights take the dark colours; the panel follows the theme', async () => {
  await setUiLanguage('ar');
  await until('the Arabic panel again', async () => (await panelFrame().locator('h2').first().innerText()).trim() === 'الخلاصة');
  await setSetting('workbench.colorTheme', 'Dark Modern');
  await until('the dark background of a person (#D7A6FF, translucent)', async () => {
    const w = await rowRects(['سامر الخطيب']);
    return w && covered(w[0], await backgroundsOf(DARK.person));
  });
  const panelColour = await panelFrame().locator('body').evaluate((b) => getComputedStyle(b).color);
  const [r, g, b] = panelColour.match(/\d+/g).map(Number);
  assert.ok(r + g + b > 3 * 150, `light text in the dark panel: ${panelColour}`);
  await page.mouse.move(900, 800);
  await page.screenshot({ path: path.join(shots, 'vscode-dark.png') });
});

test('a Markdown article gets highlights and hover cards too', async () => {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill('library.md');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'library.md' }).first().waitFor();
  await page.keyboard.press('Enter');
  await until('the Latin organization highlighted', async () => {
    const w = await rowRects(['Open Shelf Labs']);
    return w && covered(w[0], await backgroundsOf(DARK.organization));
  });
  await hoverOver('بيروت', 'Beirut');
  await page.mouse.move(5, 400);
  // The panel, open, follows the active editor.
  const headline = readFileSync(path.join(root, 'plugin/vscode/test/fixtures/article.md'), 'utf8').split('\n')[0].replace(/^# /, '');
  await until('the panel showing the Markdown article', async () =>
    (await panelFrame().locator('.headline-text').innerText()).trim() === headline,
  );
});

test('a line without Arabic keeps semantic-token colours; an Arabic line of the same file gets backgrounds', async () => {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill('bilingual.txt');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'bilingual.txt' }).first().waitFor();
  await page.keyboard.press('Enter');
  // Line 2 has no Arabic: the organization is a semantic token, coloured by the theme rule (the
  // dark theme's after the test before).
  const theme = await until('the organization on the English line coloured', async () => {
    const c = await coloursOf('Open Shelf Labs,');
    return c && [LIGHT, DARK].find((t) => c[0] === `rgb(${t.organization})`);
  });
  const plainLatin = await coloursOf('readers');
  assert.equal(plainLatin.length, 1);
  assert.notEqual(plainLatin[0], `rgb(${theme.organization})`);
  // Line 1 is Arabic: the same name has a background and the text colour of its line.
  const arabic = await rowRects(['شركة Open Shelf Labs']);
  assert.ok(arabic);
  const latinRow = await rowRects(['Open Shelf Labs, 25%']);
  assert.ok(latinRow[0].rowY >= arabic[0].rowY + arabic[0].rowHeight, 'two rows');
  const spans = await page.evaluate(() => {
    const line = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')].find((l) => l.textContent.replace(/\u00a0/g, ' ').includes('شركة Open'));
    return line.querySelectorAll('span > span').length;
  });
  assert.equal(spans, 1, 'the Arabic line is drawn as one span');
  const boxes = await backgroundsOf(theme.organization);
  const onRow = (b, r) => b.y + b.height / 2 > r.rowY && b.y + b.height / 2 < r.rowY + r.rowHeight;
  assert.ok(boxes.some((b) => onRow(b, arabic[0])), 'a background on the Arabic line');
  assert.ok(!boxes.some((b) => onRow(b, latinRow[0])), 'none on the line without Arabic');
  await page.mouse.move(900, 800);
  await page.screenshot({ path: path.join(shots, 'vscode-highlights-mixed.png'), clip: { ...(await editorClip()), height: 60 } });
});

test('no errors from the workbench page or the extension', async () => {
  const toasts = await page.locator('.notifications-toasts .notification-toast').allInnerTexts();
  const bad = toasts.filter((t) => /khulasa|already exists|error/i.test(t));
  assert.deepEqual(bad, []);
  assert.deepEqual(errors.filter((e) => /khulasa/i.test(e)), []);
});
