'use strict';
// The semantic-token arithmetic behind the highlights on Arabic lines (src/tokens.ts).
const test = require('node:test');
const assert = require('node:assert/strict');
const {
  applyTokenEdits,
  containsRtl,
  decodeTokens,
  encodeTokens,
  groupByKind,
  splitTokens,
} = require('../out/tokens');

const LEGEND = ['person', 'organization', 'location', 'role', 'money', 'percent', 'date', 'number', 'quote'];

// Four tokens: two on line 0, one on line 2, one on line 3.
const TOKENS = [
  { line: 0, char: 3, length: 5, type: 1, modifiers: 0 },
  { line: 0, char: 12, length: 4, type: 0, modifiers: 1 },
  { line: 2, char: 7, length: 2, type: 7, modifiers: 0 },
  { line: 3, char: 0, length: 9, type: 8, modifiers: 4 },
];
const DATA = [0, 3, 5, 1, 0, 0, 9, 4, 0, 1, 2, 7, 2, 7, 0, 1, 0, 9, 8, 4];

test('decoding the delta encoding gives absolute positions', () => {
  assert.deepEqual(decodeTokens(DATA), TOKENS);
  assert.deepEqual(decodeTokens(Uint32Array.from(DATA)), TOKENS);
  assert.deepEqual(decodeTokens([]), []);
  assert.deepEqual(decodeTokens([0, 1, 2]), [], 'an incomplete group is ignored');
});

test('encoding is the inverse of decoding', () => {
  assert.deepEqual([...encodeTokens(TOKENS)], DATA);
  assert.ok(encodeTokens(TOKENS) instanceof Uint32Array);
  assert.deepEqual([...encodeTokens([])], []);
  // A subset is re-encoded against its own predecessors.
  assert.deepEqual([...encodeTokens([TOKENS[1], TOKENS[3]])], [0, 12, 4, 0, 1, 3, 0, 9, 8, 4]);
});

test('right-to-left letters are recognised; Latin, digits and punctuation are not', () => {
  assert.ok(containsRtl('عمّان - أعلنت شركة'));
  assert.ok(containsRtl('04.09.2025بقلم: ليلى'));
  assert.ok(containsRtl('Open Shelf Labs مع'));
  assert.ok(containsRtl('שלום'), 'Hebrew');
  assert.ok(containsRtl('\uFEFB'), 'an Arabic presentation form');
  assert.ok(containsRtl('\u{10E60}'), 'Rumi numerals (a right-to-left block of plane 1)');
  assert.ok(!containsRtl('Open Shelf Labs, 25% by 2026.'));
  assert.ok(!containsRtl(''));
  assert.ok(!containsRtl('« » — “ ” 2.4 $3'));
  assert.ok(!containsRtl('\u{1F600} emoji'));
});

test('tokens on right-to-left lines are moved out; the rest are re-encoded for VS Code', () => {
  const rtl = new Set([0, 3]);
  const asked = [];
  const { kept, moved } = splitTokens(DATA, (line) => (asked.push(line), rtl.has(line)));
  assert.deepEqual(moved, [TOKENS[0], TOKENS[1], TOKENS[3]]);
  assert.deepEqual(decodeTokens(kept), [TOKENS[2]]);
  assert.deepEqual([...kept], [2, 7, 2, 7, 0], 'the first kept token is relative to the start');
  assert.deepEqual(asked, [0, 2, 3], 'each line is looked at once');
  const none = splitTokens(DATA, () => false);
  assert.deepEqual([...none.kept], DATA);
  assert.deepEqual(none.moved, []);
  const all = splitTokens(DATA, () => true);
  assert.deepEqual([...all.kept], []);
  assert.deepEqual(all.moved, TOKENS);
});

test('a delta answer is applied to the data it was made against', () => {
  // Replace the second token (offset 5) by two, delete the last one.
  const edits = [
    { start: 15, deleteCount: 5 },
    { start: 5, deleteCount: 5, data: [0, 9, 4, 0, 1, 0, 6, 1, 2, 0] },
  ];
  const out = applyTokenEdits(DATA, edits);
  assert.deepEqual(decodeTokens(out), [
    TOKENS[0],
    { line: 0, char: 12, length: 4, type: 0, modifiers: 1 },
    { line: 0, char: 18, length: 1, type: 2, modifiers: 0 },
    { line: 2, char: 7, length: 2, type: 7, modifiers: 0 },
  ]);
  // The order of the edits in the answer does not matter.
  assert.deepEqual([...applyTokenEdits(DATA, [...edits].reverse())], [...out]);
  // An insertion at the end, and no edits at all.
  assert.deepEqual([...applyTokenEdits([], [{ start: 0, deleteCount: 0, data: [1, 2, 3, 4, 5] }])], [1, 2, 3, 4, 5]);
  assert.deepEqual([...applyTokenEdits(DATA, [])], DATA);
  // Edits that do not fit the data: null (the caller asks for all the tokens again).
  assert.equal(applyTokenEdits(DATA, [{ start: 18, deleteCount: 5 }]), null);
  assert.equal(applyTokenEdits([], [{ start: 1, deleteCount: 0, data: [1] }]), null);
});

test('moved tokens are grouped by kind, keeping only the highlighted kinds', () => {
  const groups = groupByKind(TOKENS, LEGEND, new Set(['person', 'organization', 'quote']));
  assert.deepEqual([...groups.keys()].sort(), ['organization', 'person', 'quote']);
  assert.deepEqual(groups.get('person'), [TOKENS[1]]);
  assert.deepEqual(groups.get('quote'), [TOKENS[3]]);
  assert.equal(groupByKind(TOKENS, LEGEND, new Set()).size, 0, 'highlights off');
  assert.equal(groupByKind(TOKENS, [], new Set(LEGEND)).size, 0, 'no legend yet');
  const empty = groupByKind([{ line: 0, char: 0, length: 0, type: 0, modifiers: 0 }], LEGEND, new Set(LEGEND));
  assert.equal(empty.size, 0, 'an empty token');
});
