/**
 * Tree-sitter grammar for the block structure of Arabic (and mixed
 * Arabic/English) news articles pasted as plain text or light Markdown.
 *
 * Design notes (see README.md):
 *  - No external scanner, `extras: []`: every line is one big regex token
 *    (plus a few marker tokens).  Markers beat the line token through lexical
 *    precedence; "escape" branches inside the line token (same precedence as
 *    the markers) let lines such as `---foo` or `**a** b` stay plain text.
 *  - Every block owns the blank lines that follow it, so the block sequence
 *    is LR(1) without conflicts and each section is one subtree.
 *  - No declared conflicts.  Separators are ordinary blocks; the footer
 *    (blocks after the LAST separator) is decided by the C++ core.
 */

/* ---- lexical precedences ----
 * Tree-sitter drops a token's lexer transitions once a token of higher
 * precedence has matched, unless they share a transition with a token of at
 * least that precedence.  So:
 *   line-start text (0) < place (3) < line-start markers, dates, author
 *     markers (5) < rest-of-line text after a marker (6) < a date or an
 *     author marker in the middle of a line (7) < table cell, rule (8, 9).
 * A token valid in the middle of a line has a higher precedence than every
 * line-start token, because the grammar lets a line end without a newline
 * (last line of the file) and so line-start tokens are valid there too.
 */
const PREC = {
  EOL: 1, // a bare line end is an end of line before it is a blank line
  PLACE: 3, // "الرياض - " dateline prefix (loses to list markers on ties)
  MARKER: 5, // block markers at the start of a line
  REST: 6, // text after a marker
  META: 7, // dates and author markers after a place or a date
  CELL: 8, // table cells, pipes and rules
};

/* ---- character classes ---- */
const DIGIT = '[0-9\u0660-\u0669\u06F0-\u06F9]';
const AR_LETTER = '[\u0623\u0627\u0628\u062A\u062B\u062C\u062D\u062E\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0641\u0642\u0643\u0644\u0645\u0646\u0647\u0648\u064A]';
const BULLET = '[-+*\u2022\u25AA\u25E6\u25CF\u25A0\u25CB\u00B7\u25BA\u2013]'; // - + * • ▪ ◦ ● ■ ○ · ► –
const RULE_CHAR = '[-*_=~\u0640\u2022/\u2013\u2014]'; // - * _ = ~ ـ • / – —
// three or more rule characters, spaces allowed between them.  (Written out:
// the 0.22 CLI mis-compiles open repetitions such as `x{3,}`.)
const RULE_RUN = `${RULE_CHAR}[ \\t]*${RULE_CHAR}[ \\t]*(${RULE_CHAR}[ \\t]*)+`;
const NOT_RULE_CHAR = '[^-*_=~\u0640\u2022/\u2013\u2014 \\t\\r\\n]';

/* ---- month / weekday names used in dates ---- */
const MONTHS_AR = [
  // Egyptian / Gulf
  'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'إبريل', 'مايو', 'يونيو', 'يونيه',
  'يوليو', 'يوليه', 'أغسطس', 'اغسطس', 'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  // Levantine / Iraqi
  'كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'ايار', 'حزيران', 'تموز', 'آب',
  'أيلول', 'ايلول', 'تشرين الأول', 'تشرين الاول', 'تشرين الثاني', 'كانون الأول', 'كانون الاول',
  // Maghrebi
  'جانفي', 'فيفري', 'أفريل', 'افريل', 'ماي', 'جوان', 'جويلية', 'جويلة', 'أوت', 'اوت',
];
const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];
const WEEKDAYS = [
  'الأحد', 'الاحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء',
  'الخميس', 'الجمعة', 'السبت',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];

const alt = (words) => '(' + words.map((w) => w.replace(/ /g, '[ \\t]+')).join('|') + ')';
const MONTH = alt(MONTHS_AR.concat(MONTHS_EN));
// "سبتمبر/أيلول" or "أيلول (سبتمبر)"
const MONTH_PAIR = `${MONTH}([ \\t]*[/\\-][ \\t]*${MONTH}|[ \\t]*\\([ \\t]*${MONTH}[ \\t]*\\))?`;
const WEEKDAY = `(${alt(WEEKDAYS)}[ \\t]*[,\u060C]?[ \\t]+)?`;

const DATE = new RegExp(
  WEEKDAY + '(' + [
    // 04.09.2025  4/9/25  ٠٤.٠٩.٢٠٢٥
    `${DIGIT}{1,2}[./\\-]${DIGIT}{1,2}[./\\-]${DIGIT}{2,4}`,
    // 2025-09-04
    `${DIGIT}{4}[./\\-]${DIGIT}{1,2}[./\\-]${DIGIT}{1,2}`,
    // 4 سبتمبر 2025   4 September 2025   4 أيلول (سبتمبر) 2025
    `${DIGIT}{1,2}[ \\t]+${MONTH_PAIR}[ \\t]*[,\u060C]?[ \\t]*${DIGIT}{4}`,
    // September 4, 2025
    `${alt(MONTHS_EN)}[ \\t]+${DIGIT}{1,2}[ \\t]*,?[ \\t]*${DIGIT}{4}`,
  ].join('|') + ')',
);

const AUTHOR_MARKER = new RegExp(
  '[ \\t]*(' + [
    `${alt(['بقلم', 'كتب', 'كتبت', 'كتبه', 'كتبها', 'إعداد', 'اعداد', 'تحرير', 'ترجمة', 'تقرير', 'حوار', 'متابعة', 'تصوير'])}[ \\t]*[:\u061B][ \\t]*`,
    'بقلم[ \\t]+',
    '(By|BY|Written[ \\t]+by|Reported[ \\t]+by)[ \\t]*:?[ \\t]+',
  ].join('|') + ')',
);

// one to three words, an optional agency in parentheses, then a dash
const PLACE = /[ \t]{0,3}[\p{L}\p{M}]+([ \t]+[\p{L}\p{M}]+){0,2}([ \t]*\([^)\r\n]+\))?[ \t]*[-\u2013\u2014][ \t]+/;

const LIST_MARKER_BODY =
  '(' + [
    // "- - text": a doubled bullet is one marker
    `${BULLET}([ \\t]+${BULLET})*`,
    `${DIGIT}{1,3}[.)\\-\u2013]`,
    `\\(${DIGIT}{1,3}\\)`,
    `${AR_LETTER}[ \\t]?[)\\-\u2013]`,
    `\\(${AR_LETTER}\\)`,
  ].join('|') + ')[ \\t]+';

// optional line end (the last line may lack it) + the blank lines after it
const lineEnd = ($) => optional(choice(
  seq($._eol, repeat($._blank_line)),
  repeat1($._blank_line),
));

// after a marker: text up to the end of the line, then the line end
const markedRest = ($, name) => seq(optional(alias($._rest, name)), optional($._eol));

// author marker and the author's name; in the middle of a line (after a
// date) the marker needs the higher-precedence twin of the token
const author = ($, marker) => seq(marker, optional(alias($._rest, $.author)));

module.exports = grammar({
  name: 'arabic_news',

  extras: () => [],

  // No conflicts: the grammar is LR(1) after precedence resolution.  (A GLR
  // footer rule, "text after the LAST separator", was tried: it made the
  // top-level nodes fragile and an incremental re-parse cost 17% of a full
  // parse instead of 3%, so the footer is left to the C++ core.)
  conflicts: () => [],

  rules: {
    document: ($) => seq(
      optional($._bom),
      repeat($._blank_line),
      optional(seq($.headline, optional(alias($._placed_byline, $.byline)))),
      repeat($._block),
      repeat($.section),
    ),

    /* ---------- front matter ---------- */

    // The first non-empty line, unless it is a list item, table row, quote,
    // separator or a line starting with a date or an author marker.
    headline: ($) => prec.right(1, seq(
      choice(
        seq(alias($._atx_marker, $.heading_marker), markedRest($, $.heading_text)),
        seq(alias($._bold_line, $.heading_text), optional($._eol)),
        seq(alias($._text, $.heading_text), optional($._eol)),
      ),
      repeat($._blank_line),
    )),

    // Date and/or author lines, anywhere:
    //   04.09.2025بقلم: ميلوش ستيفانوفيتش     4 سبتمبر 2025 (رويترز) - ...
    byline: ($) => prec.right(seq(
      choice(
        seq($.date, optional(choice(author($, alias($._author_marker_mid, $.author_marker)), alias($._rest, $.text)))),
        author($, $.author_marker),
      ),
      lineEnd($),
    )),

    // Only directly after the headline:  الرياض - 4 سبتمبر 2025 - ...
    _placed_byline: ($) => prec.right(seq(
      $.place,
      optional(alias($._date_mid, $.date)),
      optional(choice(author($, alias($._author_marker_mid, $.author_marker)), alias($._rest, $.text))),
      lineEnd($),
    )),

    /* ---------- sections ---------- */

    section: ($) => seq($.heading, repeat($._block)),

    // Markdown ATX heading or a bold-only line.  Plain short lines are
    // paragraphs; the C++ core decides whether they act as headings.
    heading: ($) => prec.right(seq(
      choice(
        seq(alias($._atx_marker, $.heading_marker), markedRest($, $.heading_text)),
        seq(alias($._bold_line, $.heading_text), optional($._eol)),
      ),
      repeat($._blank_line),
    )),

    /* ---------- blocks ---------- */

    _block: ($) => choice(
      $.paragraph,
      $.list,
      $.table,
      $.block_quote,
      $.byline,
      $.separator,
    ),

    paragraph: ($) => prec.right(seq(
      repeat1(seq(alias($._text, $.line), optional($._eol))),
      repeat($._blank_line),
    )),

    list: ($) => prec.right(choice(
      repeat1($.list_item),
      // a list that starts indented
      repeat1(alias($._nested_item, $.list_item)),
    )),

    list_item: ($) => prec.right(seq(
      alias($._list_marker, $.list_marker),
      markedRest($, $.item_text),
      repeat($._blank_line),
      optional(alias($._nested_list, $.list)),
    )),

    _nested_list: ($) => prec.right(repeat1(alias($._nested_item, $.list_item))),

    _nested_item: ($) => prec.right(seq(
      alias($._nested_list_marker, $.list_marker),
      markedRest($, $.item_text),
      repeat($._blank_line),
    )),

    table: ($) => prec.right(seq(
      repeat1(choice($.table_row, $.table_rule)),
      repeat($._blank_line),
    )),

    // cells keep their padding spaces; the core trims them
    table_row: ($) => prec.right(seq(
      alias($._row_start, '|'),
      repeat(choice($.table_cell, alias($._pipe, '|'))),
      optional($._eol),
    )),

    table_rule: ($) => prec.right(seq(
      alias($._row_start, '|'),
      $._rule_rest,
      optional($._eol),
    )),

    block_quote: ($) => prec.right(seq(
      repeat1(seq($.quote_marker, markedRest($, $.line))),
      repeat($._blank_line),
    )),

    separator: ($) => prec.right(seq($._separator, lineEnd($))),

    /* ---------- tokens ---------- */

    // at the start of a line (same level as the block markers) ...
    date: () => token(prec(PREC.MARKER, DATE)),
    author_marker: () => token(prec(PREC.MARKER, AUTHOR_MARKER)),
    // ... and in the middle of a line, where they must beat `_rest`
    _date_mid: () => token(prec(PREC.META, DATE)),
    _author_marker_mid: () => token(prec(PREC.META, AUTHOR_MARKER)),
    place: () => token(prec(PREC.PLACE, PLACE)),

    _bom: () => token(prec(PREC.CELL + 1, '\uFEFF')),

    _eol: () => token(prec(PREC.EOL, /\r\n?|\n/)),

    // a whitespace-only line (or trailing whitespace at the end of input)
    _blank_line: () => token(/[ \t]*(\r\n?|\n)|[ \t]+/),

    // A line of text that does not start with a marker.  The escape branches
    // carry the marker precedence so that they survive after a marker token
    // has matched a prefix, and then win by length: `---foo`, `***x***`,
    // `**a** b`.
    _text: () => token(choice(
      /[ \t]*[^ \t\r\n][^\r\n]*/,
      prec(PREC.MARKER, new RegExp(`[ \\t]*${RULE_RUN}${NOT_RULE_CHAR}[^\\r\\n]*`)),
      prec(PREC.MARKER, /[ \t]{0,3}\*\*[^*\r\n]+\*\*[ \t]*[^ \t\r\n][^\r\n]*/),
    )),

    // the rest of a line after a marker, a date, a place...
    _rest: () => token(prec(PREC.REST, /[^\r\n]+/)),

    _atx_marker: () => token(prec(PREC.MARKER, /[ \t]{0,3}#{1,6}[ \t]+/)),

    _bold_line: () => token(prec(PREC.MARKER, /[ \t]{0,3}\*\*[^*\r\n]+\*\*[ \t]*/)),

    // top level: 0-1 spaces of indentation; nested: 2+ spaces or a tab
    _list_marker: () => token(prec(PREC.MARKER, new RegExp(' ?' + LIST_MARKER_BODY))),
    _nested_list_marker: () => token(prec(PREC.MARKER, new RegExp('(  +|\\t)[ \\t]*' + LIST_MARKER_BODY))),

    _separator: () => token(prec(PREC.MARKER, new RegExp(`[ \\t]{0,3}${RULE_RUN}`))),

    quote_marker: () => token(prec(PREC.MARKER, /[ \t]{0,3}>[ \t]*/)),

    _row_start: () => token(prec(PREC.MARKER, /[ \t]{0,3}\|/)),
    _pipe: () => token(prec(PREC.CELL, '|')),
    table_cell: () => token(prec(PREC.CELL, /([^|\\\r\n]|\\[^\r\n])+/)),
    // the rest of a header rule row: ---|:---:|---|
    _rule_rest: () => token(prec(PREC.CELL + 1,
      /[ \t]*:?--+:?[ \t]*(\|[ \t]*:?--+:?[ \t]*)*\|?[ \t]*/)),
  },
});
