// Latin runs inside Arabic text. A Latin name ("Samsung SDI", "Dr. Omar Haddad") in a
// right-to-left paragraph must be isolated, or the neutral characters around it (spaces, dots,
// parentheses) take the wrong direction and the words come out in the wrong order. HTML gets
// <bdi dir="ltr"> around each run; plain text (notifications, quick picks) gets U+2068 … U+2069.

export interface Run {
  text: string;
  latin: boolean;
}

// A run starts with a Latin letter and ends with a Latin letter or a digit; inside it may hold
// spaces, digits and the punctuation of names, addresses and abbreviations.
const LATIN_RUN =
  /[A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F0-9 .,'\u2019&@_:/+\-]*[A-Za-z\u00C0-\u024F0-9])?/g;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export function hasArabic(text: string): boolean {
  return ARABIC.test(text);
}

/** `text` cut into Latin runs and the rest, in order; joining the pieces gives `text` back. */
export function splitLatinRuns(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    const start = m.index ?? 0;
    if (start > last) runs.push({ text: text.slice(last, start), latin: false });
    runs.push({ text: m[0], latin: true });
    last = start + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), latin: false });
  return runs;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escaped HTML of mixed text: every Latin run in its own <bdi dir="ltr">. */
export function isolateHtml(text: string): string {
  return splitLatinRuns(text)
    .map((r) => (r.latin ? `<bdi dir="ltr">${escapeHtml(r.text)}</bdi>` : escapeHtml(r.text)))
    .join('');
}

/**
 * Escaped HTML of a text meant to be read left to right (an English rendering): isolated whole
 * when it holds no Arabic, run by run otherwise (never a mixed string forced to ltr).
 */
export function englishHtml(text: string): string {
  if (hasArabic(text)) return isolateHtml(text);
  return `<bdi dir="ltr" lang="en">${escapeHtml(text)}</bdi>`;
}

/** Plain text with every Latin run inside Arabic wrapped in U+2068 FSI … U+2069 PDI. */
export function isolatePlain(text: string): string {
  if (!hasArabic(text)) return text;
  return splitLatinRuns(text)
    .map((r) => (r.latin ? `\u2068${r.text}\u2069` : r.text))
    .join('');
}

/** A span's text on one line: hard-wrapped sentences keep their line ends in the model. */
export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

/**
 * A plain-text message (status bar, notification) with the extension's name in front: an Arabic
 * message gets the Arabic name, so the line is not a mixed string; Latin runs in it are isolated.
 */
export function message(text: string): string {
  return hasArabic(text) ? `خلاصة: ${isolatePlain(text)}` : `Khulasa: ${text}`;
}
