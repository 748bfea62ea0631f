; Block-level highlights for Arabic/English news articles.
; Inline content (names, numbers, links) is left to the C++ core.

(headline (heading_text) @markup.heading.1)
(headline (heading_marker) @punctuation.special)

(heading (heading_marker) @punctuation.special)
(heading (heading_text) @markup.heading)

(byline (date) @string.special)
(byline (place) @label)
(byline (author_marker) @keyword)
(byline (author) @markup.strong)
(byline (text) @markup.italic)

(list_marker) @markup.list
(item_text) @markup.list

(table_cell) @markup.raw
(table_rule) @punctuation.special
(table_row "|" @punctuation.delimiter)
(table_rule "|" @punctuation.delimiter)

(quote_marker) @punctuation.special
(block_quote (line) @markup.quote)

(separator) @punctuation.special
; The footer (blocks after the last separator) is decided by the C++ core,
; which can add @comment highlights for it; the grammar has no footer node.
