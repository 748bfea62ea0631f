// The summary panel's HTML (plugin/vscode/src/render.ts) in headless Chromium, with the summary
// model the real server makes of the bundled article: right to left, Latin names isolated, the
// gist made of the article's sentences, a click posts the sentence's range, no page errors, and
// the CSP lets the page's own nonce'd style and script run. Saves a screenshot.
//   env: KHULASA_LSP (server), CHROMIUM (browser), SCREENSHOTS (directory)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { sliceRange, summaryOf } from './lsp.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(import.meta.url);
const { renderPage } = require(path.join(root, 'plugin/vscode/out/render.js'));

const server = process.env.KHULASA_LSP || path.join(root, 'build/bin/khulasa-lsp');
const shots = process.env.SCREENSHOTS || path.join(root, 'docs/screenshots');
const article = readFileSync(path.join(root, 'docs/examples/article.txt'), 'utf8');

let browser;
let page;
let model;
const errors = [];

before(async () => {
  model = await summaryOf(server, article, 'ar');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic'],
    timeout: 30000,
  });
  page = await browser.newPage({ viewport: { width: 440, height: 1100 }, deviceScaleFactor: 1 });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  // What VS Code's webview host gives the page: acquireVsCodeApi (recording what is posted).
  await page.addInitScript(() => {
    window.__posted = [];
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective));
    window.acquireVsCodeApi = () => ({
      postMessage: (m) => window.__posted.push(m),
      getState: () => undefined,
      setState: () => {},
    });
  });
  const html = renderPage({ model, ui: 'ar', nonce: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' });
  // Served from a URL (not setContent) so the init script runs in the page's own window.
  await page.route('https://khulasa-panel.test/', (route) =>
    route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
  );
  await page.goto('https://khulasa-panel.test/', { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
});

after(async () => {
  await browser?.close();
});

test('the page is right to left and Arabic, in an Arabic font', async () => {
  const r = await page.evaluate(() => ({
    dir: document.documentElement.dir,
    lang: document.documentElement.lang,
    direction: getComputedStyle(document.querySelector('main')).direction,
    font: getComputedStyle(document.body).fontFamily,
    naskh: document.fonts.check('16px "Noto Naskh Arabic"', 'خلاصة'),
  }));
  assert.deepEqual(r, {
    dir: 'rtl',
    lang: 'ar',
    direction: 'rtl',
    font: r.font,
    naskh: true,
  });
  assert.match(r.font, /^"Noto Naskh Arabic", "Noto Sans Arabic"/);
});

test('the gist is the article\'s sentences and starts at the right edge', async () => {
  assert.ok(model.gist.length >= 2, 'the server gave a gist');
  const r = await page.evaluate(() => {
    const p = document.querySelector('.gist-text');
    // The first letter of the first sentence (getClientRects of a wrapped bidi span come in
    // visual pieces, so measure the letter itself).
    const text = p.querySelector('.sentence').firstChild;
    const letter = document.createRange();
    letter.setStart(text, 0);
    letter.setEnd(text, 1);
    return {
      sentences: [...p.querySelectorAll('.sentence')].map((s) => s.textContent),
      pRight: p.getBoundingClientRect().right,
      firstRight: letter.getBoundingClientRect().right,
    };
  });
  assert.deepEqual(r.sentences, model.gist.map((g) => g.text.replace(/\s*\n\s*/g, ' ').trim()));
  for (const g of model.gist) assert.equal(sliceRange(article, g.range), g.text);
  assert.ok(Math.abs(r.pRight - r.firstRight) < 2, `first sentence begins at the right: ${r.firstRight} vs ${r.pRight}`);
});

test('every Latin run is in an isolating <bdi dir=ltr>; no Latin text outside one', async () => {
  const r = await page.evaluate(() => {
    const main = document.querySelector('main');
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const stray = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (/[A-Za-z]/.test(n.textContent) && !n.parentElement.closest('bdi')) stray.push(n.textContent);
    }
    const bdis = [...main.querySelectorAll('bdi')].map((b) => ({
      text: b.textContent,
      dir: getComputedStyle(b).direction,
      bidi: getComputedStyle(b).unicodeBidi,
    }));
    return { stray, bdis };
  });
  assert.deepEqual(r.stray, []);
  assert.ok(r.bdis.length > 3);
  for (const b of r.bdis) {
    assert.equal(b.dir, 'ltr', b.text);
    assert.equal(b.bidi, 'isolate', b.text);
    assert.doesNotMatch(b.text, /[\u0600-\u06FF]/, `an ltr element holds Arabic: ${b.text}`);
  }
  const texts = r.bdis.map((b) => b.text);
  assert.ok(texts.includes('IFC'), texts.join(' | '));
});

test('facts side by side, entities grouped with counts, quotes with speakers', async () => {
  const r = await page.evaluate(() => ({
    facts: [...document.querySelectorAll('.fact')].map((f) => {
      const ar = f.querySelector('.fact-ar').getBoundingClientRect();
      const en = f.querySelector('.fact-en').getBoundingClientRect();
      return { ar: f.querySelector('.fact-ar').textContent, en: f.querySelector('.fact-en').textContent, arLeft: ar.left, enRight: en.right, arTop: ar.top, enTop: en.top };
    }),
    groups: [...document.querySelectorAll('.group h3')].map((h) => h.textContent),
    quotes: [...document.querySelectorAll('.quote .speaker')].map((s) => s.textContent),
  }));
  assert.equal(r.facts.length, model.facts.length);
  r.facts.forEach((f, i) => {
    assert.equal(f.en, model.facts[i].english);
    assert.ok(f.enRight <= f.arLeft + 1, 'the English rendering is beside (left of) the Arabic sentence');
    assert.ok(Math.abs(f.arTop - f.enTop) < 4, 'on the same row');
  });
  assert.equal(r.groups.length, model.entities.length);
  r.groups.forEach((g, i) => assert.ok(g.endsWith(`(${model.entities[i].items.length})`), g));
  assert.equal(r.quotes.length, model.quotes.length);
});

test('a click on a gist sentence posts its range', async () => {
  await page.locator('.gist-text .sentence').nth(1).click();
  const posted = await page.evaluate(() => window.__posted);
  assert.deepEqual(posted, [{ type: 'reveal', range: model.gist[1].range }]);
});

test('no page errors, no CSP violations; screenshot', async () => {
  const violations = await page.evaluate(() => window.__cspViolations);
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'panel-chromium.png'), fullPage: true });
});
