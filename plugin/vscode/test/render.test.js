'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { renderPage, renderBody, rangeAttr, makeNonce } = require('../out/render');
const modelAr = require('./fixtures/model-ar.json');
const modelEn = require('./fixtures/model-en.json');

const ARABIC = /[\u0600-\u06FF]/;
const page = (model, ui = 'ar') => renderPage({ model, ui, nonce: 'NONCE123' });

test('the page is right to left, Arabic, Arabic fonts first', () => {
  const html = page(modelAr);
  assert.match(html, /<html lang="ar" dir="rtl">/);
  assert.match(html, /font-family: "Noto Naskh Arabic", "Noto Sans Arabic", var\(--vscode-font-family, /);
});

test('strict CSP: nothing but the nonce\'d style and script', () => {
  const html = page(modelAr);
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)[1].replace(/&#39;/g, "'");
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'nonce-NONCE123'(;|$)/);
  assert.match(csp, /style-src 'nonce-NONCE123'(;|$)/);
  assert.doesNotMatch(csp, /unsafe/);
  assert.equal((html.match(/<script/g) || []).length, 1);
  assert.match(html, /<script nonce="NONCE123">/);
  assert.match(html, /<style nonce="NONCE123">/);
  assert.doesNotMatch(html, /\sstyle="/, 'inline style attributes are blocked by the CSP');
  assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handlers');
  const n = makeNonce();
  assert.match(n, /^[0-9a-f]{32}$/);
  assert.notEqual(n, makeNonce());
});

test('every var(--vscode-…) has a fallback', () => {
  const html = page(modelAr);
  const uses = html.match(/var\(--vscode-[\w-]+[^)]*\)/g);
  assert.ok(uses.length > 5);
  for (const u of uses) assert.match(u, /var\(--vscode-[\w-]+\s*,\s*\S/, u);
});

test('the gist: the model\'s sentences, in order, each with its range to reveal', () => {
  const body = renderBody(modelAr, 'ar');
  const gist = /<p class="gist-text">(.*?)<\/p>/s.exec(body)[1];
  const spans = [...gist.matchAll(/data-range="([\d:]+)"[^>]*>(.*?)<\/span>/g)];
  assert.equal(spans.length, modelAr.gist.length);
  spans.forEach((m, i) => {
    assert.equal(m[1], rangeAttr(modelAr.gist[i].range));
    const plain = m[2].replace(/<\/?bdi[^>]*>/g, '').replace(/&quot;/g, '"');
    assert.equal(plain, modelAr.gist[i].text);
  });
  assert.match(body, /<h2>الخلاصة<\/h2>/);
});

test('Latin names are isolated in <bdi>; no ltr element holds Arabic', () => {
  const html = page(modelAr);
  const bare = html.replace(/<bdi[^>]*>.*?<\/bdi>/g, '');
  const body = /<main[^>]*>(.*)<\/main>/s.exec(bare)[1];
  assert.doesNotMatch(body.replace(/<[^>]*>/g, ''), /Open Shelf Labs/, 'a Latin name outside <bdi>');
  assert.match(html, /<bdi dir="ltr">Open Shelf Labs<\/bdi>/);
  for (const m of html.matchAll(/dir="ltr"[^>]*>([^<]*)</g)) assert.doesNotMatch(m[1], ARABIC, m[0]);
});

test('facts side by side: Arabic span and English rendering', () => {
  const body = renderBody(modelAr, 'ar');
  const facts = [...body.matchAll(/<li class="fact">(.*?)<\/li>/g)];
  assert.equal(facts.length, modelAr.facts.length);
  facts.forEach((m, i) => {
    assert.match(m[1], /class="fact-ar reveal"/);
    assert.ok(m[1].includes(`<span class="fact-en"><bdi dir="ltr" lang="en">${modelAr.facts[i].english}</bdi></span>`));
  });
});

test('one bullet per section, entities grouped with counts, quotes with speakers', () => {
  const body = renderBody(modelAr, 'ar');
  assert.equal((body.match(/<li class="section/g) || []).length, modelAr.sections.length);
  const groups = [...body.matchAll(/<div class="group" data-kind="(\w+)"><h3>(.*?)<\/h3>/g)];
  assert.deepEqual(
    groups.map((g) => g[1]),
    modelAr.entities.map((g) => g.kind),
  );
  groups.forEach((g, i) => {
    assert.ok(g[2].startsWith(modelAr.labels.kinds[g[1]]));
    assert.ok(g[2].includes(`(${modelAr.entities[i].items.length})`));
  });
  assert.match(body, /<span class="mentions">1 إشارات<\/span>/);
  const q = modelAr.quotes[0];
  assert.ok(body.includes(`<div class="speaker">— ${q.speaker.name} (<bdi dir="ltr" lang="en">${q.speaker.english}</bdi>)</div>`));
});

test('English labels are isolated in the RTL page', () => {
  const body = renderBody(modelEn, 'en');
  assert.match(body, /<h2><bdi dir="ltr" lang="en">Key facts<\/bdi><\/h2>/);
  assert.match(body, /<bdi dir="ltr" lang="en">1 mentions<\/bdi>|<bdi dir="ltr" lang="en">mentions<\/bdi>/);
});

test('no model: the empty state in the UI language; a note; the headline gist label; no gist', () => {
  assert.match(renderBody(undefined, 'ar'), /<p class="empty">افتح مقالاً/);
  assert.match(renderBody(undefined, 'en'), /<p class="empty"><bdi dir="ltr" lang="en">Open an article/);
  const m = { ...modelAr, gistSource: 'headline', gist: [], facts: [], sections: [], entities: [], quotes: [] };
  const body = renderBody(m, 'ar', 'خلاصة النص المحدد');
  assert.match(body, /<p class="note">خلاصة النص المحدد<\/p>/);
  assert.match(body, /<h2>الخلاصة \(العنوان وحده\)<\/h2>/);
  assert.match(body, /<p class="empty">لا جملة في المتن تصلح للخلاصة<\/p>/);
  assert.doesNotMatch(body, /class="facts"|class="quotes"/);
});

test('hostile text from the document is escaped', () => {
  const m = JSON.parse(JSON.stringify(modelAr));
  m.gist[0].text = '<script>alert(1)</script> "x"';
  const body = renderBody(m, 'ar');
  assert.doesNotMatch(body, /<script>/);
  assert.match(body, /&lt;<bdi dir="ltr">script<\/bdi>&gt;/);
});
