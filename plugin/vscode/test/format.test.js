'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { formatPlain, formatEnglish, formatMarkdown, escapeMarkdown } = require('../out/format');
const modelAr = require('./fixtures/model-ar.json');
const modelEn = require('./fixtures/model-en.json');

const ARABIC = /[\u0600-\u06FF]/;

test('Arabic copy: headline, gist, facts, sections, entities, quotes with Arabic labels', () => {
  const text = formatPlain(modelAr);
  const blocks = text.trimEnd().split('\n\n');
  assert.equal(blocks[0], modelAr.headline.text);
  assert.equal(blocks[1], `الخلاصة:\n${modelAr.gist.map((g) => g.text).join(' ')}`);
  assert.equal(blocks[2], `أهم الوقائع:\n${modelAr.facts.map((f) => `• ${f.text}`).join('\n')}`);
  assert.equal(blocks[3], `الأقسام:\n• الشراكات: ${modelAr.sections[0].sentence.text}`);
  assert.match(blocks[4], /^الكيانات:\nمؤسسات: Open Shelf Labs \(1\)\nأماكن: بيروت \(1\)، /);
  assert.equal(blocks[5], `الاقتباسات:\n• ${modelAr.quotes[0].text} — ${modelAr.quotes[0].speaker.name}`);
});

test('English copy: the English renderings only', () => {
  const text = formatEnglish(modelEn);
  assert.doesNotMatch(text, ARABIC);
  assert.ok(text.startsWith(`Key facts:\n${modelEn.facts.map((f) => `- ${f.english}`).join('\n')}\n\n`));
  assert.match(text, /^Organizations: Open Shelf Labs \(1 mention\)$/m);
  assert.match(text, /^Places: Beirut \(1 mention\); /m);
  assert.match(text, /^Quotes: 1 \(director\)$/m);
});

test('Markdown copy: headings, bullets with English in italics, quotes as blockquotes', () => {
  const md = formatMarkdown(modelAr);
  assert.ok(md.startsWith(`# ${modelAr.headline.text}\n\n## الخلاصة\n\n`));
  assert.ok(md.includes(`- ${modelAr.facts[1].text} — *${modelAr.facts[1].english}*`));
  assert.ok(md.includes('### مؤسسات (1)\n\n- Open Shelf Labs (1 إشارات)'));
  assert.ok(md.includes(`> ${escapeMarkdown(modelAr.quotes[0].text)}\n>\n> — مديرة (director)`));
  assert.equal(escapeMarkdown('a*b_[c]|#<'), 'a\\*b\\_\\[c\\]\\|\\#\\<');
});

test('copies put hard-wrapped spans on one line and name a missing speaker', () => {
  const m = JSON.parse(JSON.stringify(modelAr));
  m.gist = [{ ...m.gist[0], text: 'سطر أول\nوسطر ثان.' }];
  m.quotes[0].speaker = null;
  assert.match(formatPlain(m), /الخلاصة:\nسطر أول وسطر ثان\.\n/);
  assert.match(formatPlain(m), /— بلا متحدث$/m);
  assert.match(formatMarkdown(m), /> — بلا متحدث/);
});
