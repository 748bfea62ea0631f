'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { splitLatinRuns, isolateHtml, englishHtml, isolatePlain, escapeHtml, oneLine, message } = require('../out/bidi');

test('Latin runs: whole names, no trailing punctuation, text given back', () => {
  const text = 'وقال الباحث Dr. Omar Haddad، إن شركة Open Shelf Labs. تعمل';
  const runs = splitLatinRuns(text);
  assert.equal(runs.map((r) => r.text).join(''), text);
  assert.deepEqual(
    runs.filter((r) => r.latin).map((r) => r.text),
    ['Dr. Omar Haddad', 'Open Shelf Labs'],
  );
  assert.deepEqual(splitLatinRuns('نص عربي فقط 2025'), [{ text: 'نص عربي فقط 2025', latin: false }]);
  assert.deepEqual(
    splitLatinRuns('للتواصل: desk@example.org اليوم').filter((r) => r.latin).map((r) => r.text),
    ['desk@example.org'],
  );
});

test('isolateHtml: each Latin run in its own <bdi dir="ltr">, everything escaped', () => {
  assert.equal(
    isolateHtml('شركة Open Shelf Labs في <بيروت> & "غيرها"'),
    'شركة <bdi dir="ltr">Open Shelf Labs</bdi> في &lt;بيروت&gt; &amp; &quot;غيرها&quot;',
  );
  assert.equal(isolateHtml('بيروت'), 'بيروت');
  assert.equal(escapeHtml(`<img src=x onerror='a'>`), '&lt;img src=x onerror=&#39;a&#39;&gt;');
});

test('englishHtml: a purely English text isolated whole; mixed text run by run, never whole ltr', () => {
  assert.equal(englishHtml('Beirut · $3 million'), '<bdi dir="ltr" lang="en">Beirut · $3 million</bdi>');
  assert.equal(englishHtml('Halla · هالة'), '<bdi dir="ltr">Halla</bdi> · هالة');
});

test('isolatePlain: FSI/PDI around Latin runs inside Arabic only', () => {
  assert.equal(isolatePlain('تعمل شركة Open Shelf Labs هنا'), 'تعمل شركة \u2068Open Shelf Labs\u2069 هنا');
  assert.equal(isolatePlain('No Arabic here'), 'No Arabic here');
});

test('oneLine joins a hard-wrapped span', () => {
  assert.equal(oneLine('جملة أولى\r\n  تكملها\nنهاية '), 'جملة أولى تكملها نهاية');
});

test('messages: an Arabic one under the Arabic name, Latin isolated; an English one as is', () => {
  assert.equal(message('لا نص محدد في Untitled-1'), 'خلاصة: لا نص محدد في \u2068Untitled-1\u2069');
  assert.equal(message('Nothing is selected'), 'Khulasa: Nothing is selected');
});
