// Semantic tokens, decoded and re-encoded, and split between the two ways the extension draws
// entity highlights.
//
// VS Code lays out a line that holds right-to-left text in a left-to-right span and makes every
// differently coloured piece of it a bidi isolate; the pieces are then placed left to right in
// logical order, so an Arabic line cut into coloured pieces reads out of order. Tokens on such
// lines are therefore not given to VS Code as semantic tokens (which colour the text and cut the
// line into pieces) but drawn as background decorations, which VS Code paints in a layer under
// the text at the positions it measures in the rendered line. Tokens on lines without
// right-to-left letters stay semantic tokens. No `vscode` import here: unit-tested in node.

/** One token, absolute (LSP/VS Code encode them as deltas of five numbers). */
export interface Token {
  line: number;
  char: number;
  length: number;
  type: number;
  modifiers: number;
}

/** Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, the
 *  presentation forms and the right-to-left blocks of the other planes): the lines VS Code
 *  renders with isolates. */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDE7F]|\uD83A[\uDC00-\uDFFF]|\uD83B[\uDC00-\uDEFF]/;

export function containsRtl(text: string): boolean {
  return RTL.test(text);
}

/** The tokens of delta-encoded data (a trailing incomplete group is ignored). */
export function decodeTokens(data: ArrayLike<number>): Token[] {
  const out: Token[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const dLine = data[i];
    if (dLine > 0) {
      line += dLine;
      char = data[i + 1];
    } else {
      char += data[i + 1];
    }
    out.push({ line, char, length: data[i + 2], type: data[i + 3], modifiers: data[i + 4] });
  }
  return out;
}

/** Delta-encodes tokens given in document order. */
export function encodeTokens(tokens: readonly Token[]): Uint32Array {
  const out = new Uint32Array(tokens.length * 5);
  let line = 0;
  let char = 0;
  tokens.forEach((t, k) => {
    const i = k * 5;
    out[i] = t.line - line;
    out[i + 1] = t.line === line ? t.char - char : t.char;
    out[i + 2] = t.length;
    out[i + 3] = t.type;
    out[i + 4] = t.modifiers;
    line = t.line;
    char = t.char;
  });
  return out;
}

export interface TokenEdit {
  start: number;
  deleteCount: number;
  data?: ArrayLike<number>;
}

/** The data after a `semanticTokens/full/delta` answer's edits (offsets into the old data; applied
 *  from the last to the first so that earlier offsets stay valid). Null when an edit is out of
 *  range, i.e. the edits were not made against `data`. */
export function applyTokenEdits(data: ArrayLike<number>, edits: readonly TokenEdit[]): Uint32Array | null {
  let out = Array.from(data);
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  for (const e of sorted) {
    if (e.start < 0 || e.deleteCount < 0 || e.start + e.deleteCount > out.length) return null;
    out = [...out.slice(0, e.start), ...Array.from(e.data ?? []), ...out.slice(e.start + e.deleteCount)];
  }
  return Uint32Array.from(out);
}

export interface SplitTokens {
  /** Delta-encoded: the tokens on lines without right-to-left letters, for VS Code. */
  kept: Uint32Array;
  /** The tokens on lines with right-to-left letters, to draw as decorations. */
  moved: Token[];
}

/** Splits tokens by line: `isRtlLine(line)` tells whether a line holds right-to-left text. */
export function splitTokens(data: ArrayLike<number>, isRtlLine: (line: number) => boolean): SplitTokens {
  const kept: Token[] = [];
  const moved: Token[] = [];
  const memo = new Map<number, boolean>();
  for (const t of decodeTokens(data)) {
    let rtl = memo.get(t.line);
    if (rtl === undefined) {
      rtl = isRtlLine(t.line);
      memo.set(t.line, rtl);
    }
    (rtl ? moved : kept).push(t);
  }
  return { kept: encodeTokens(kept), moved };
}

/** Tokens grouped by type name (legend order), keeping only `kinds`. */
export function groupByKind(
  tokens: readonly Token[],
  legend: readonly string[],
  kinds: ReadonlySet<string>,
): Map<string, Token[]> {
  const out = new Map<string, Token[]>();
  for (const t of tokens) {
    const kind = legend[t.type];
    if (kind === undefined || !kinds.has(kind) || t.length <= 0) continue;
    let list = out.get(kind);
    if (!list) out.set(kind, (list = []));
    list.push(t);
  }
  return out;
}
