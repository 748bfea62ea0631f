'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { debounce } = require('../out/debounce');
const { shiftModel, shiftPosition } = require('../out/selection');
const { serverSettings, ALL_KINDS } = require('../out/settings');
const modelAr = require('./fixtures/model-ar.json');

function fakeTimers() {
  let now = 0;
  let next = 1;
  const timers = new Map();
  return {
    setTimeout(fn, ms) {
      timers.set(next, { fn, at: now + ms });
      return next++;
    },
    clearTimeout(h) {
      timers.delete(h);
    },
    advance(ms) {
      now += ms;
      for (const [h, t] of [...timers]) {
        if (t.at <= now) {
          timers.delete(h);
          t.fn();
        }
      }
    },
    get count() {
      return timers.size;
    },
  };
}

test('debounce: a burst of calls runs once, with the last arguments, after the quiet time', () => {
  const t = fakeTimers();
  const calls = [];
  const d = debounce((x) => calls.push(x), 500, t);
  d(1);
  t.advance(300);
  d(2);
  t.advance(300);
  d(3);
  assert.deepEqual(calls, []);
  assert.equal(t.count, 1);
  t.advance(499);
  assert.deepEqual(calls, []);
  t.advance(1);
  assert.deepEqual(calls, [3]);
  assert.equal(d.pending, false);
});

test('debounce: cancel drops the call, flush runs it now, the delay is read per call', () => {
  const t = fakeTimers();
  const calls = [];
  let ms = 100;
  const d = debounce((x) => calls.push(x), () => ms, t);
  d('a');
  d.cancel();
  t.advance(1000);
  assert.deepEqual(calls, []);
  d('b');
  assert.equal(d.pending, true);
  d.flush();
  assert.deepEqual(calls, ['b']);
  d.flush();
  assert.deepEqual(calls, ['b']);
  ms = 1000;
  d('c');
  t.advance(999);
  assert.deepEqual(calls, ['b']);
  t.advance(1);
  assert.deepEqual(calls, ['b', 'c']);
});

test('selection ranges move back into the document', () => {
  const origin = { line: 7, character: 12 };
  assert.deepEqual(shiftPosition({ line: 0, character: 5 }, origin), { line: 7, character: 17 });
  assert.deepEqual(shiftPosition({ line: 2, character: 5 }, origin), { line: 9, character: 5 });
  const m = shiftModel(modelAr, origin, 'file:///real.md');
  assert.equal(m.uri, 'file:///real.md');
  assert.deepEqual(m.headline.range.start, { line: 7, character: 14 });
  assert.deepEqual(m.gist[1].range, {
    start: { line: 9, character: modelAr.gist[1].range.start.character },
    end: { line: 9, character: modelAr.gist[1].range.end.character },
  });
  assert.deepEqual(m.sections[0].heading.range.start, { line: 11, character: 3 });
  assert.deepEqual(m.entities[0].items[0].range.start.line, modelAr.entities[0].items[0].range.start.line + 7);
  assert.deepEqual(m.quotes[0].range.start.line, 9);
  assert.equal(modelAr.gist[1].range.start.line, 2, 'the input model is not changed');
});

test('server settings: highlights off sends no kinds; values mended', () => {
  const on = serverSettings({ language: 'ar', sentences: 4, highlightEnabled: true, kinds: [...ALL_KINDS] });
  assert.deepEqual(on, {
    khulasa: { ui: { language: 'ar' }, summary: { sentences: 4 }, highlight: { kinds: [...ALL_KINDS] } },
  });
  const off = serverSettings({ language: 'en', sentences: 4, highlightEnabled: false, kinds: [...ALL_KINDS] });
  assert.deepEqual(off.khulasa.highlight.kinds, []);
  assert.equal(off.khulasa.ui.language, 'en');
  const odd = serverSettings({ language: 'fr', sentences: 99, highlightEnabled: true, kinds: ['person', 'planet', 'person'] });
  assert.deepEqual(odd.khulasa, { ui: { language: 'ar' }, summary: { sentences: 20 }, highlight: { kinds: ['person'] } });
});
