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
 *  - The only declared conflict is the footer: a separator may start the
 *    footer (text after the LAST separator) or be an ordinary block.  GLR
 *    keeps both readings until the next separator or the end of the input;
 *    `prec.dynamic` picks the footer reading at the end.
 */

/* ---- lexical precedences ---- */
const PREC = {
  MARKER: 5, // block markers, dates, author markers: beat the line token
  PLACE: 3, // "الرياض - " dateline prefix (loses to list markers on ties)
  EOL: 1, // a bare line end is an end of line before it is a blank line
};

/* ---- character classes ---- */
const DIGIT = '[0-9\u0660-\u0669\u06F0-\u06F9]';
const AR_LETTER = '[\u0623\u0627\u0628\u062A\u062B\u062C\u062D\u062E\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0641\u0642\u0643\u0644\u0645\u0646\u0647\u0648\u064A]';
const BULLET = '[-+*\u2022\u25AA\u25E6\u25CF\u25A0\u25CB\u00B7\u25BA\u2013]'; // - + * • ▪ ◦ ● ■ ○ · ► –
const RULE_CHAR = '[-*_=~\u0640\u2022/\u2013\u2014]'; // - * _ = ~ ـ • / – —
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
  '[ \\t]{0,3}' + WEEKDAY + '(' + [
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
  // optional separator when glued after a date: "04.09.2025 | بقلم:"
  '[ \\t]*([-|\u060C,/\u2013\u2014][ \\t]*)?(' + [
    `${alt(['بقلم', 'كتب', 'كتبت', 'كتبه', 'كتبها', 'إعداد', 'اعداد', 'تحرير', 'ترجمة', 'تقرير', 'حوار', 'متابعة', 'تصوير'])}[ \\t]*[:\u061B][ \\t]*`,
    'بقلم[ \\t]+',
    '(By|BY|Written[ \\t]+by|Reported[ \\t]+by)[ \\t]*:?[ \\t]+',
  ].join('|') + ')',
);

// one to three words, an optional agency in parentheses, then a dash
const PLACE = /[ \t]{0,3}[\p{L}\p{M}]+([ \t]+[\p{L}\p{M}]+){0,2}([ \t]*\([^)\r\n]+\))?[ \t]*[-\u2013\u2014][ \t]+/;

const LIST_MARKER_BODY =
  '(' + [
    BULLET,
    `${DIGIT}{1,3}[.)\\-\u2013]`,
    `\\(${DIGIT}{1,3}\\)`,
    `${AR_LETTER}[ \\t]?[)\\-\u2013]`,
    `\\(${AR_LETTER}\\)`,
  ].join('|') + ')[ \\t]+';

// optional line end (the last line may lack it) + the blank lines after it
const lineEnd = ($) => seq(optional($._eol), repeat($._blank_line));

// author marker and the author's name
const author = ($) => seq($.author_marker, optional(alias($._text, $.author)));

module.exports = grammar({
  name: 'arabic_news',

  extras: () => [],

  conflicts: ($) => [
    // separator: ordinary block, or the start of the footer (decided by GLR)
    [$.section],
    [$._block, $.footer],
  ],

  rules: {
    document: ($) => seq(
      optional($._bom),
      repeat($._blank_line),
      optional(seq($.headline, optional(alias($._placed_byline, $.byline)))),
      repeat($._block),
      repeat($.section),
      optional($.footer),
    ),

    /* ---------- front matter ---------- */

    // The first non-empty line, unless it is a list item, table, quote,
    // separator or a date/author line.
    headline: ($) => prec.right(1, seq(
      choice(
        seq(alias($._atx_marker, $.heading_marker), optional(alias($._text, $.heading_text))),
        alias($._bold_line, $.heading_text),
        alias($._text, $.heading_text),
      ),
      lineEnd($),
    )),

    // dates / author lines anywhere:  04.09.2025بقلم: ميلوش ستيفانوفيتش
    byline: ($) => prec.right(seq(
      choice(
        seq($.date, optional(choice(author($), alias($._text, $.text)))),
        author($),
      ),
      lineEnd($),
    )),

    // only directly after the headline: الرياض - 4 سبتمبر 2025 (واس) - ...
    _placed_byline: ($) => prec.right(seq(
      $.place,
      optional($.date),
      optional(choice(author($), alias($._text, $.text))),
      lineEnd($),
    )),

    date: () => token(prec(PREC.MARKER, DATE)),
    author_marker: () => token(prec(PREC.MARKER, AUTHOR_MARKER)),
    place: () => token(prec(PREC.PLACE, PLACE)),

    /* ---------- sections ---------- */

    section: ($) => seq($.heading, repeat($._block)),

    // Markdown ATX heading or a line that is bold only.  Plain short lines
    // are paragraphs; the C++ core decides whether they act as headings.
    heading: ($) => prec.right(seq(
      choice(
        seq(alias($._atx_marker, $.heading_marker), optional(alias($._text, $.heading_text))),
        alias($._bold_line, $.heading_text),
      ),
      lineEnd($),
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
      $._item_rest,
      optional(alias($._nested_list, $.list)),
    )),

    _nested_list: ($) => prec.right(repeat1(alias($._nested_item, $.list_item))),

    _nested_item: ($) => seq(alias($._nested_list_marker, $.list_marker), $._item_rest),

    _item_rest: ($) => seq(
      choice(seq(alias($._text, $.item_text), optional($._eol)), $._eol),
      repeat($._blank_line),
    ),

    table: ($) => prec.right(seq(
      repeat1(choice($.table_row, $.table_rule)),
      repeat($._blank_line),
    )),

    table_row: ($) => seq(
      alias($._row_start, '|'),
      repeat(choice($.table_cell, '|', $._cell_space)),
      optional($._eol),
    ),

    table_rule: ($) => seq($._table_rule, optional($._eol)),

    block_quote: ($) => prec.right(seq(
      repeat1(seq(
        $.quote_marker,
        optional(alias($._text, $.line)),
        optional($._eol),
      )),
      repeat($._blank_line),
    )),

    separator: ($) => seq($._separator, lineEnd($)),

    // Text after the last separator.  GLR: the footer reading dies at the
    // next separator; at the end of input the footer reading wins.
    footer: ($) => prec.dynamic(10, seq(
      $.separator,
      repeat1(choice(
        $.paragraph, $.list, $.table, $.block_quote, $.byline, $.heading,
      )),
    )),

    /* ---------- tokens ---------- */

    _bom: () => token(prec(PREC.MARKER + 5, '\uFEFF')),

    _eol: () => token(prec(PREC.EOL, /\r\n?|\n/)),

    // a whitespace-only line (or trailing whitespace at the end of input)
    _blank_line: () => token(/[ \t]*(\r\n?|\n)|[ \t]+/),

    // One line of text.  The escape branches carry the marker precedence so
    // that they survive after a marker token has matched a prefix, and then
    // win by length: `---foo`, `***bold***`, `**a** b`.
    _text: () => token(choice(
      /[ \t]*[^ \t\r\n][^\r\n]*/,
      prec(PREC.MARKER, new RegExp(`[ \\t]*(${RULE_CHAR}[ \\t]*){3,}${NOT_RULE_CHAR}[^\\r\\n]*`)),
      prec(PREC.MARKER, /[ \t]{0,3}\*\*[^*\r\n]+\*\*[ \t]*[^ \t\r\n][^\r\n]*/),
    )),

    _atx_marker: () => token(prec(PREC.MARKER, /[ \t]{0,3}#{1,6}[ \t]+/)),

    _bold_line: () => token(prec(PREC.MARKER, /[ \t]{0,3}\*\*[^*\r\n]+\*\*[ \t]*/)),

    // top level: 0-1 spaces of indentation; nested: 2+ spaces or a tab
    _list_marker: () => token(prec(PREC.MARKER, new RegExp(' ?' + LIST_MARKER_BODY))),
    _nested_list_marker: () => token(prec(PREC.MARKER, new RegExp('( {2,}|\\t)[ \\t]*' + LIST_MARKER_BODY))),

    _separator: () => token(prec(PREC.MARKER, new RegExp(`[ \\t]{0,3}(${RULE_CHAR}[ \\t]*){3,}`))),

    quote_marker: () => token(prec(PREC.MARKER, /[ \t]{0,3}>[ \t]*/)),

    _row_start: () => token(prec(PREC.MARKER, /[ \t]{0,3}\|/)),
    _table_rule: () => token(prec(PREC.MARKER,
      /[ \t]{0,3}\|[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*/)),
    table_cell: () => /([^|\\ \t\r\n]|\\[^\r\n])(([^|\\\r\n]|\\[^\r\n])*([^|\\ \t\r\n]|\\[^\r\n]))?/,
    _cell_space: () => /[ \t]+/,
  },
});
