#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#ifdef _MSC_VER
#pragma optimize("", off)
#elif defined(__clang__)
#pragma clang optimize off
#elif defined(__GNUC__)
#pragma GCC optimize ("O0")
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 214
#define LARGE_STATE_COUNT 23
#define SYMBOL_COUNT 48
#define ALIAS_COUNT 3
#define TOKEN_COUNT 19
#define EXTERNAL_TOKEN_COUNT 0
#define FIELD_COUNT 0
#define MAX_ALIAS_SEQUENCE_LENGTH 7
#define PRODUCTION_ID_COUNT 8

enum ts_symbol_identifiers {
  sym_date = 1,
  sym_author_marker = 2,
  sym_place = 3,
  anon_sym_PIPE = 4,
  sym__bom = 5,
  sym__eol = 6,
  sym__blank_line = 7,
  sym__text = 8,
  sym__atx_marker = 9,
  sym__bold_line = 10,
  sym__list_marker = 11,
  sym__nested_list_marker = 12,
  sym__separator = 13,
  sym_quote_marker = 14,
  sym__row_start = 15,
  sym__table_rule = 16,
  sym_table_cell = 17,
  sym__cell_space = 18,
  sym_document = 19,
  sym_headline = 20,
  sym_byline = 21,
  sym__placed_byline = 22,
  sym_section = 23,
  sym_heading = 24,
  sym__block = 25,
  sym_paragraph = 26,
  sym_list = 27,
  sym_list_item = 28,
  sym__nested_list = 29,
  sym__nested_item = 30,
  sym__item_rest = 31,
  sym_table = 32,
  sym_table_row = 33,
  sym_table_rule = 34,
  sym_block_quote = 35,
  sym_separator = 36,
  sym_footer = 37,
  aux_sym_document_repeat1 = 38,
  aux_sym_document_repeat2 = 39,
  aux_sym_document_repeat3 = 40,
  aux_sym_paragraph_repeat1 = 41,
  aux_sym_list_repeat1 = 42,
  aux_sym_list_repeat2 = 43,
  aux_sym_table_repeat1 = 44,
  aux_sym_table_row_repeat1 = 45,
  aux_sym_block_quote_repeat1 = 46,
  aux_sym_footer_repeat1 = 47,
  alias_sym_item_text = 48,
  alias_sym_line = 49,
  alias_sym_text = 50,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym_date] = "date",
  [sym_author_marker] = "author_marker",
  [sym_place] = "place",
  [anon_sym_PIPE] = "|",
  [sym__bom] = "_bom",
  [sym__eol] = "_eol",
  [sym__blank_line] = "_blank_line",
  [sym__text] = "author",
  [sym__atx_marker] = "heading_marker",
  [sym__bold_line] = "heading_text",
  [sym__list_marker] = "list_marker",
  [sym__nested_list_marker] = "list_marker",
  [sym__separator] = "_separator",
  [sym_quote_marker] = "quote_marker",
  [sym__row_start] = "|",
  [sym__table_rule] = "_table_rule",
  [sym_table_cell] = "table_cell",
  [sym__cell_space] = "_cell_space",
  [sym_document] = "document",
  [sym_headline] = "headline",
  [sym_byline] = "byline",
  [sym__placed_byline] = "byline",
  [sym_section] = "section",
  [sym_heading] = "heading",
  [sym__block] = "_block",
  [sym_paragraph] = "paragraph",
  [sym_list] = "list",
  [sym_list_item] = "list_item",
  [sym__nested_list] = "list",
  [sym__nested_item] = "list_item",
  [sym__item_rest] = "_item_rest",
  [sym_table] = "table",
  [sym_table_row] = "table_row",
  [sym_table_rule] = "table_rule",
  [sym_block_quote] = "block_quote",
  [sym_separator] = "separator",
  [sym_footer] = "footer",
  [aux_sym_document_repeat1] = "document_repeat1",
  [aux_sym_document_repeat2] = "document_repeat2",
  [aux_sym_document_repeat3] = "document_repeat3",
  [aux_sym_paragraph_repeat1] = "paragraph_repeat1",
  [aux_sym_list_repeat1] = "list_repeat1",
  [aux_sym_list_repeat2] = "list_repeat2",
  [aux_sym_table_repeat1] = "table_repeat1",
  [aux_sym_table_row_repeat1] = "table_row_repeat1",
  [aux_sym_block_quote_repeat1] = "block_quote_repeat1",
  [aux_sym_footer_repeat1] = "footer_repeat1",
  [alias_sym_item_text] = "item_text",
  [alias_sym_line] = "line",
  [alias_sym_text] = "text",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [sym_date] = sym_date,
  [sym_author_marker] = sym_author_marker,
  [sym_place] = sym_place,
  [anon_sym_PIPE] = anon_sym_PIPE,
  [sym__bom] = sym__bom,
  [sym__eol] = sym__eol,
  [sym__blank_line] = sym__blank_line,
  [sym__text] = sym__text,
  [sym__atx_marker] = sym__atx_marker,
  [sym__bold_line] = sym__bold_line,
  [sym__list_marker] = sym__list_marker,
  [sym__nested_list_marker] = sym__list_marker,
  [sym__separator] = sym__separator,
  [sym_quote_marker] = sym_quote_marker,
  [sym__row_start] = anon_sym_PIPE,
  [sym__table_rule] = sym__table_rule,
  [sym_table_cell] = sym_table_cell,
  [sym__cell_space] = sym__cell_space,
  [sym_document] = sym_document,
  [sym_headline] = sym_headline,
  [sym_byline] = sym_byline,
  [sym__placed_byline] = sym_byline,
  [sym_section] = sym_section,
  [sym_heading] = sym_heading,
  [sym__block] = sym__block,
  [sym_paragraph] = sym_paragraph,
  [sym_list] = sym_list,
  [sym_list_item] = sym_list_item,
  [sym__nested_list] = sym_list,
  [sym__nested_item] = sym_list_item,
  [sym__item_rest] = sym__item_rest,
  [sym_table] = sym_table,
  [sym_table_row] = sym_table_row,
  [sym_table_rule] = sym_table_rule,
  [sym_block_quote] = sym_block_quote,
  [sym_separator] = sym_separator,
  [sym_footer] = sym_footer,
  [aux_sym_document_repeat1] = aux_sym_document_repeat1,
  [aux_sym_document_repeat2] = aux_sym_document_repeat2,
  [aux_sym_document_repeat3] = aux_sym_document_repeat3,
  [aux_sym_paragraph_repeat1] = aux_sym_paragraph_repeat1,
  [aux_sym_list_repeat1] = aux_sym_list_repeat1,
  [aux_sym_list_repeat2] = aux_sym_list_repeat2,
  [aux_sym_table_repeat1] = aux_sym_table_repeat1,
  [aux_sym_table_row_repeat1] = aux_sym_table_row_repeat1,
  [aux_sym_block_quote_repeat1] = aux_sym_block_quote_repeat1,
  [aux_sym_footer_repeat1] = aux_sym_footer_repeat1,
  [alias_sym_item_text] = alias_sym_item_text,
  [alias_sym_line] = alias_sym_line,
  [alias_sym_text] = alias_sym_text,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [sym_date] = {
    .visible = true,
    .named = true,
  },
  [sym_author_marker] = {
    .visible = true,
    .named = true,
  },
  [sym_place] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_PIPE] = {
    .visible = true,
    .named = false,
  },
  [sym__bom] = {
    .visible = false,
    .named = true,
  },
  [sym__eol] = {
    .visible = false,
    .named = true,
  },
  [sym__blank_line] = {
    .visible = false,
    .named = true,
  },
  [sym__text] = {
    .visible = true,
    .named = true,
  },
  [sym__atx_marker] = {
    .visible = true,
    .named = true,
  },
  [sym__bold_line] = {
    .visible = true,
    .named = true,
  },
  [sym__list_marker] = {
    .visible = true,
    .named = true,
  },
  [sym__nested_list_marker] = {
    .visible = true,
    .named = true,
  },
  [sym__separator] = {
    .visible = false,
    .named = true,
  },
  [sym_quote_marker] = {
    .visible = true,
    .named = true,
  },
  [sym__row_start] = {
    .visible = true,
    .named = false,
  },
  [sym__table_rule] = {
    .visible = false,
    .named = true,
  },
  [sym_table_cell] = {
    .visible = true,
    .named = true,
  },
  [sym__cell_space] = {
    .visible = false,
    .named = true,
  },
  [sym_document] = {
    .visible = true,
    .named = true,
  },
  [sym_headline] = {
    .visible = true,
    .named = true,
  },
  [sym_byline] = {
    .visible = true,
    .named = true,
  },
  [sym__placed_byline] = {
    .visible = true,
    .named = true,
  },
  [sym_section] = {
    .visible = true,
    .named = true,
  },
  [sym_heading] = {
    .visible = true,
    .named = true,
  },
  [sym__block] = {
    .visible = false,
    .named = true,
  },
  [sym_paragraph] = {
    .visible = true,
    .named = true,
  },
  [sym_list] = {
    .visible = true,
    .named = true,
  },
  [sym_list_item] = {
    .visible = true,
    .named = true,
  },
  [sym__nested_list] = {
    .visible = true,
    .named = true,
  },
  [sym__nested_item] = {
    .visible = true,
    .named = true,
  },
  [sym__item_rest] = {
    .visible = false,
    .named = true,
  },
  [sym_table] = {
    .visible = true,
    .named = true,
  },
  [sym_table_row] = {
    .visible = true,
    .named = true,
  },
  [sym_table_rule] = {
    .visible = true,
    .named = true,
  },
  [sym_block_quote] = {
    .visible = true,
    .named = true,
  },
  [sym_separator] = {
    .visible = true,
    .named = true,
  },
  [sym_footer] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_document_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_document_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_document_repeat3] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_paragraph_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_list_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_list_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_table_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_table_row_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_block_quote_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_footer_repeat1] = {
    .visible = false,
    .named = false,
  },
  [alias_sym_item_text] = {
    .visible = true,
    .named = true,
  },
  [alias_sym_line] = {
    .visible = true,
    .named = true,
  },
  [alias_sym_text] = {
    .visible = true,
    .named = true,
  },
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [1] = {
    [0] = sym__bold_line,
  },
  [2] = {
    [0] = alias_sym_line,
  },
  [3] = {
    [1] = alias_sym_text,
  },
  [4] = {
    [1] = sym__bold_line,
  },
  [5] = {
    [0] = alias_sym_item_text,
  },
  [6] = {
    [1] = alias_sym_line,
  },
  [7] = {
    [2] = alias_sym_text,
  },
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 14,
  [15] = 15,
  [16] = 16,
  [17] = 17,
  [18] = 18,
  [19] = 19,
  [20] = 20,
  [21] = 21,
  [22] = 22,
  [23] = 23,
  [24] = 24,
  [25] = 25,
  [26] = 26,
  [27] = 24,
  [28] = 25,
  [29] = 23,
  [30] = 30,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 26,
  [35] = 35,
  [36] = 36,
  [37] = 37,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
  [43] = 43,
  [44] = 44,
  [45] = 45,
  [46] = 46,
  [47] = 47,
  [48] = 48,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 55,
  [56] = 56,
  [57] = 57,
  [58] = 58,
  [59] = 59,
  [60] = 60,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 32,
  [69] = 69,
  [70] = 70,
  [71] = 71,
  [72] = 72,
  [73] = 73,
  [74] = 74,
  [75] = 75,
  [76] = 76,
  [77] = 77,
  [78] = 78,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 82,
  [83] = 83,
  [84] = 84,
  [85] = 85,
  [86] = 86,
  [87] = 87,
  [88] = 88,
  [89] = 89,
  [90] = 67,
  [91] = 91,
  [92] = 92,
  [93] = 93,
  [94] = 94,
  [95] = 95,
  [96] = 96,
  [97] = 97,
  [98] = 98,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 102,
  [103] = 103,
  [104] = 104,
  [105] = 105,
  [106] = 106,
  [107] = 107,
  [108] = 108,
  [109] = 109,
  [110] = 110,
  [111] = 111,
  [112] = 112,
  [113] = 113,
  [114] = 114,
  [115] = 115,
  [116] = 116,
  [117] = 117,
  [118] = 118,
  [119] = 119,
  [120] = 120,
  [121] = 49,
  [122] = 69,
  [123] = 123,
  [124] = 47,
  [125] = 55,
  [126] = 59,
  [127] = 60,
  [128] = 65,
  [129] = 41,
  [130] = 42,
  [131] = 44,
  [132] = 45,
  [133] = 133,
  [134] = 48,
  [135] = 135,
  [136] = 35,
  [137] = 137,
  [138] = 111,
  [139] = 139,
  [140] = 140,
  [141] = 46,
  [142] = 96,
  [143] = 143,
  [144] = 123,
  [145] = 145,
  [146] = 76,
  [147] = 137,
  [148] = 92,
  [149] = 97,
  [150] = 78,
  [151] = 71,
  [152] = 79,
  [153] = 100,
  [154] = 102,
  [155] = 109,
  [156] = 156,
  [157] = 157,
  [158] = 135,
  [159] = 77,
  [160] = 72,
  [161] = 73,
  [162] = 74,
  [163] = 75,
  [164] = 80,
  [165] = 81,
  [166] = 82,
  [167] = 83,
  [168] = 89,
  [169] = 91,
  [170] = 93,
  [171] = 94,
  [172] = 95,
  [173] = 98,
  [174] = 105,
  [175] = 106,
  [176] = 107,
  [177] = 108,
  [178] = 116,
  [179] = 67,
  [180] = 133,
  [181] = 181,
  [182] = 139,
  [183] = 85,
  [184] = 87,
  [185] = 157,
  [186] = 140,
  [187] = 156,
  [188] = 84,
  [189] = 143,
  [190] = 145,
  [191] = 191,
  [192] = 67,
  [193] = 191,
  [194] = 181,
  [195] = 195,
  [196] = 196,
  [197] = 197,
  [198] = 198,
  [199] = 199,
  [200] = 200,
  [201] = 201,
  [202] = 202,
  [203] = 203,
  [204] = 203,
  [205] = 202,
  [206] = 206,
  [207] = 207,
  [208] = 208,
  [209] = 209,
  [210] = 210,
  [211] = 211,
  [212] = 212,
  [213] = 213,
};

static TSCharacterRange sym_place_character_set_3[] = {
  {'A', 'Z'}, {'a', 'z'}, {0xaa, 0xaa}, {0xb5, 0xb5}, {0xba, 0xba}, {0xc0, 0xd6}, {0xd8, 0xf6}, {0xf8, 0x2c1},
  {0x2c6, 0x2d1}, {0x2e0, 0x2e4}, {0x2ec, 0x2ec}, {0x2ee, 0x2ee}, {0x300, 0x374}, {0x376, 0x377}, {0x37a, 0x37d}, {0x37f, 0x37f},
  {0x386, 0x386}, {0x388, 0x38a}, {0x38c, 0x38c}, {0x38e, 0x3a1}, {0x3a3, 0x3f5}, {0x3f7, 0x481}, {0x483, 0x52f}, {0x531, 0x556},
  {0x559, 0x559}, {0x560, 0x588}, {0x591, 0x5bd}, {0x5bf, 0x5bf}, {0x5c1, 0x5c2}, {0x5c4, 0x5c5}, {0x5c7, 0x5c7}, {0x5d0, 0x5ea},
  {0x5ef, 0x5f2}, {0x610, 0x61a}, {0x620, 0x65f}, {0x66e, 0x6d3}, {0x6d5, 0x6dc}, {0x6df, 0x6e8}, {0x6ea, 0x6ef}, {0x6fa, 0x6fc},
  {0x6ff, 0x6ff}, {0x710, 0x74a}, {0x74d, 0x7b1}, {0x7ca, 0x7f5}, {0x7fa, 0x7fa}, {0x7fd, 0x7fd}, {0x800, 0x82d}, {0x840, 0x85b},
  {0x860, 0x86a}, {0x870, 0x887}, {0x889, 0x88e}, {0x898, 0x8e1}, {0x8e3, 0x963}, {0x971, 0x983}, {0x985, 0x98c}, {0x98f, 0x990},
  {0x993, 0x9a8}, {0x9aa, 0x9b0}, {0x9b2, 0x9b2}, {0x9b6, 0x9b9}, {0x9bc, 0x9c4}, {0x9c7, 0x9c8}, {0x9cb, 0x9ce}, {0x9d7, 0x9d7},
  {0x9dc, 0x9dd}, {0x9df, 0x9e3}, {0x9f0, 0x9f1}, {0x9fc, 0x9fc}, {0x9fe, 0x9fe}, {0xa01, 0xa03}, {0xa05, 0xa0a}, {0xa0f, 0xa10},
  {0xa13, 0xa28}, {0xa2a, 0xa30}, {0xa32, 0xa33}, {0xa35, 0xa36}, {0xa38, 0xa39}, {0xa3c, 0xa3c}, {0xa3e, 0xa42}, {0xa47, 0xa48},
  {0xa4b, 0xa4d}, {0xa51, 0xa51}, {0xa59, 0xa5c}, {0xa5e, 0xa5e}, {0xa70, 0xa75}, {0xa81, 0xa83}, {0xa85, 0xa8d}, {0xa8f, 0xa91},
  {0xa93, 0xaa8}, {0xaaa, 0xab0}, {0xab2, 0xab3}, {0xab5, 0xab9}, {0xabc, 0xac5}, {0xac7, 0xac9}, {0xacb, 0xacd}, {0xad0, 0xad0},
  {0xae0, 0xae3}, {0xaf9, 0xaff}, {0xb01, 0xb03}, {0xb05, 0xb0c}, {0xb0f, 0xb10}, {0xb13, 0xb28}, {0xb2a, 0xb30}, {0xb32, 0xb33},
  {0xb35, 0xb39}, {0xb3c, 0xb44}, {0xb47, 0xb48}, {0xb4b, 0xb4d}, {0xb55, 0xb57}, {0xb5c, 0xb5d}, {0xb5f, 0xb63}, {0xb71, 0xb71},
  {0xb82, 0xb83}, {0xb85, 0xb8a}, {0xb8e, 0xb90}, {0xb92, 0xb95}, {0xb99, 0xb9a}, {0xb9c, 0xb9c}, {0xb9e, 0xb9f}, {0xba3, 0xba4},
  {0xba8, 0xbaa}, {0xbae, 0xbb9}, {0xbbe, 0xbc2}, {0xbc6, 0xbc8}, {0xbca, 0xbcd}, {0xbd0, 0xbd0}, {0xbd7, 0xbd7}, {0xc00, 0xc0c},
  {0xc0e, 0xc10}, {0xc12, 0xc28}, {0xc2a, 0xc39}, {0xc3c, 0xc44}, {0xc46, 0xc48}, {0xc4a, 0xc4d}, {0xc55, 0xc56}, {0xc58, 0xc5a},
  {0xc5d, 0xc5d}, {0xc60, 0xc63}, {0xc80, 0xc83}, {0xc85, 0xc8c}, {0xc8e, 0xc90}, {0xc92, 0xca8}, {0xcaa, 0xcb3}, {0xcb5, 0xcb9},
  {0xcbc, 0xcc4}, {0xcc6, 0xcc8}, {0xcca, 0xccd}, {0xcd5, 0xcd6}, {0xcdd, 0xcde}, {0xce0, 0xce3}, {0xcf1, 0xcf2}, {0xd00, 0xd0c},
  {0xd0e, 0xd10}, {0xd12, 0xd44}, {0xd46, 0xd48}, {0xd4a, 0xd4e}, {0xd54, 0xd57}, {0xd5f, 0xd63}, {0xd7a, 0xd7f}, {0xd81, 0xd83},
  {0xd85, 0xd96}, {0xd9a, 0xdb1}, {0xdb3, 0xdbb}, {0xdbd, 0xdbd}, {0xdc0, 0xdc6}, {0xdca, 0xdca}, {0xdcf, 0xdd4}, {0xdd6, 0xdd6},
  {0xdd8, 0xddf}, {0xdf2, 0xdf3}, {0xe01, 0xe3a}, {0xe40, 0xe4e}, {0xe81, 0xe82}, {0xe84, 0xe84}, {0xe86, 0xe8a}, {0xe8c, 0xea3},
  {0xea5, 0xea5}, {0xea7, 0xebd}, {0xec0, 0xec4}, {0xec6, 0xec6}, {0xec8, 0xecd}, {0xedc, 0xedf}, {0xf00, 0xf00}, {0xf18, 0xf19},
  {0xf35, 0xf35}, {0xf37, 0xf37}, {0xf39, 0xf39}, {0xf3e, 0xf47}, {0xf49, 0xf6c}, {0xf71, 0xf84}, {0xf86, 0xf97}, {0xf99, 0xfbc},
  {0xfc6, 0xfc6}, {0x1000, 0x103f}, {0x1050, 0x108f}, {0x109a, 0x109d}, {0x10a0, 0x10c5}, {0x10c7, 0x10c7}, {0x10cd, 0x10cd}, {0x10d0, 0x10fa},
  {0x10fc, 0x1248}, {0x124a, 0x124d}, {0x1250, 0x1256}, {0x1258, 0x1258}, {0x125a, 0x125d}, {0x1260, 0x1288}, {0x128a, 0x128d}, {0x1290, 0x12b0},
  {0x12b2, 0x12b5}, {0x12b8, 0x12be}, {0x12c0, 0x12c0}, {0x12c2, 0x12c5}, {0x12c8, 0x12d6}, {0x12d8, 0x1310}, {0x1312, 0x1315}, {0x1318, 0x135a},
  {0x135d, 0x135f}, {0x1380, 0x138f}, {0x13a0, 0x13f5}, {0x13f8, 0x13fd}, {0x1401, 0x166c}, {0x166f, 0x167f}, {0x1681, 0x169a}, {0x16a0, 0x16ea},
  {0x16f1, 0x16f8}, {0x1700, 0x1715}, {0x171f, 0x1734}, {0x1740, 0x1753}, {0x1760, 0x176c}, {0x176e, 0x1770}, {0x1772, 0x1773}, {0x1780, 0x17d3},
  {0x17d7, 0x17d7}, {0x17dc, 0x17dd}, {0x180b, 0x180d}, {0x180f, 0x180f}, {0x1820, 0x1878}, {0x1880, 0x18aa}, {0x18b0, 0x18f5}, {0x1900, 0x191e},
  {0x1920, 0x192b}, {0x1930, 0x193b}, {0x1950, 0x196d}, {0x1970, 0x1974}, {0x1980, 0x19ab}, {0x19b0, 0x19c9}, {0x1a00, 0x1a1b}, {0x1a20, 0x1a5e},
  {0x1a60, 0x1a7c}, {0x1a7f, 0x1a7f}, {0x1aa7, 0x1aa7}, {0x1ab0, 0x1ace}, {0x1b00, 0x1b4c}, {0x1b6b, 0x1b73}, {0x1b80, 0x1baf}, {0x1bba, 0x1bf3},
  {0x1c00, 0x1c37}, {0x1c4d, 0x1c4f}, {0x1c5a, 0x1c7d}, {0x1c80, 0x1c88}, {0x1c90, 0x1cba}, {0x1cbd, 0x1cbf}, {0x1cd0, 0x1cd2}, {0x1cd4, 0x1cfa},
  {0x1d00, 0x1f15}, {0x1f18, 0x1f1d}, {0x1f20, 0x1f45}, {0x1f48, 0x1f4d}, {0x1f50, 0x1f57}, {0x1f59, 0x1f59}, {0x1f5b, 0x1f5b}, {0x1f5d, 0x1f5d},
  {0x1f5f, 0x1f7d}, {0x1f80, 0x1fb4}, {0x1fb6, 0x1fbc}, {0x1fbe, 0x1fbe}, {0x1fc2, 0x1fc4}, {0x1fc6, 0x1fcc}, {0x1fd0, 0x1fd3}, {0x1fd6, 0x1fdb},
  {0x1fe0, 0x1fec}, {0x1ff2, 0x1ff4}, {0x1ff6, 0x1ffc}, {0x2071, 0x2071}, {0x207f, 0x207f}, {0x2090, 0x209c}, {0x20d0, 0x20f0}, {0x2102, 0x2102},
  {0x2107, 0x2107}, {0x210a, 0x2113}, {0x2115, 0x2115}, {0x2119, 0x211d}, {0x2124, 0x2124}, {0x2126, 0x2126}, {0x2128, 0x2128}, {0x212a, 0x212d},
  {0x212f, 0x2139}, {0x213c, 0x213f}, {0x2145, 0x2149}, {0x214e, 0x214e}, {0x2183, 0x2184}, {0x2c00, 0x2ce4}, {0x2ceb, 0x2cf3}, {0x2d00, 0x2d25},
  {0x2d27, 0x2d27}, {0x2d2d, 0x2d2d}, {0x2d30, 0x2d67}, {0x2d6f, 0x2d6f}, {0x2d7f, 0x2d96}, {0x2da0, 0x2da6}, {0x2da8, 0x2dae}, {0x2db0, 0x2db6},
  {0x2db8, 0x2dbe}, {0x2dc0, 0x2dc6}, {0x2dc8, 0x2dce}, {0x2dd0, 0x2dd6}, {0x2dd8, 0x2dde}, {0x2de0, 0x2dff}, {0x2e2f, 0x2e2f}, {0x3005, 0x3006},
  {0x302a, 0x302f}, {0x3031, 0x3035}, {0x303b, 0x303c}, {0x3041, 0x3096}, {0x3099, 0x309a}, {0x309d, 0x309f}, {0x30a1, 0x30fa}, {0x30fc, 0x30ff},
  {0x3105, 0x312f}, {0x3131, 0x318e}, {0x31a0, 0x31bf}, {0x31f0, 0x31ff}, {0x3400, 0x3400}, {0x4dbf, 0x4dbf}, {0x4e00, 0x4e00}, {0x9fff, 0xa48c},
  {0xa4d0, 0xa4fd}, {0xa500, 0xa60c}, {0xa610, 0xa61f}, {0xa62a, 0xa62b}, {0xa640, 0xa672}, {0xa674, 0xa67d}, {0xa67f, 0xa6e5}, {0xa6f0, 0xa6f1},
  {0xa717, 0xa71f}, {0xa722, 0xa788}, {0xa78b, 0xa7ca}, {0xa7d0, 0xa7d1}, {0xa7d3, 0xa7d3}, {0xa7d5, 0xa7d9}, {0xa7f2, 0xa827}, {0xa82c, 0xa82c},
  {0xa840, 0xa873}, {0xa880, 0xa8c5}, {0xa8e0, 0xa8f7}, {0xa8fb, 0xa8fb}, {0xa8fd, 0xa8ff}, {0xa90a, 0xa92d}, {0xa930, 0xa953}, {0xa960, 0xa97c},
  {0xa980, 0xa9c0}, {0xa9cf, 0xa9cf}, {0xa9e0, 0xa9ef}, {0xa9fa, 0xa9fe}, {0xaa00, 0xaa36}, {0xaa40, 0xaa4d}, {0xaa60, 0xaa76}, {0xaa7a, 0xaac2},
  {0xaadb, 0xaadd}, {0xaae0, 0xaaef}, {0xaaf2, 0xaaf6}, {0xab01, 0xab06}, {0xab09, 0xab0e}, {0xab11, 0xab16}, {0xab20, 0xab26}, {0xab28, 0xab2e},
  {0xab30, 0xab5a}, {0xab5c, 0xab69}, {0xab70, 0xabea}, {0xabec, 0xabed}, {0xac00, 0xac00}, {0xd7a3, 0xd7a3}, {0xd7b0, 0xd7c6}, {0xd7cb, 0xd7fb},
  {0xf900, 0xfa6d}, {0xfa70, 0xfad9}, {0xfb00, 0xfb06}, {0xfb13, 0xfb17}, {0xfb1d, 0xfb28}, {0xfb2a, 0xfb36}, {0xfb38, 0xfb3c}, {0xfb3e, 0xfb3e},
  {0xfb40, 0xfb41}, {0xfb43, 0xfb44}, {0xfb46, 0xfbb1}, {0xfbd3, 0xfd3d}, {0xfd50, 0xfd8f}, {0xfd92, 0xfdc7}, {0xfdf0, 0xfdfb}, {0xfe00, 0xfe0f},
  {0xfe20, 0xfe2f}, {0xfe70, 0xfe74}, {0xfe76, 0xfefc}, {0xff21, 0xff3a}, {0xff41, 0xff5a}, {0xff66, 0xffbe}, {0xffc2, 0xffc7}, {0xffca, 0xffcf},
  {0xffd2, 0xffd7}, {0xffda, 0xffdc}, {0x10000, 0x1000b}, {0x1000d, 0x10026}, {0x10028, 0x1003a}, {0x1003c, 0x1003d}, {0x1003f, 0x1004d}, {0x10050, 0x1005d},
  {0x10080, 0x100fa}, {0x101fd, 0x101fd}, {0x10280, 0x1029c}, {0x102a0, 0x102d0}, {0x102e0, 0x102e0}, {0x10300, 0x1031f}, {0x1032d, 0x10340}, {0x10342, 0x10349},
  {0x10350, 0x1037a}, {0x10380, 0x1039d}, {0x103a0, 0x103c3}, {0x103c8, 0x103cf}, {0x10400, 0x1049d}, {0x104b0, 0x104d3}, {0x104d8, 0x104fb}, {0x10500, 0x10527},
  {0x10530, 0x10563}, {0x10570, 0x1057a}, {0x1057c, 0x1058a}, {0x1058c, 0x10592}, {0x10594, 0x10595}, {0x10597, 0x105a1}, {0x105a3, 0x105b1}, {0x105b3, 0x105b9},
  {0x105bb, 0x105bc}, {0x10600, 0x10736}, {0x10740, 0x10755}, {0x10760, 0x10767}, {0x10780, 0x10785}, {0x10787, 0x107b0}, {0x107b2, 0x107ba}, {0x10800, 0x10805},
  {0x10808, 0x10808}, {0x1080a, 0x10835}, {0x10837, 0x10838}, {0x1083c, 0x1083c}, {0x1083f, 0x10855}, {0x10860, 0x10876}, {0x10880, 0x1089e}, {0x108e0, 0x108f2},
  {0x108f4, 0x108f5}, {0x10900, 0x10915}, {0x10920, 0x1092b},
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(32);
      ADVANCE_MAP(
        '\t', 53,
        '\n', 44,
        '\r', 45,
        ' ', 47,
        '#', 76,
        '(', 865,
        '*', 353,
        '>', 1426,
        'A', 517,
        'B', 854,
        'D', 459,
        'F', 452,
        'J', 415,
        'M', 416,
        'N', 510,
        'O', 439,
        'R', 454,
        'S', 419,
        'T', 482,
        'W', 455,
        '\\', 1392,
        '|', 1427,
        0x625, 743,
        0x627, 742,
        0x628, 757,
        0x62a, 686,
        0x62d, 800,
        0x643, 667,
        0x645, 673,
        0x2022, 843,
        0xfeff, 43,
        ',', 403,
        0x60c, 403,
        '-', 404,
        0x2013, 404,
        '/', 405,
        0x2014, 405,
        '=', 853,
        '_', 853,
        '~', 853,
        0x640, 853,
        '+', 845,
        0xb7, 845,
        0x25a0, 845,
        0x25aa, 845,
        0x25ba, 845,
        0x25cb, 845,
        0x25cf, 845,
        0x25e6, 845,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(877);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(386);
      if (lookahead != 0) ADVANCE(876);
      END_STATE();
    case 1:
      ADVANCE_MAP(
        '\n', 44,
        '\r', 45,
        '*', 376,
        '\t', 17,
        ' ', 17,
        '-', 1359,
        '/', 1359,
        '=', 1359,
        '_', 1359,
        '~', 1359,
        0x640, 1359,
        0x2013, 1359,
        0x2014, 1359,
        0x2022, 1359,
      );
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 2:
      ADVANCE_MAP(
        '#', 9,
        '*', 10,
        '\t', 4,
        ' ', 4,
        '-', 19,
        '/', 19,
        '=', 19,
        '_', 19,
        '~', 19,
        0x640, 19,
        0x2013, 19,
        0x2014, 19,
        0x2022, 19,
      );
      END_STATE();
    case 3:
      ADVANCE_MAP(
        '#', 9,
        '*', 10,
        '\t', 2,
        ' ', 2,
        '-', 19,
        '/', 19,
        '=', 19,
        '_', 19,
        '~', 19,
        0x640, 19,
        0x2013, 19,
        0x2014, 19,
        0x2022, 19,
      );
      END_STATE();
    case 4:
      ADVANCE_MAP(
        '#', 9,
        '*', 10,
        '-', 19,
        '/', 19,
        '=', 19,
        '_', 19,
        '~', 19,
        0x640, 19,
        0x2013, 19,
        0x2014, 19,
        0x2022, 19,
      );
      END_STATE();
    case 5:
      if (lookahead == '#') ADVANCE(18);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      END_STATE();
    case 6:
      if (lookahead == '#') ADVANCE(5);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      END_STATE();
    case 7:
      if (lookahead == '#') ADVANCE(6);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      END_STATE();
    case 8:
      if (lookahead == '#') ADVANCE(7);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      END_STATE();
    case 9:
      if (lookahead == '#') ADVANCE(8);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      END_STATE();
    case 10:
      ADVANCE_MAP(
        '*', 11,
        '\t', 19,
        ' ', 19,
        '-', 21,
        '/', 21,
        '=', 21,
        '_', 21,
        '~', 21,
        0x640, 21,
        0x2013, 21,
        0x2014, 21,
        0x2022, 21,
      );
      END_STATE();
    case 11:
      ADVANCE_MAP(
        '*', 1425,
        '\t', 12,
        ' ', 12,
        '-', 1419,
        '/', 1419,
        '=', 1419,
        '_', 1419,
        '~', 1419,
        0x640, 1419,
        0x2013, 1419,
        0x2014, 1419,
        0x2022, 1419,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(13);
      END_STATE();
    case 12:
      ADVANCE_MAP(
        '*', 1420,
        '\t', 12,
        ' ', 12,
        '-', 1419,
        '/', 1419,
        '=', 1419,
        '_', 1419,
        '~', 1419,
        0x640, 1419,
        0x2013, 1419,
        0x2014, 1419,
        0x2022, 1419,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(13);
      END_STATE();
    case 13:
      if (lookahead == '*') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(13);
      END_STATE();
    case 14:
      if (lookahead == '*') ADVANCE(1396);
      END_STATE();
    case 15:
      ADVANCE_MAP(
        '*', 376,
        '\t', 20,
        ' ', 20,
        '-', 1359,
        '/', 1359,
        '=', 1359,
        '_', 1359,
        '~', 1359,
        0x640, 1359,
        0x2013, 1359,
        0x2014, 1359,
        0x2022, 1359,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 16:
      ADVANCE_MAP(
        '*', 376,
        '\t', 15,
        ' ', 15,
        '-', 1359,
        '/', 1359,
        '=', 1359,
        '_', 1359,
        '~', 1359,
        0x640, 1359,
        0x2013, 1359,
        0x2014, 1359,
        0x2022, 1359,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 17:
      ADVANCE_MAP(
        '*', 376,
        '\t', 16,
        ' ', 16,
        '-', 1359,
        '/', 1359,
        '=', 1359,
        '_', 1359,
        '~', 1359,
        0x640, 1359,
        0x2013, 1359,
        0x2014, 1359,
        0x2022, 1359,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 18:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      END_STATE();
    case 19:
      ADVANCE_MAP(
        '\t', 19,
        ' ', 19,
        '*', 21,
        '-', 21,
        '/', 21,
        '=', 21,
        '_', 21,
        '~', 21,
        0x640, 21,
        0x2013, 21,
        0x2014, 21,
        0x2022, 21,
      );
      END_STATE();
    case 20:
      ADVANCE_MAP(
        '\t', 20,
        ' ', 20,
        '*', 1359,
        '-', 1359,
        '/', 1359,
        '=', 1359,
        '_', 1359,
        '~', 1359,
        0x640, 1359,
        0x2013, 1359,
        0x2014, 1359,
        0x2022, 1359,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 21:
      ADVANCE_MAP(
        '\t', 21,
        ' ', 21,
        '*', 1425,
        '-', 1425,
        '/', 1425,
        '=', 1425,
        '_', 1425,
        '~', 1425,
        0x640, 1425,
        0x2013, 1425,
        0x2014, 1425,
        0x2022, 1425,
      );
      END_STATE();
    case 22:
      if (eof) ADVANCE(32);
      ADVANCE_MAP(
        '\t', 53,
        '\n', 44,
        '\r', 45,
        ' ', 47,
        '#', 76,
        '(', 865,
        '*', 353,
        '>', 1426,
        'A', 517,
        'B', 854,
        'D', 459,
        'F', 452,
        'J', 415,
        'M', 416,
        'N', 510,
        'O', 439,
        'R', 454,
        'S', 419,
        'T', 482,
        'W', 455,
        '\\', 1392,
        '|', 1427,
        0x625, 743,
        0x627, 742,
        0x628, 757,
        0x62a, 686,
        0x62d, 800,
        0x643, 667,
        0x645, 673,
        0x2022, 843,
        ',', 403,
        0x60c, 403,
        '-', 404,
        0x2013, 404,
        '/', 405,
        0x2014, 405,
        '=', 853,
        '_', 853,
        '~', 853,
        0x640, 853,
        '+', 845,
        0xb7, 845,
        0x25a0, 845,
        0x25aa, 845,
        0x25ba, 845,
        0x25cb, 845,
        0x25cf, 845,
        0x25e6, 845,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(877);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(386);
      if (lookahead != 0) ADVANCE(876);
      END_STATE();
    case 23:
      if (eof) ADVANCE(32);
      ADVANCE_MAP(
        '\t', 53,
        '\n', 44,
        '\r', 45,
        ' ', 47,
        '#', 77,
        '(', 1380,
        '*', 359,
        '>', 1426,
        'A', 998,
        'B', 1363,
        'D', 935,
        'F', 928,
        'J', 891,
        'M', 892,
        'N', 986,
        'O', 915,
        'R', 930,
        'S', 896,
        'T', 958,
        'W', 931,
        '|', 1427,
        0x625, 1225,
        0x627, 1222,
        0x628, 1239,
        0x62a, 1164,
        0x62d, 1283,
        0x643, 1143,
        0x645, 1150,
        0x2022, 1347,
        ',', 408,
        0x60c, 408,
        '-', 411,
        0x2013, 411,
        '/', 410,
        0x2014, 410,
        '=', 1346,
        '_', 1346,
        '~', 1346,
        0x640, 1346,
        '+', 1328,
        0xb7, 1328,
        0x25a0, 1328,
        0x25aa, 1328,
        0x25ba, 1328,
        0x25cb, 1328,
        0x25cf, 1328,
        0x25e6, 1328,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(1348);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(390);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 24:
      if (eof) ADVANCE(32);
      ADVANCE_MAP(
        '\t', 53,
        '\n', 46,
        '\r', 50,
        ' ', 47,
        '#', 77,
        '(', 1380,
        '*', 359,
        '>', 1426,
        'A', 998,
        'B', 1363,
        'D', 935,
        'F', 928,
        'J', 891,
        'M', 892,
        'N', 986,
        'O', 915,
        'R', 930,
        'S', 896,
        'T', 958,
        'W', 931,
        '|', 1427,
        0x625, 1225,
        0x627, 1222,
        0x628, 1239,
        0x62a, 1164,
        0x62d, 1283,
        0x643, 1143,
        0x645, 1150,
        0x2022, 1347,
        0xfeff, 43,
        ',', 408,
        0x60c, 408,
        '-', 411,
        0x2013, 411,
        '/', 410,
        0x2014, 410,
        '=', 1346,
        '_', 1346,
        '~', 1346,
        0x640, 1346,
        '+', 1328,
        0xb7, 1328,
        0x25a0, 1328,
        0x25aa, 1328,
        0x25ba, 1328,
        0x25cb, 1328,
        0x25cf, 1328,
        0x25e6, 1328,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(1348);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(390);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 25:
      if (eof) ADVANCE(32);
      ADVANCE_MAP(
        '\t', 53,
        '\n', 46,
        '\r', 50,
        ' ', 47,
        '#', 77,
        '(', 1380,
        '*', 359,
        '>', 1426,
        'A', 998,
        'B', 1363,
        'D', 935,
        'F', 928,
        'J', 891,
        'M', 892,
        'N', 986,
        'O', 915,
        'R', 930,
        'S', 896,
        'T', 958,
        'W', 931,
        '|', 1427,
        0x625, 1225,
        0x627, 1222,
        0x628, 1239,
        0x62a, 1164,
        0x62d, 1283,
        0x643, 1143,
        0x645, 1150,
        0x2022, 1347,
        ',', 408,
        0x60c, 408,
        '-', 411,
        0x2013, 411,
        '/', 410,
        0x2014, 410,
        '=', 1346,
        '_', 1346,
        '~', 1346,
        0x640, 1346,
        '+', 1328,
        0xb7, 1328,
        0x25a0, 1328,
        0x25aa, 1328,
        0x25ba, 1328,
        0x25cb, 1328,
        0x25cf, 1328,
        0x25e6, 1328,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(1348);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(390);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 26:
      if (eof) ADVANCE(32);
      ADVANCE_MAP(
        '\t', 56,
        '\n', 44,
        '\r', 45,
        ' ', 48,
        '#', 77,
        '(', 1380,
        '*', 359,
        '>', 1426,
        'A', 160,
        'B', 275,
        'D', 124,
        'F', 119,
        'J', 97,
        'M', 98,
        'N', 155,
        'O', 110,
        'R', 120,
        'S', 99,
        'T', 137,
        'W', 121,
        '|', 1427,
        0x625, 238,
        0x627, 89,
        0x628, 90,
        0x62a, 88,
        0x62d, 91,
        0x640, 243,
        0x643, 86,
        0x645, 87,
        0x2022, 1347,
        ',', 408,
        0x60c, 408,
        '-', 411,
        0x2013, 411,
        '/', 410,
        0x2014, 410,
        '=', 1346,
        '_', 1346,
        '~', 1346,
        '+', 1328,
        0xb7, 1328,
        0x25a0, 1328,
        0x25aa, 1328,
        0x25ba, 1328,
        0x25cb, 1328,
        0x25cf, 1328,
        0x25e6, 1328,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(92);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(390);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 27:
      if (eof) ADVANCE(32);
      ADVANCE_MAP(
        '\t', 56,
        '\n', 46,
        '\r', 50,
        ' ', 48,
        '#', 77,
        '(', 1380,
        '*', 359,
        '>', 1426,
        'A', 160,
        'B', 275,
        'D', 124,
        'F', 119,
        'J', 97,
        'M', 98,
        'N', 155,
        'O', 110,
        'R', 120,
        'S', 99,
        'T', 137,
        'W', 121,
        '|', 1427,
        0x625, 238,
        0x627, 89,
        0x628, 90,
        0x62a, 88,
        0x62d, 91,
        0x640, 243,
        0x643, 86,
        0x645, 87,
        0x2022, 1347,
        ',', 408,
        0x60c, 408,
        '-', 411,
        0x2013, 411,
        '/', 410,
        0x2014, 410,
        '=', 1346,
        '_', 1346,
        '~', 1346,
        '+', 1328,
        0xb7, 1328,
        0x25a0, 1328,
        0x25aa, 1328,
        0x25ba, 1328,
        0x25cb, 1328,
        0x25cf, 1328,
        0x25e6, 1328,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(92);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(390);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 28:
      if (eof) ADVANCE(32);
      ADVANCE_MAP(
        '\t', 59,
        '\n', 44,
        '\r', 45,
        ' ', 49,
        '#', 76,
        '(', 865,
        '*', 362,
        '>', 1426,
        'A', 517,
        'B', 854,
        'D', 459,
        'F', 452,
        'J', 415,
        'M', 416,
        'N', 510,
        'O', 439,
        'R', 454,
        'S', 419,
        'T', 482,
        'W', 455,
        '\\', 1392,
        '|', 1427,
        0x625, 743,
        0x627, 742,
        0x628, 757,
        0x62a, 686,
        0x62d, 800,
        0x643, 667,
        0x645, 673,
        0x2022, 886,
        ',', 403,
        0x60c, 403,
        '-', 407,
        0x2013, 407,
        '/', 406,
        0x2014, 406,
        '=', 887,
        '_', 887,
        '~', 887,
        0x640, 887,
        '+', 845,
        0xb7, 845,
        0x25a0, 845,
        0x25aa, 845,
        0x25ba, 845,
        0x25cb, 845,
        0x25cf, 845,
        0x25e6, 845,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(877);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(386);
      if (lookahead != 0) ADVANCE(876);
      END_STATE();
    case 29:
      if (eof) ADVANCE(32);
      ADVANCE_MAP(
        '\t', 59,
        '\n', 44,
        '\r', 45,
        ' ', 49,
        '#', 77,
        '(', 1380,
        '*', 368,
        '>', 1426,
        'A', 998,
        'B', 1363,
        'D', 935,
        'F', 928,
        'J', 891,
        'M', 892,
        'N', 986,
        'O', 915,
        'R', 930,
        'S', 896,
        'T', 958,
        'W', 931,
        '|', 1427,
        0x625, 1225,
        0x627, 1222,
        0x628, 1239,
        0x62a, 1164,
        0x62d, 1283,
        0x643, 1143,
        0x645, 1150,
        0x2022, 1350,
        ',', 408,
        0x60c, 408,
        '-', 412,
        0x2013, 412,
        '/', 413,
        0x2014, 413,
        '=', 1359,
        '_', 1359,
        '~', 1359,
        0x640, 1359,
        '+', 1328,
        0xb7, 1328,
        0x25a0, 1328,
        0x25aa, 1328,
        0x25ba, 1328,
        0x25cb, 1328,
        0x25cf, 1328,
        0x25e6, 1328,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(1348);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(390);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 30:
      if (eof) ADVANCE(32);
      ADVANCE_MAP(
        '\t', 59,
        '\n', 46,
        '\r', 50,
        ' ', 49,
        '#', 77,
        '(', 1380,
        '*', 368,
        '>', 1426,
        'A', 998,
        'B', 1363,
        'D', 935,
        'F', 928,
        'J', 891,
        'M', 892,
        'N', 986,
        'O', 915,
        'R', 930,
        'S', 896,
        'T', 958,
        'W', 931,
        '|', 1427,
        0x625, 1225,
        0x627, 1222,
        0x628, 1239,
        0x62a, 1164,
        0x62d, 1283,
        0x643, 1143,
        0x645, 1150,
        0x2022, 1350,
        ',', 408,
        0x60c, 408,
        '-', 412,
        0x2013, 412,
        '/', 413,
        0x2014, 413,
        '=', 1359,
        '_', 1359,
        '~', 1359,
        0x640, 1359,
        '+', 1328,
        0xb7, 1328,
        0x25a0, 1328,
        0x25aa, 1328,
        0x25ba, 1328,
        0x25cb, 1328,
        0x25cf, 1328,
        0x25e6, 1328,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(1348);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(390);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 31:
      if (eof) ADVANCE(32);
      ADVANCE_MAP(
        '#', 9,
        '*', 10,
        '\t', 3,
        ' ', 3,
        '-', 19,
        '/', 19,
        '=', 19,
        '_', 19,
        '~', 19,
        0x640, 19,
        0x2013, 19,
        0x2014, 19,
        0x2022, 19,
      );
      END_STATE();
    case 32:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 33:
      ACCEPT_TOKEN(sym_date);
      END_STATE();
    case 34:
      ACCEPT_TOKEN(sym_date);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(33);
      END_STATE();
    case 35:
      ACCEPT_TOKEN(sym_date);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(34);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(sym_author_marker);
      if (lookahead == ':') ADVANCE(848);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(36);
      END_STATE();
    case 37:
      ACCEPT_TOKEN(sym_author_marker);
      if (lookahead == ':') ADVANCE(1335);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(37);
      END_STATE();
    case 38:
      ACCEPT_TOKEN(sym_author_marker);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(38);
      END_STATE();
    case 39:
      ACCEPT_TOKEN(sym_author_marker);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(39);
      if (lookahead == ':' ||
          lookahead == 0x61b) ADVANCE(38);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(sym_place);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(40);
      END_STATE();
    case 41:
      ACCEPT_TOKEN(sym_place);
      ADVANCE_MAP(
        '\t', 41,
        ' ', 41,
        '*', 1424,
        '-', 1424,
        '/', 1424,
        '=', 1424,
        '_', 1424,
        '~', 1424,
        0x640, 1424,
        0x2013, 1424,
        0x2014, 1424,
        0x2022, 1424,
      );
      END_STATE();
    case 42:
      ACCEPT_TOKEN(sym_place);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 43:
      ACCEPT_TOKEN(sym__bom);
      END_STATE();
    case 44:
      ACCEPT_TOKEN(sym__eol);
      END_STATE();
    case 45:
      ACCEPT_TOKEN(sym__eol);
      if (lookahead == '\n') ADVANCE(44);
      END_STATE();
    case 46:
      ACCEPT_TOKEN(sym__blank_line);
      END_STATE();
    case 47:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\t', 61,
        '\n', 46,
        '\r', 50,
        ' ', 52,
        '#', 77,
        '(', 1380,
        '*', 359,
        '>', 1426,
        'A', 998,
        'B', 1363,
        'D', 935,
        'F', 928,
        'J', 891,
        'M', 892,
        'N', 986,
        'O', 915,
        'R', 930,
        'S', 896,
        'T', 958,
        'W', 931,
        '|', 1427,
        0x625, 1225,
        0x627, 1222,
        0x628, 1239,
        0x62a, 1164,
        0x62d, 1283,
        0x643, 1143,
        0x645, 1150,
        0x2022, 1347,
        ',', 408,
        0x60c, 408,
        '-', 411,
        0x2013, 411,
        '/', 410,
        0x2014, 410,
        '=', 1346,
        '_', 1346,
        '~', 1346,
        0x640, 1346,
        '+', 1328,
        0xb7, 1328,
        0x25a0, 1328,
        0x25aa, 1328,
        0x25ba, 1328,
        0x25cb, 1328,
        0x25cf, 1328,
        0x25e6, 1328,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(1348);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(390);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 48:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\t', 63,
        '\n', 46,
        '\r', 50,
        ' ', 55,
        '#', 77,
        '(', 1380,
        '*', 359,
        '>', 1426,
        'A', 160,
        'B', 275,
        'D', 124,
        'F', 119,
        'J', 97,
        'M', 98,
        'N', 155,
        'O', 110,
        'R', 120,
        'S', 99,
        'T', 137,
        'W', 121,
        '|', 1427,
        0x625, 238,
        0x627, 89,
        0x628, 90,
        0x62a, 88,
        0x62d, 91,
        0x640, 243,
        0x643, 86,
        0x645, 87,
        0x2022, 1347,
        ',', 408,
        0x60c, 408,
        '-', 411,
        0x2013, 411,
        '/', 410,
        0x2014, 410,
        '=', 1346,
        '_', 1346,
        '~', 1346,
        '+', 1328,
        0xb7, 1328,
        0x25a0, 1328,
        0x25aa, 1328,
        0x25ba, 1328,
        0x25cb, 1328,
        0x25cf, 1328,
        0x25e6, 1328,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(92);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(390);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 49:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\t', 65,
        '\n', 46,
        '\r', 50,
        ' ', 58,
        '#', 77,
        '(', 1380,
        '*', 368,
        '>', 1426,
        'A', 998,
        'B', 1363,
        'D', 935,
        'F', 928,
        'J', 891,
        'M', 892,
        'N', 986,
        'O', 915,
        'R', 930,
        'S', 896,
        'T', 958,
        'W', 931,
        '|', 1427,
        0x625, 1225,
        0x627, 1222,
        0x628, 1239,
        0x62a, 1164,
        0x62d, 1283,
        0x643, 1143,
        0x645, 1150,
        0x2022, 1350,
        ',', 408,
        0x60c, 408,
        '-', 412,
        0x2013, 412,
        '/', 413,
        0x2014, 413,
        '=', 1359,
        '_', 1359,
        '~', 1359,
        0x640, 1359,
        '+', 1328,
        0xb7, 1328,
        0x25a0, 1328,
        0x25aa, 1328,
        0x25ba, 1328,
        0x25cb, 1328,
        0x25cf, 1328,
        0x25e6, 1328,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(1348);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(390);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 50:
      ACCEPT_TOKEN(sym__blank_line);
      if (lookahead == '\n') ADVANCE(46);
      END_STATE();
    case 51:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\n', 46,
        '\r', 50,
        '#', 77,
        '(', 1379,
        '*', 357,
        '>', 1426,
        'A', 998,
        'B', 1363,
        'D', 935,
        'F', 928,
        'J', 891,
        'M', 892,
        'N', 986,
        'O', 915,
        'R', 930,
        'S', 896,
        'T', 958,
        'W', 931,
        '|', 1427,
        0x625, 1225,
        0x627, 1221,
        0x628, 1238,
        0x62a, 1163,
        0x62d, 1282,
        0x643, 1142,
        0x645, 1149,
        0x2022, 1329,
        '\t', 66,
        ' ', 66,
        ',', 408,
        0x60c, 408,
        '-', 409,
        0x2013, 409,
        '/', 410,
        0x2014, 410,
        '=', 1346,
        '_', 1346,
        '~', 1346,
        0x640, 1346,
        '+', 1332,
        0xb7, 1332,
        0x25a0, 1332,
        0x25aa, 1332,
        0x25ba, 1332,
        0x25cb, 1332,
        0x25cf, 1332,
        0x25e6, 1332,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(1330);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(388);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 52:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\n', 46,
        '\r', 50,
        '#', 77,
        '(', 1379,
        '*', 357,
        '>', 1426,
        'A', 998,
        'B', 1363,
        'D', 935,
        'F', 928,
        'J', 891,
        'M', 892,
        'N', 986,
        'O', 915,
        'R', 930,
        'S', 896,
        'T', 958,
        'W', 931,
        '|', 1427,
        0x625, 1225,
        0x627, 1221,
        0x628, 1238,
        0x62a, 1163,
        0x62d, 1282,
        0x643, 1142,
        0x645, 1149,
        0x2022, 1329,
        '\t', 51,
        ' ', 51,
        ',', 408,
        0x60c, 408,
        '-', 409,
        0x2013, 409,
        '/', 410,
        0x2014, 410,
        '=', 1346,
        '_', 1346,
        '~', 1346,
        0x640, 1346,
        '+', 1332,
        0xb7, 1332,
        0x25a0, 1332,
        0x25aa, 1332,
        0x25ba, 1332,
        0x25cb, 1332,
        0x25cf, 1332,
        0x25e6, 1332,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(1330);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(388);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 53:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\n', 46,
        '\r', 50,
        '#', 77,
        '(', 1379,
        '*', 357,
        '>', 1426,
        'A', 998,
        'B', 1363,
        'D', 935,
        'F', 928,
        'J', 891,
        'M', 892,
        'N', 986,
        'O', 915,
        'R', 930,
        'S', 896,
        'T', 958,
        'W', 931,
        '|', 1427,
        0x625, 1225,
        0x627, 1221,
        0x628, 1238,
        0x62a, 1163,
        0x62d, 1282,
        0x643, 1142,
        0x645, 1149,
        0x2022, 1329,
        '\t', 52,
        ' ', 52,
        ',', 408,
        0x60c, 408,
        '-', 409,
        0x2013, 409,
        '/', 410,
        0x2014, 410,
        '=', 1346,
        '_', 1346,
        '~', 1346,
        0x640, 1346,
        '+', 1332,
        0xb7, 1332,
        0x25a0, 1332,
        0x25aa, 1332,
        0x25ba, 1332,
        0x25cb, 1332,
        0x25cf, 1332,
        0x25e6, 1332,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(1330);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(388);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 54:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\n', 46,
        '\r', 50,
        '#', 77,
        '(', 1379,
        '*', 357,
        '>', 1426,
        'A', 160,
        'B', 275,
        'D', 124,
        'F', 119,
        'J', 97,
        'M', 98,
        'N', 155,
        'O', 110,
        'R', 120,
        'S', 99,
        'T', 137,
        'W', 121,
        '|', 1427,
        0x625, 238,
        0x627, 81,
        0x628, 82,
        0x62a, 80,
        0x62d, 83,
        0x640, 243,
        0x643, 78,
        0x645, 79,
        0x2022, 1329,
        '\t', 66,
        ' ', 66,
        ',', 408,
        0x60c, 408,
        '-', 409,
        0x2013, 409,
        '/', 410,
        0x2014, 410,
        '=', 1346,
        '_', 1346,
        '~', 1346,
        '+', 1332,
        0xb7, 1332,
        0x25a0, 1332,
        0x25aa, 1332,
        0x25ba, 1332,
        0x25cb, 1332,
        0x25cf, 1332,
        0x25e6, 1332,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(84);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(388);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 55:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\n', 46,
        '\r', 50,
        '#', 77,
        '(', 1379,
        '*', 357,
        '>', 1426,
        'A', 160,
        'B', 275,
        'D', 124,
        'F', 119,
        'J', 97,
        'M', 98,
        'N', 155,
        'O', 110,
        'R', 120,
        'S', 99,
        'T', 137,
        'W', 121,
        '|', 1427,
        0x625, 238,
        0x627, 81,
        0x628, 82,
        0x62a, 80,
        0x62d, 83,
        0x640, 243,
        0x643, 78,
        0x645, 79,
        0x2022, 1329,
        '\t', 54,
        ' ', 54,
        ',', 408,
        0x60c, 408,
        '-', 409,
        0x2013, 409,
        '/', 410,
        0x2014, 410,
        '=', 1346,
        '_', 1346,
        '~', 1346,
        '+', 1332,
        0xb7, 1332,
        0x25a0, 1332,
        0x25aa, 1332,
        0x25ba, 1332,
        0x25cb, 1332,
        0x25cf, 1332,
        0x25e6, 1332,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(84);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(388);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\n', 46,
        '\r', 50,
        '#', 77,
        '(', 1379,
        '*', 357,
        '>', 1426,
        'A', 160,
        'B', 275,
        'D', 124,
        'F', 119,
        'J', 97,
        'M', 98,
        'N', 155,
        'O', 110,
        'R', 120,
        'S', 99,
        'T', 137,
        'W', 121,
        '|', 1427,
        0x625, 238,
        0x627, 81,
        0x628, 82,
        0x62a, 80,
        0x62d, 83,
        0x640, 243,
        0x643, 78,
        0x645, 79,
        0x2022, 1329,
        '\t', 55,
        ' ', 55,
        ',', 408,
        0x60c, 408,
        '-', 409,
        0x2013, 409,
        '/', 410,
        0x2014, 410,
        '=', 1346,
        '_', 1346,
        '~', 1346,
        '+', 1332,
        0xb7, 1332,
        0x25a0, 1332,
        0x25aa, 1332,
        0x25ba, 1332,
        0x25cb, 1332,
        0x25cf, 1332,
        0x25e6, 1332,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(84);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(388);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 57:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\n', 46,
        '\r', 50,
        '#', 77,
        '(', 1379,
        '*', 369,
        '>', 1426,
        'A', 998,
        'B', 1363,
        'D', 935,
        'F', 928,
        'J', 891,
        'M', 892,
        'N', 986,
        'O', 915,
        'R', 930,
        'S', 896,
        'T', 958,
        'W', 931,
        '|', 1427,
        0x625, 1225,
        0x627, 1221,
        0x628, 1238,
        0x62a, 1163,
        0x62d, 1282,
        0x643, 1142,
        0x645, 1149,
        0x2022, 1357,
        '\t', 66,
        ' ', 66,
        ',', 408,
        0x60c, 408,
        '-', 414,
        0x2013, 414,
        '/', 413,
        0x2014, 413,
        '=', 1359,
        '_', 1359,
        '~', 1359,
        0x640, 1359,
        '+', 1332,
        0xb7, 1332,
        0x25a0, 1332,
        0x25aa, 1332,
        0x25ba, 1332,
        0x25cb, 1332,
        0x25cf, 1332,
        0x25e6, 1332,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(1330);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(388);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 58:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\n', 46,
        '\r', 50,
        '#', 77,
        '(', 1379,
        '*', 369,
        '>', 1426,
        'A', 998,
        'B', 1363,
        'D', 935,
        'F', 928,
        'J', 891,
        'M', 892,
        'N', 986,
        'O', 915,
        'R', 930,
        'S', 896,
        'T', 958,
        'W', 931,
        '|', 1427,
        0x625, 1225,
        0x627, 1221,
        0x628, 1238,
        0x62a, 1163,
        0x62d, 1282,
        0x643, 1142,
        0x645, 1149,
        0x2022, 1357,
        '\t', 57,
        ' ', 57,
        ',', 408,
        0x60c, 408,
        '-', 414,
        0x2013, 414,
        '/', 413,
        0x2014, 413,
        '=', 1359,
        '_', 1359,
        '~', 1359,
        0x640, 1359,
        '+', 1332,
        0xb7, 1332,
        0x25a0, 1332,
        0x25aa, 1332,
        0x25ba, 1332,
        0x25cb, 1332,
        0x25cf, 1332,
        0x25e6, 1332,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(1330);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(388);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 59:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\n', 46,
        '\r', 50,
        '#', 77,
        '(', 1379,
        '*', 369,
        '>', 1426,
        'A', 998,
        'B', 1363,
        'D', 935,
        'F', 928,
        'J', 891,
        'M', 892,
        'N', 986,
        'O', 915,
        'R', 930,
        'S', 896,
        'T', 958,
        'W', 931,
        '|', 1427,
        0x625, 1225,
        0x627, 1221,
        0x628, 1238,
        0x62a, 1163,
        0x62d, 1282,
        0x643, 1142,
        0x645, 1149,
        0x2022, 1357,
        '\t', 58,
        ' ', 58,
        ',', 408,
        0x60c, 408,
        '-', 414,
        0x2013, 414,
        '/', 413,
        0x2014, 413,
        '=', 1359,
        '_', 1359,
        '~', 1359,
        0x640, 1359,
        '+', 1332,
        0xb7, 1332,
        0x25a0, 1332,
        0x25aa, 1332,
        0x25ba, 1332,
        0x25cb, 1332,
        0x25cf, 1332,
        0x25e6, 1332,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(1330);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(388);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 60:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\n', 46,
        '\r', 50,
        '#', 77,
        '*', 358,
        '>', 1426,
        'A', 998,
        'B', 1363,
        'D', 935,
        'F', 928,
        'J', 891,
        'M', 892,
        'N', 986,
        'O', 915,
        'R', 930,
        'S', 896,
        'T', 958,
        'W', 931,
        '|', 1427,
        0x625, 1225,
        0x627, 1223,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 67,
        ' ', 67,
        ',', 408,
        0x60c, 408,
        '-', 410,
        '/', 410,
        0x2013, 410,
        0x2014, 410,
        '=', 1346,
        '_', 1346,
        '~', 1346,
        0x640, 1346,
        0x2022, 1346,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1333);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 61:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\n', 46,
        '\r', 50,
        '#', 77,
        '*', 358,
        '>', 1426,
        'A', 998,
        'B', 1363,
        'D', 935,
        'F', 928,
        'J', 891,
        'M', 892,
        'N', 986,
        'O', 915,
        'R', 930,
        'S', 896,
        'T', 958,
        'W', 931,
        '|', 1427,
        0x625, 1225,
        0x627, 1223,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 60,
        ' ', 60,
        ',', 408,
        0x60c, 408,
        '-', 410,
        '/', 410,
        0x2013, 410,
        0x2014, 410,
        '=', 1346,
        '_', 1346,
        '~', 1346,
        0x640, 1346,
        0x2022, 1346,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1333);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 62:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\n', 46,
        '\r', 50,
        '#', 77,
        '*', 358,
        '>', 1426,
        'A', 160,
        'B', 275,
        'D', 124,
        'F', 119,
        'J', 97,
        'M', 98,
        'N', 155,
        'O', 110,
        'R', 120,
        'S', 99,
        'T', 137,
        'W', 121,
        '|', 1427,
        0x625, 238,
        0x627, 237,
        0x628, 248,
        0x62a, 229,
        0x62d, 257,
        0x640, 243,
        0x643, 221,
        0x645, 223,
        '\t', 67,
        ' ', 67,
        ',', 408,
        0x60c, 408,
        '-', 410,
        '/', 410,
        0x2013, 410,
        0x2014, 410,
        '=', 1346,
        '_', 1346,
        '~', 1346,
        0x2022, 1346,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1333);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 63:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\n', 46,
        '\r', 50,
        '#', 77,
        '*', 358,
        '>', 1426,
        'A', 160,
        'B', 275,
        'D', 124,
        'F', 119,
        'J', 97,
        'M', 98,
        'N', 155,
        'O', 110,
        'R', 120,
        'S', 99,
        'T', 137,
        'W', 121,
        '|', 1427,
        0x625, 238,
        0x627, 237,
        0x628, 248,
        0x62a, 229,
        0x62d, 257,
        0x640, 243,
        0x643, 221,
        0x645, 223,
        '\t', 62,
        ' ', 62,
        ',', 408,
        0x60c, 408,
        '-', 410,
        '/', 410,
        0x2013, 410,
        0x2014, 410,
        '=', 1346,
        '_', 1346,
        '~', 1346,
        0x2022, 1346,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1333);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 64:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\n', 46,
        '\r', 50,
        '#', 77,
        '*', 370,
        '>', 1426,
        'A', 998,
        'B', 1363,
        'D', 935,
        'F', 928,
        'J', 891,
        'M', 892,
        'N', 986,
        'O', 915,
        'R', 930,
        'S', 896,
        'T', 958,
        'W', 931,
        '|', 1427,
        0x625, 1225,
        0x627, 1223,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 67,
        ' ', 67,
        ',', 408,
        0x60c, 408,
        '-', 413,
        '/', 413,
        0x2013, 413,
        0x2014, 413,
        '=', 1359,
        '_', 1359,
        '~', 1359,
        0x640, 1359,
        0x2022, 1359,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1333);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 65:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\n', 46,
        '\r', 50,
        '#', 77,
        '*', 370,
        '>', 1426,
        'A', 998,
        'B', 1363,
        'D', 935,
        'F', 928,
        'J', 891,
        'M', 892,
        'N', 986,
        'O', 915,
        'R', 930,
        'S', 896,
        'T', 958,
        'W', 931,
        '|', 1427,
        0x625, 1225,
        0x627, 1223,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 64,
        ' ', 64,
        ',', 408,
        0x60c, 408,
        '-', 413,
        '/', 413,
        0x2013, 413,
        0x2014, 413,
        '=', 1359,
        '_', 1359,
        '~', 1359,
        0x640, 1359,
        0x2022, 1359,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1333);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 66:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\n', 46,
        '\r', 50,
        '(', 1379,
        'B', 1363,
        'R', 930,
        'W', 1014,
        0x625, 1225,
        0x627, 1224,
        0x628, 1238,
        0x62a, 1163,
        0x62d, 1282,
        0x643, 1142,
        0x645, 1149,
        '\t', 66,
        ' ', 66,
        '*', 1357,
        0x2022, 1357,
        '-', 414,
        0x2013, 414,
        '/', 413,
        0x2014, 413,
        ',', 408,
        '|', 408,
        0x60c, 408,
        '=', 1359,
        '_', 1359,
        '~', 1359,
        0x640, 1359,
        '+', 1332,
        0xb7, 1332,
        0x25a0, 1332,
        0x25aa, 1332,
        0x25ba, 1332,
        0x25cb, 1332,
        0x25cf, 1332,
        0x25e6, 1332,
      );
      if (lookahead == 0x623 ||
          (0x62b <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(1330);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1376);
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 67:
      ACCEPT_TOKEN(sym__blank_line);
      ADVANCE_MAP(
        '\n', 46,
        '\r', 50,
        'B', 1363,
        'R', 930,
        'W', 1014,
        0x625, 1225,
        0x627, 1225,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 67,
        ' ', 67,
        ',', 408,
        '|', 408,
        0x60c, 408,
        '-', 413,
        '/', 413,
        0x2013, 413,
        0x2014, 413,
        '*', 1359,
        '=', 1359,
        '_', 1359,
        '~', 1359,
        0x640, 1359,
        0x2022, 1359,
      );
      if (lookahead != 0) ADVANCE(1391);
      END_STATE();
    case 68:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(70);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 69:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(71);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 70:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(842);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 71:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(1326);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 72:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(68);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 73:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(69);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 74:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(72);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 75:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(73);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 76:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(74);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 77:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '#') ADVANCE(75);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 78:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        ')', 1332,
        0x62a, 215,
        0x2014, 1342,
        '\t', 85,
        ' ', 85,
        '-', 1332,
        0x2013, 1332,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 79:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        ')', 1332,
        0x62a, 214,
        0x2014, 1342,
        '\t', 85,
        ' ', 85,
        '-', 1332,
        0x2013, 1332,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 80:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        ')', 1332,
        0x62d, 234,
        0x631, 228,
        0x635, 258,
        0x642, 234,
        0x2014, 1342,
        '\t', 85,
        ' ', 85,
        '-', 1332,
        0x2013, 1332,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 81:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        ')', 1332,
        0x639, 233,
        0x644, 208,
        0x2014, 1342,
        '\t', 85,
        ' ', 85,
        '-', 1332,
        0x2013, 1332,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 82:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        ')', 1332,
        0x642, 249,
        0x2014, 1342,
        '\t', 85,
        ' ', 85,
        '-', 1332,
        0x2013, 1332,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 83:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        ')', 1332,
        0x648, 211,
        0x2014, 1342,
        '\t', 85,
        ' ', 85,
        '-', 1332,
        0x2013, 1332,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 84:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == ')') ADVANCE(1332);
      if (lookahead == 0x2014) ADVANCE(1342);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(85);
      if (lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1332);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 85:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == ')') ADVANCE(1332);
      if (lookahead == 0x2014) ADVANCE(1342);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1332);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 86:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        ')', 1328,
        0x62a, 215,
        0x2014, 1342,
        '\t', 93,
        ' ', 93,
        '-', 1328,
        0x2013, 1328,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 87:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        ')', 1328,
        0x62a, 214,
        0x2014, 1342,
        '\t', 93,
        ' ', 93,
        '-', 1328,
        0x2013, 1328,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 88:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        ')', 1328,
        0x62d, 234,
        0x631, 228,
        0x635, 258,
        0x642, 234,
        0x2014, 1342,
        '\t', 93,
        ' ', 93,
        '-', 1328,
        0x2013, 1328,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 89:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        ')', 1328,
        0x639, 233,
        0x644, 208,
        0x2014, 1342,
        '\t', 93,
        ' ', 93,
        '-', 1328,
        0x2013, 1328,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 90:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        ')', 1328,
        0x642, 249,
        0x2014, 1342,
        '\t', 93,
        ' ', 93,
        '-', 1328,
        0x2013, 1328,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 91:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        ')', 1328,
        0x648, 211,
        0x2014, 1342,
        '\t', 93,
        ' ', 93,
        '-', 1328,
        0x2013, 1328,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 92:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == ')') ADVANCE(1328);
      if (lookahead == 0x2014) ADVANCE(1342);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(93);
      if (lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1328);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 93:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == ')') ADVANCE(1328);
      if (lookahead == 0x2014) ADVANCE(1342);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1328);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 94:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == ':') ADVANCE(1335);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(37);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 95:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == ':') ADVANCE(1335);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(37);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 96:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        'A', 164,
        'D', 133,
        'F', 131,
        'J', 103,
        'M', 104,
        'N', 158,
        'O', 114,
        'S', 134,
        '\t', 96,
        ' ', 96,
        ',', 1338,
        0x60c, 1338,
        '-', 1342,
        0x2013, 1342,
        0x2014, 1342,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1333);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 97:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'a') ADVANCE(152);
      if (lookahead == 'u') ADVANCE(144);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 98:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'a') ADVANCE(168);
      if (lookahead == 'o') ADVANCE(150);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 99:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        'a', 190,
        'e', 162,
        'u', 150,
        '\t', 277,
        ' ', 277,
        '-', 1342,
        0x2013, 1342,
        0x2014, 1342,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 100:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'a') ADVANCE(201);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 101:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'a') ADVANCE(170);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 102:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'a') ADVANCE(175);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 103:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'a') ADVANCE(154);
      if (lookahead == 'u') ADVANCE(147);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 104:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'a') ADVANCE(171);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 105:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'b') ADVANCE(173);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 106:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'b') ADVANCE(206);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(106);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'b') ADVANCE(129);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 108:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'b') ADVANCE(176);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'b') ADVANCE(130);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 110:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'c') ADVANCE(181);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 111:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'c') ADVANCE(138);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(263);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'c') ADVANCE(123);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'c') ADVANCE(132);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'c') ADVANCE(184);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'c') ADVANCE(139);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(268);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'd') ADVANCE(100);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'd') ADVANCE(151);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'd') ADVANCE(270);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'e') ADVANCE(105);
      if (lookahead == 'r') ADVANCE(141);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'e') ADVANCE(161);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'e') ADVANCE(117);
      if (lookahead == 'r') ADVANCE(142);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'e') ADVANCE(178);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'e') ADVANCE(148);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(263);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'e') ADVANCE(112);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'e') ADVANCE(264);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(263);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'e') ADVANCE(118);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'e') ADVANCE(153);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'e') ADVANCE(269);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(268);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'e') ADVANCE(166);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'e') ADVANCE(174);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'e') ADVANCE(108);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'e') ADVANCE(149);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(268);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'e') ADVANCE(113);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'e') ADVANCE(163);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'g') ADVANCE(191);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'g') ADVANCE(196);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'h') ADVANCE(194);
      if (lookahead == 'u') ADVANCE(122);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'h') ADVANCE(264);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'h') ADVANCE(269);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'i') ADVANCE(145);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(263);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'i') ADVANCE(116);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'i') ADVANCE(186);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'i') ADVANCE(146);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(268);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'l') ADVANCE(202);
      if (lookahead == 'n') ADVANCE(125);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'l') ADVANCE(264);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'l') ADVANCE(269);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'l') ADVANCE(204);
      if (lookahead == 'n') ADVANCE(128);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'm') ADVANCE(107);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'm') ADVANCE(109);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'n') ADVANCE(116);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'n') ADVANCE(122);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'n') ADVANCE(192);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'n') ADVANCE(270);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'n') ADVANCE(197);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'o') ADVANCE(199);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'o') ADVANCE(107);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(263);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'o') ADVANCE(177);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'o') ADVANCE(200);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'o') ADVANCE(109);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(268);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'p') ADVANCE(169);
      if (lookahead == 'u') ADVANCE(135);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'p') ADVANCE(157);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'p') ADVANCE(183);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'p') ADVANCE(189);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'p') ADVANCE(172);
      if (lookahead == 'u') ADVANCE(136);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'r') ADVANCE(178);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'r') ADVANCE(264);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'r') ADVANCE(116);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'r') ADVANCE(111);
      if (lookahead == 'y') ADVANCE(264);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'r') ADVANCE(140);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'r') ADVANCE(203);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'r') ADVANCE(115);
      if (lookahead == 'y') ADVANCE(269);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'r') ADVANCE(143);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'r') ADVANCE(193);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(263);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'r') ADVANCE(269);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'r') ADVANCE(205);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'r') ADVANCE(198);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(268);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'r') ADVANCE(188);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 's') ADVANCE(116);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 's') ADVANCE(182);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 's') ADVANCE(185);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 't') ADVANCE(156);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 't') ADVANCE(264);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 't') ADVANCE(123);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(263);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 't') ADVANCE(159);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 't') ADVANCE(269);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 't') ADVANCE(187);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 't') ADVANCE(127);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 't') ADVANCE(126);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 't') ADVANCE(132);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(268);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 't') ADVANCE(195);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'u') ADVANCE(179);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(263);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'u') ADVANCE(101);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(263);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'u') ADVANCE(101);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'u') ADVANCE(165);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'u') ADVANCE(167);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'u') ADVANCE(180);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(268);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'u') ADVANCE(102);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(268);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'u') ADVANCE(102);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'v') ADVANCE(123);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'v') ADVANCE(132);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'y') ADVANCE(267);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'y') ADVANCE(264);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(263);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'y') ADVANCE(264);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'y') ADVANCE(269);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(268);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'y') ADVANCE(269);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 'y') ADVANCE(95);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x621) ADVANCE(267);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        0x623, 230,
        0x625, 226,
        0x627, 225,
        0x62b, 250,
        0x62c, 253,
        0x62e, 254,
        0x633, 217,
        '\t', 277,
        ' ', 277,
        '-', 1342,
        0x2013, 1342,
        0x2014, 1342,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x627) ADVANCE(207);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x627) ADVANCE(232);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x627) ADVANCE(235);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x627) ADVANCE(227);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        0x627, 273,
        '\t', 274,
        ' ', 274,
        ':', 38,
        0x61b, 38,
        '-', 1342,
        0x2013, 1342,
        0x2014, 1342,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x627) ADVANCE(216);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x628) ADVANCE(224);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x628) ADVANCE(239);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x628) ADVANCE(222);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x628) ADVANCE(241);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x629) ADVANCE(267);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x629) ADVANCE(273);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x62a) ADVANCE(215);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x62a) ADVANCE(267);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x62a) ADVANCE(214);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        0x62a, 273,
        0x647, 213,
        '\t', 274,
        ' ', 274,
        ':', 38,
        0x61b, 38,
        '-', 1342,
        0x2013, 1342,
        0x2014, 1342,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        0x62b, 256,
        0x62d, 231,
        0x631, 218,
        '\t', 277,
        ' ', 277,
        '-', 1342,
        0x2013, 1342,
        0x2014, 1342,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x62b) ADVANCE(256);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x62b) ADVANCE(209);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x62c) ADVANCE(252);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        0x62d, 234,
        0x631, 228,
        0x635, 258,
        0x642, 234,
        '\t', 277,
        ' ', 277,
        '-', 1342,
        0x2013, 1342,
        0x2014, 1342,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x62d) ADVANCE(231);
      if (lookahead == 0x631) ADVANCE(218);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x62f) ADVANCE(267);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x62f) ADVANCE(273);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x62f) ADVANCE(210);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x631) ADVANCE(260);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x631) ADVANCE(273);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x633) ADVANCE(267);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x639) ADVANCE(233);
      if (lookahead == 0x644) ADVANCE(208);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x639) ADVANCE(233);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x639) ADVANCE(220);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x639) ADVANCE(219);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x639) ADVANCE(209);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        0x640, 1415,
        '\t', 246,
        ' ', 246,
        '-', 1424,
        0x2013, 1424,
        0x2014, 1424,
        '*', 1424,
        '/', 1424,
        '=', 1424,
        '_', 1424,
        '~', 1424,
        0x2022, 1424,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        0x640, 242,
        '\t', 247,
        ' ', 247,
        '-', 1343,
        0x2013, 1343,
        0x2014, 1343,
        '*', 1353,
        '/', 1353,
        '=', 1353,
        '_', 1353,
        '~', 1353,
        0x2022, 1353,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        0x640, 1411,
        '\t', 244,
        ' ', 244,
        '-', 1424,
        0x2013, 1424,
        0x2014, 1424,
        '*', 1424,
        '/', 1424,
        '=', 1424,
        '_', 1424,
        '~', 1424,
        0x2022, 1424,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(265);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        0x640, 1414,
        '\t', 244,
        ' ', 244,
        '-', 1424,
        0x2013, 1424,
        0x2014, 1424,
        '*', 1424,
        '/', 1424,
        '=', 1424,
        '_', 1424,
        '~', 1424,
        0x2022, 1424,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        0x640, 1414,
        '\t', 246,
        ' ', 246,
        '-', 1424,
        0x2013, 1424,
        0x2014, 1424,
        '*', 1424,
        '/', 1424,
        '=', 1424,
        '_', 1424,
        '~', 1424,
        0x2022, 1424,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 339,
        0x640, 245,
        '\t', 247,
        ' ', 247,
        '-', 1343,
        0x2013, 1343,
        0x2014, 1343,
        '*', 1353,
        '/', 1353,
        '=', 1353,
        '_', 1353,
        '~', 1353,
        0x2022, 1353,
      );
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x642) ADVANCE(249);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x644) ADVANCE(251);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x644) ADVANCE(212);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x645) ADVANCE(262);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x645) ADVANCE(220);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x645) ADVANCE(240);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x645) ADVANCE(259);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x646) ADVANCE(267);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x646) ADVANCE(261);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x648) ADVANCE(211);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x648) ADVANCE(260);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x64a) ADVANCE(236);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x64a) ADVANCE(235);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == 0x64a) ADVANCE(255);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(39);
      if (lookahead == ':' ||
          lookahead == 0x61b) ADVANCE(38);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(263);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(379);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(263);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(266);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(265);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(266);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(96);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(1338);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(268);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(379);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(265);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(268);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(106);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(265);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(271);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(274);
      if (lookahead == ':' ||
          lookahead == 0x61b) ADVANCE(38);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(274);
      if (lookahead == ':' ||
          lookahead == 0x61b) ADVANCE(38);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(94);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(277);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 399,
        '\\', 1392,
        'c', 483,
        '|', 1391,
        '\t', 289,
        ' ', 289,
        ',', 884,
        0x60c, 884,
        '-', 401,
        '/', 401,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 399,
        '\\', 1392,
        'e', 289,
        '|', 1391,
        '\t', 289,
        ' ', 289,
        ',', 884,
        0x60c, 884,
        '-', 401,
        '/', 401,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 399,
        '\\', 1392,
        'e', 500,
        '|', 1391,
        '\t', 289,
        ' ', 289,
        ',', 884,
        0x60c, 884,
        '-', 401,
        '/', 401,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 399,
        '\\', 1392,
        'i', 492,
        '|', 1391,
        '\t', 289,
        ' ', 289,
        ',', 884,
        0x60c, 884,
        '-', 401,
        '/', 401,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 399,
        '\\', 1392,
        'o', 436,
        '|', 1391,
        '\t', 289,
        ' ', 289,
        ',', 884,
        0x60c, 884,
        '-', 401,
        '/', 401,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 399,
        '\\', 1392,
        'r', 572,
        '|', 1391,
        '\t', 289,
        ' ', 289,
        ',', 884,
        0x60c, 884,
        '-', 401,
        '/', 401,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 399,
        '\\', 1392,
        't', 280,
        '|', 1391,
        '\t', 289,
        ' ', 289,
        ',', 884,
        0x60c, 884,
        '-', 401,
        '/', 401,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 399,
        '\\', 1392,
        'u', 550,
        '|', 1391,
        '\t', 289,
        ' ', 289,
        ',', 884,
        0x60c, 884,
        '-', 401,
        '/', 401,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 399,
        '\\', 1392,
        'u', 427,
        '|', 1391,
        '\t', 289,
        ' ', 289,
        ',', 884,
        0x60c, 884,
        '-', 401,
        '/', 401,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 399,
        '\\', 1392,
        'y', 289,
        '|', 1391,
        '\t', 289,
        ' ', 289,
        ',', 884,
        0x60c, 884,
        '-', 401,
        '/', 401,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 399,
        '\\', 1392,
        '|', 1391,
        0x648, 289,
        '\t', 289,
        ' ', 289,
        ',', 884,
        0x60c, 884,
        '-', 401,
        '/', 401,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 399,
        '\\', 1392,
        '|', 1391,
        '\t', 289,
        ' ', 289,
        ',', 884,
        0x60c, 884,
        '-', 401,
        '/', 401,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 400,
        'c', 959,
        '\t', 301,
        ' ', 301,
        ',', 1354,
        0x60c, 1354,
        '-', 402,
        '/', 402,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 400,
        'e', 301,
        '\t', 301,
        ' ', 301,
        ',', 1354,
        0x60c, 1354,
        '-', 402,
        '/', 402,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 400,
        'e', 976,
        '\t', 301,
        ' ', 301,
        ',', 1354,
        0x60c, 1354,
        '-', 402,
        '/', 402,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 400,
        'i', 968,
        '\t', 301,
        ' ', 301,
        ',', 1354,
        0x60c, 1354,
        '-', 402,
        '/', 402,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 400,
        'o', 912,
        '\t', 301,
        ' ', 301,
        ',', 1354,
        0x60c, 1354,
        '-', 402,
        '/', 402,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 400,
        'r', 1048,
        '\t', 301,
        ' ', 301,
        ',', 1354,
        0x60c, 1354,
        '-', 402,
        '/', 402,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 400,
        't', 292,
        '\t', 301,
        ' ', 301,
        ',', 1354,
        0x60c, 1354,
        '-', 402,
        '/', 402,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 400,
        'u', 1026,
        '\t', 301,
        ' ', 301,
        ',', 1354,
        0x60c, 1354,
        '-', 402,
        '/', 402,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 400,
        'u', 903,
        '\t', 301,
        ' ', 301,
        ',', 1354,
        0x60c, 1354,
        '-', 402,
        '/', 402,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 400,
        'y', 301,
        '\t', 301,
        ' ', 301,
        ',', 1354,
        0x60c, 1354,
        '-', 402,
        '/', 402,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '(', 400,
        0x648, 301,
        '\t', 301,
        ' ', 301,
        ',', 1354,
        0x60c, 1354,
        '-', 402,
        '/', 402,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(400);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(301);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(1354);
      if (lookahead == '-' ||
          lookahead == '/') ADVANCE(402);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(340);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(303);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1345);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(302);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(340);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(303);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1345);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(340);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(304);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1345);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(302);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(340);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(304);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1345);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(305);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(340);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(307);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1345);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(306);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '(') ADVANCE(340);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(307);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1345);
      if (set_contains(sym_place_character_set_3, 459, lookahead)) ADVANCE(305);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(845);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(845);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(308);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(845);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1332);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(313);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1332);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1332);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(852);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'c') ADVANCE(485);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(325);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(852);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(325);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(325);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(852);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(501);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(325);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(852);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'i') ADVANCE(497);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(325);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(852);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'o') ADVANCE(437);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(325);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(852);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(573);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(325);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(852);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 't') ADVANCE(316);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(325);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(852);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'u') ADVANCE(551);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(325);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(852);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'u') ADVANCE(428);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(325);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(852);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'y') ADVANCE(325);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(325);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(852);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(325);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(325);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(852);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(325);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1339);
      if (lookahead == 'c') ADVANCE(960);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1339);
      if (lookahead == 'e') ADVANCE(337);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1339);
      if (lookahead == 'e') ADVANCE(977);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1339);
      if (lookahead == 'i') ADVANCE(970);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1339);
      if (lookahead == 'o') ADVANCE(913);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1339);
      if (lookahead == 'r') ADVANCE(1049);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1339);
      if (lookahead == 't') ADVANCE(328);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1339);
      if (lookahead == 'u') ADVANCE(1027);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1339);
      if (lookahead == 'u') ADVANCE(904);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1339);
      if (lookahead == 'y') ADVANCE(337);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1339);
      if (lookahead == 0x648) ADVANCE(337);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1344);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(338);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1391);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(338);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1391);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(344);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1328);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(343);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1328);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(341);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1328);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')') ADVANCE(1358);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(344);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 1423,
        '\\', 356,
        '|', 361,
        '\t', 347,
        ' ', 347,
        '-', 1421,
        '/', 1421,
        '=', 1421,
        '_', 1421,
        '~', 1421,
        0x640, 1421,
        0x2013, 1421,
        0x2014, 1421,
        0x2022, 1421,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(354);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 1424,
        '\t', 348,
        ' ', 348,
        '-', 1422,
        '/', 1422,
        '=', 1422,
        '_', 1422,
        '~', 1422,
        0x640, 1422,
        0x2013, 1422,
        0x2014, 1422,
        0x2022, 1422,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(361);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 1417,
        '\\', 356,
        '|', 361,
        '\t', 347,
        ' ', 347,
        '-', 1421,
        '/', 1421,
        '=', 1421,
        '_', 1421,
        '~', 1421,
        0x640, 1421,
        0x2013, 1421,
        0x2014, 1421,
        0x2022, 1421,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(354);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 1418,
        '\t', 348,
        ' ', 348,
        '-', 1422,
        '/', 1422,
        '=', 1422,
        '_', 1422,
        '~', 1422,
        0x640, 1422,
        0x2013, 1422,
        0x2014, 1422,
        0x2022, 1422,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(361);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(1394);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 1394,
        '\\', 1392,
        '|', 1391,
        '\t', 882,
        ' ', 882,
        '-', 876,
        '/', 876,
        '=', 876,
        '_', 876,
        '~', 876,
        0x640, 876,
        0x2013, 876,
        0x2014, 876,
        0x2022, 876,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 1395,
        '\t', 1355,
        ' ', 1355,
        '-', 1391,
        '/', 1391,
        '=', 1391,
        '_', 1391,
        '~', 1391,
        0x640, 1391,
        0x2013, 1391,
        0x2014, 1391,
        0x2022, 1391,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 352:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(1395);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 353:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 345,
        '\\', 1392,
        '|', 1391,
        '\t', 1401,
        ' ', 1401,
        '-', 879,
        '/', 879,
        '=', 879,
        '_', 879,
        '~', 879,
        0x640, 879,
        0x2013, 879,
        0x2014, 879,
        0x2022, 879,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 354:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(349);
      if (lookahead == '\\') ADVANCE(356);
      if (lookahead == '|') ADVANCE(361);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(354);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(354);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 349,
        '\\', 356,
        '|', 361,
        '\t', 355,
        ' ', 355,
        '-', 354,
        '/', 354,
        '=', 354,
        '_', 354,
        '~', 354,
        0x640, 354,
        0x2013, 354,
        0x2014, 354,
        0x2022, 354,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(354);
      END_STATE();
    case 356:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(349);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(354);
      END_STATE();
    case 357:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 346,
        '\t', 1408,
        ' ', 1408,
        '-', 1353,
        '/', 1353,
        '=', 1353,
        '_', 1353,
        '~', 1353,
        0x640, 1353,
        0x2013, 1353,
        0x2014, 1353,
        0x2022, 1353,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 358:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 346,
        '\t', 1346,
        ' ', 1346,
        '-', 1353,
        '/', 1353,
        '=', 1353,
        '_', 1353,
        '~', 1353,
        0x640, 1353,
        0x2013, 1353,
        0x2014, 1353,
        0x2022, 1353,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 359:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 346,
        '\t', 1403,
        ' ', 1403,
        '-', 1353,
        '/', 1353,
        '=', 1353,
        '_', 1353,
        '~', 1353,
        0x640, 1353,
        0x2013, 1353,
        0x2014, 1353,
        0x2022, 1353,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 360:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 352,
        '\t', 360,
        ' ', 360,
        '-', 361,
        '/', 361,
        '=', 361,
        '_', 361,
        '~', 361,
        0x640, 361,
        0x2013, 361,
        0x2014, 361,
        0x2022, 361,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(361);
      END_STATE();
    case 361:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(352);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(361);
      END_STATE();
    case 362:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 363,
        '\\', 1392,
        '|', 1391,
        '\t', 1405,
        ' ', 1405,
        '-', 889,
        '/', 889,
        '=', 889,
        '_', 889,
        '~', 889,
        0x640, 889,
        0x2013, 889,
        0x2014, 889,
        0x2022, 889,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 363:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 882,
        '\\', 356,
        '|', 361,
        '\t', 371,
        ' ', 371,
        '-', 355,
        '/', 355,
        '=', 355,
        '_', 355,
        '~', 355,
        0x640, 355,
        0x2013, 355,
        0x2014, 355,
        0x2022, 355,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(354);
      END_STATE();
    case 364:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 374,
        '\t', 364,
        ' ', 364,
        '-', 365,
        '/', 365,
        '=', 365,
        '_', 365,
        '~', 365,
        0x640, 365,
        0x2013, 365,
        0x2014, 365,
        0x2022, 365,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(365);
      END_STATE();
    case 365:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(374);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(365);
      END_STATE();
    case 366:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 1355,
        '\t', 372,
        ' ', 372,
        '-', 360,
        '/', 360,
        '=', 360,
        '_', 360,
        '~', 360,
        0x640, 360,
        0x2013, 360,
        0x2014, 360,
        0x2022, 360,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(361);
      END_STATE();
    case 367:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 1355,
        '\t', 375,
        ' ', 375,
        '-', 364,
        '/', 364,
        '=', 364,
        '_', 364,
        '~', 364,
        0x640, 364,
        0x2013, 364,
        0x2014, 364,
        0x2022, 364,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(365);
      END_STATE();
    case 368:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 366,
        '\t', 1404,
        ' ', 1404,
        '-', 1360,
        '/', 1360,
        '=', 1360,
        '_', 1360,
        '~', 1360,
        0x640, 1360,
        0x2013, 1360,
        0x2014, 1360,
        0x2022, 1360,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 369:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 366,
        '\t', 1410,
        ' ', 1410,
        '-', 1360,
        '/', 1360,
        '=', 1360,
        '_', 1360,
        '~', 1360,
        0x640, 1360,
        0x2013, 1360,
        0x2014, 1360,
        0x2022, 1360,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 370:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 366,
        '\t', 1359,
        ' ', 1359,
        '-', 1360,
        '/', 1360,
        '=', 1360,
        '_', 1360,
        '~', 1360,
        0x640, 1360,
        0x2013, 1360,
        0x2014, 1360,
        0x2022, 1360,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 371:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 350,
        '\\', 356,
        '|', 361,
        '\t', 371,
        ' ', 371,
        '-', 355,
        '/', 355,
        '=', 355,
        '_', 355,
        '~', 355,
        0x640, 355,
        0x2013, 355,
        0x2014, 355,
        0x2022, 355,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(354);
      END_STATE();
    case 372:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 351,
        '\t', 372,
        ' ', 372,
        '-', 360,
        '/', 360,
        '=', 360,
        '_', 360,
        '~', 360,
        0x640, 360,
        0x2013, 360,
        0x2014, 360,
        0x2022, 360,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(361);
      END_STATE();
    case 373:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 1356,
        '\t', 1355,
        ' ', 1355,
        '-', 1391,
        '/', 1391,
        '=', 1391,
        '_', 1391,
        '~', 1391,
        0x640, 1391,
        0x2013, 1391,
        0x2014, 1391,
        0x2022, 1391,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 374:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '*') ADVANCE(1356);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 375:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 373,
        '\t', 375,
        ' ', 375,
        '-', 364,
        '/', 364,
        '=', 364,
        '_', 364,
        '~', 364,
        0x640, 364,
        0x2013, 364,
        0x2014, 364,
        0x2022, 364,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(365);
      END_STATE();
    case 376:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '*', 367,
        '\t', 1359,
        ' ', 1359,
        '-', 1360,
        '/', 1360,
        '=', 1360,
        '_', 1360,
        '~', 1360,
        0x640, 1360,
        0x2013, 1360,
        0x2014, 1360,
        0x2022, 1360,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 377:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ',') ADVANCE(1354);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(377);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 378:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ',') ADVANCE(1354);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(377);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1388);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 379:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ',') ADVANCE(1354);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(377);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(378);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 380:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ',') ADVANCE(884);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(380);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 381:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ',') ADVANCE(884);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(380);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(873);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 382:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ',') ADVANCE(884);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(380);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(381);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 383:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '-', 1429,
        ':', 384,
        'B', 1363,
        'R', 930,
        'W', 1014,
        0x625, 1225,
        0x627, 1225,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 383,
        ' ', 383,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 384:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '-') ADVANCE(1429);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 385:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '/', 866,
        '\\', 1392,
        '|', 1391,
        '\t', 397,
        ' ', 397,
        ')', 845,
        0x2013, 845,
        '-', 844,
        '.', 844,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(864);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 386:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '/', 866,
        '\\', 1392,
        '|', 1391,
        '\t', 397,
        ' ', 397,
        ')', 845,
        0x2013, 845,
        '-', 844,
        '.', 844,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(385);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 387:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '/') ADVANCE(1381);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(398);
      if (lookahead == ')' ||
          lookahead == 0x2013) ADVANCE(1332);
      if (lookahead == '-' ||
          lookahead == '.') ADVANCE(1331);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1375);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 388:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '/') ADVANCE(1381);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(398);
      if (lookahead == ')' ||
          lookahead == 0x2013) ADVANCE(1332);
      if (lookahead == '-' ||
          lookahead == '.') ADVANCE(1331);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(387);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 389:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '/') ADVANCE(1381);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(398);
      if (lookahead == ')' ||
          lookahead == 0x2013) ADVANCE(1328);
      if (lookahead == '-' ||
          lookahead == '.') ADVANCE(1327);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1378);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 390:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '/') ADVANCE(1381);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(398);
      if (lookahead == ')' ||
          lookahead == 0x2013) ADVANCE(1328);
      if (lookahead == '-' ||
          lookahead == '.') ADVANCE(1327);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(389);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 391:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ':') ADVANCE(848);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 392:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ':') ADVANCE(1335);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(37);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 393:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'A', 517,
        'D', 459,
        'F', 453,
        'J', 415,
        'M', 417,
        'N', 510,
        'O', 439,
        'S', 460,
        '\\', 1392,
        '|', 1391,
        '\t', 393,
        ' ', 393,
        ',', 851,
        0x60c, 851,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(846);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 394:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'A', 517,
        'D', 459,
        'F', 453,
        'J', 415,
        'M', 417,
        'N', 510,
        'O', 439,
        'S', 460,
        '\\', 1392,
        '|', 1391,
        '\t', 394,
        ' ', 394,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(846);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 395:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'A', 998,
        'D', 935,
        'F', 929,
        'J', 891,
        'M', 893,
        'N', 986,
        'O', 915,
        'S', 936,
        '\t', 395,
        ' ', 395,
        ',', 1338,
        0x60c, 1338,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1333);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 396:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'A', 998,
        'D', 935,
        'F', 929,
        'J', 891,
        'M', 893,
        'N', 986,
        'O', 915,
        'S', 936,
        '\t', 396,
        ' ', 396,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1333);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 397:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'A', 523,
        'D', 464,
        'F', 461,
        'J', 422,
        'M', 418,
        'N', 512,
        'O', 446,
        'S', 462,
        '\\', 1392,
        '|', 1391,
        0x622, 634,
        0x623, 648,
        0x625, 649,
        0x627, 648,
        0x62a, 733,
        0x62c, 599,
        0x62d, 717,
        0x62f, 823,
        0x633, 644,
        0x634, 645,
        0x641, 638,
        0x643, 604,
        0x645, 594,
        0x646, 804,
        0x64a, 788,
        '\t', 397,
        ' ', 397,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 398:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'A', 999,
        'D', 937,
        'F', 938,
        'J', 898,
        'M', 895,
        'N', 988,
        'O', 922,
        'S', 939,
        0x622, 1110,
        0x623, 1124,
        0x625, 1125,
        0x627, 1124,
        0x62a, 1212,
        0x62c, 1075,
        0x62d, 1196,
        0x62f, 1307,
        0x633, 1119,
        0x634, 1121,
        0x641, 1115,
        0x643, 1080,
        0x645, 1070,
        0x646, 1288,
        0x64a, 1271,
        '\t', 398,
        ' ', 398,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 399:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'A', 524,
        'D', 468,
        'F', 466,
        'J', 424,
        'M', 421,
        'N', 513,
        'O', 447,
        'S', 467,
        '\\', 1392,
        '|', 1391,
        0x622, 636,
        0x623, 652,
        0x625, 653,
        0x627, 652,
        0x62a, 734,
        0x62c, 629,
        0x62d, 718,
        0x62f, 838,
        0x633, 650,
        0x634, 646,
        0x641, 656,
        0x643, 631,
        0x645, 601,
        0x646, 814,
        0x64a, 794,
        '\t', 399,
        ' ', 399,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 400:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'A', 1000,
        'D', 941,
        'F', 943,
        'J', 900,
        'M', 897,
        'N', 989,
        'O', 923,
        'S', 944,
        0x622, 1111,
        0x623, 1128,
        0x625, 1129,
        0x627, 1128,
        0x62a, 1213,
        0x62c, 1105,
        0x62d, 1197,
        0x62f, 1322,
        0x633, 1126,
        0x634, 1122,
        0x641, 1132,
        0x643, 1107,
        0x645, 1077,
        0x646, 1298,
        0x64a, 1277,
        '\t', 400,
        ' ', 400,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 401:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'A', 525,
        'D', 472,
        'F', 469,
        'J', 426,
        'M', 423,
        'N', 515,
        'O', 448,
        'S', 471,
        '\\', 1392,
        '|', 1391,
        0x622, 635,
        0x623, 654,
        0x625, 655,
        0x627, 654,
        0x62a, 735,
        0x62c, 630,
        0x62d, 719,
        0x62f, 839,
        0x633, 651,
        0x634, 647,
        0x641, 657,
        0x643, 632,
        0x645, 605,
        0x646, 815,
        0x64a, 796,
        '\t', 401,
        ' ', 401,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 402:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'A', 1001,
        'D', 945,
        'F', 946,
        'J', 902,
        'M', 899,
        'N', 991,
        'O', 924,
        'S', 948,
        0x622, 1112,
        0x623, 1130,
        0x625, 1131,
        0x627, 1130,
        0x62a, 1214,
        0x62c, 1106,
        0x62d, 1198,
        0x62f, 1323,
        0x633, 1127,
        0x634, 1123,
        0x641, 1133,
        0x643, 1108,
        0x645, 1081,
        0x646, 1299,
        0x64a, 1279,
        '\t', 402,
        ' ', 402,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 403:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'B', 854,
        'R', 454,
        'W', 536,
        '\\', 1392,
        '|', 1391,
        0x625, 743,
        0x627, 743,
        0x628, 756,
        0x62a, 685,
        0x62d, 799,
        0x643, 666,
        0x645, 672,
        '\t', 403,
        ' ', 403,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 404:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'B', 854,
        'R', 454,
        'W', 536,
        '\\', 1392,
        '|', 1391,
        0x625, 743,
        0x627, 743,
        0x628, 756,
        0x62a, 685,
        0x62d, 799,
        0x643, 666,
        0x645, 672,
        '\t', 1397,
        ' ', 1397,
        '*', 879,
        '-', 879,
        '/', 879,
        '=', 879,
        '_', 879,
        '~', 879,
        0x640, 879,
        0x2013, 879,
        0x2014, 879,
        0x2022, 879,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 405:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'B', 854,
        'R', 454,
        'W', 536,
        '\\', 1392,
        '|', 1391,
        0x625, 743,
        0x627, 743,
        0x628, 756,
        0x62a, 685,
        0x62d, 799,
        0x643, 666,
        0x645, 672,
        '\t', 405,
        ' ', 405,
        '*', 879,
        '-', 879,
        '/', 879,
        '=', 879,
        '_', 879,
        '~', 879,
        0x640, 879,
        0x2013, 879,
        0x2014, 879,
        0x2022, 879,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 406:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'B', 854,
        'R', 454,
        'W', 536,
        '\\', 1392,
        '|', 1391,
        0x625, 743,
        0x627, 743,
        0x628, 756,
        0x62a, 685,
        0x62d, 799,
        0x643, 666,
        0x645, 672,
        '\t', 406,
        ' ', 406,
        '*', 889,
        '-', 889,
        '/', 889,
        '=', 889,
        '_', 889,
        '~', 889,
        0x640, 889,
        0x2013, 889,
        0x2014, 889,
        0x2022, 889,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 407:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'B', 854,
        'R', 454,
        'W', 536,
        '\\', 1392,
        '|', 1391,
        0x625, 743,
        0x627, 743,
        0x628, 756,
        0x62a, 685,
        0x62d, 799,
        0x643, 666,
        0x645, 672,
        '\t', 1398,
        ' ', 1398,
        '*', 889,
        '-', 889,
        '/', 889,
        '=', 889,
        '_', 889,
        '~', 889,
        0x640, 889,
        0x2013, 889,
        0x2014, 889,
        0x2022, 889,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 408:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'B', 1363,
        'R', 930,
        'W', 1014,
        0x625, 1225,
        0x627, 1225,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 408,
        ' ', 408,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 409:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'B', 1363,
        'R', 930,
        'W', 1014,
        0x625, 1225,
        0x627, 1225,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 1406,
        ' ', 1406,
        '*', 1353,
        '-', 1353,
        '/', 1353,
        '=', 1353,
        '_', 1353,
        '~', 1353,
        0x640, 1353,
        0x2013, 1353,
        0x2014, 1353,
        0x2022, 1353,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 410:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'B', 1363,
        'R', 930,
        'W', 1014,
        0x625, 1225,
        0x627, 1225,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 410,
        ' ', 410,
        '*', 1353,
        '-', 1353,
        '/', 1353,
        '=', 1353,
        '_', 1353,
        '~', 1353,
        0x640, 1353,
        0x2013, 1353,
        0x2014, 1353,
        0x2022, 1353,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 411:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'B', 1363,
        'R', 930,
        'W', 1014,
        0x625, 1225,
        0x627, 1225,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 1399,
        ' ', 1399,
        '*', 1353,
        '-', 1353,
        '/', 1353,
        '=', 1353,
        '_', 1353,
        '~', 1353,
        0x640, 1353,
        0x2013, 1353,
        0x2014, 1353,
        0x2022, 1353,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 412:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'B', 1363,
        'R', 930,
        'W', 1014,
        0x625, 1225,
        0x627, 1225,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 1400,
        ' ', 1400,
        '*', 1360,
        '-', 1360,
        '/', 1360,
        '=', 1360,
        '_', 1360,
        '~', 1360,
        0x640, 1360,
        0x2013, 1360,
        0x2014, 1360,
        0x2022, 1360,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 413:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'B', 1363,
        'R', 930,
        'W', 1014,
        0x625, 1225,
        0x627, 1225,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 413,
        ' ', 413,
        '*', 1360,
        '-', 1360,
        '/', 1360,
        '=', 1360,
        '_', 1360,
        '~', 1360,
        0x640, 1360,
        0x2013, 1360,
        0x2014, 1360,
        0x2022, 1360,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 414:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        'B', 1363,
        'R', 930,
        'W', 1014,
        0x625, 1225,
        0x627, 1225,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 1407,
        ' ', 1407,
        '*', 1360,
        '-', 1360,
        '/', 1360,
        '=', 1360,
        '_', 1360,
        '~', 1360,
        0x640, 1360,
        0x2013, 1360,
        0x2014, 1360,
        0x2022, 1360,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 415:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'a') ADVANCE(508);
      if (lookahead == 'u') ADVANCE(491);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 416:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'a') ADVANCE(538);
      if (lookahead == 'o') ADVANCE(503);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 417:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'a') ADVANCE(538);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 418:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'a') ADVANCE(529);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 419:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'a') ADVANCE(566);
      if (lookahead == 'e') ADVANCE(522);
      if (lookahead == 'u') ADVANCE(503);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 420:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'a') ADVANCE(583);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 421:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'a') ADVANCE(532);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 422:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'a') ADVANCE(504);
      if (lookahead == 'u') ADVANCE(493);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 423:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'a') ADVANCE(534);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 424:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'a') ADVANCE(505);
      if (lookahead == 'u') ADVANCE(495);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 425:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'a') ADVANCE(540);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 426:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'a') ADVANCE(506);
      if (lookahead == 'u') ADVANCE(496);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 427:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'a') ADVANCE(543);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 428:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'a') ADVANCE(544);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 429:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'a') ADVANCE(545);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 430:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'b') ADVANCE(283);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 431:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'b') ADVANCE(319);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 432:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'b') ADVANCE(547);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 433:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'b') ADVANCE(542);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 434:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'b') ADVANCE(581);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(434);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 435:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'b') ADVANCE(473);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 436:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'b') ADVANCE(474);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 437:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'b') ADVANCE(475);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 438:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'b') ADVANCE(476);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 439:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'c') ADVANCE(559);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 440:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'c') ADVANCE(486);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(880);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 441:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'c') ADVANCE(280);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 442:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'c') ADVANCE(316);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 443:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'c') ADVANCE(477);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 444:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'c') ADVANCE(457);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 445:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'c') ADVANCE(484);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(852);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(884);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 446:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'c') ADVANCE(554);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 447:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'c') ADVANCE(556);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 448:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'c') ADVANCE(558);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 449:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'd') ADVANCE(420);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 450:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'd') ADVANCE(507);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 451:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'd') ADVANCE(883);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 452:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(433);
      if (lookahead == 'r') ADVANCE(488);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 453:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(433);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 454:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(521);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 455:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(450);
      if (lookahead == 'r') ADVANCE(489);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 456:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(548);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 457:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(499);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(880);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 458:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(852);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(852);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(884);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 459:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(444);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 460:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(522);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 461:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(430);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 462:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(518);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 463:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(451);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 464:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(441);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 465:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(881);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(880);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 466:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(431);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 467:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(519);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 468:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(442);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 469:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(432);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 470:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(509);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 471:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(520);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 472:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(443);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 473:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(541);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 474:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(527);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 475:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(535);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 476:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(530);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 477:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'e') ADVANCE(502);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(852);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(884);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 478:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'g') ADVANCE(285);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 479:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'g') ADVANCE(321);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 480:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'g') ADVANCE(574);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 481:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'g') ADVANCE(567);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 482:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'h') ADVANCE(568);
      if (lookahead == 'u') ADVANCE(456);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 483:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'h') ADVANCE(289);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 484:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'h') ADVANCE(852);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 485:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'h') ADVANCE(325);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 486:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'h') ADVANCE(881);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 487:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'i') ADVANCE(498);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(880);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 488:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'i') ADVANCE(449);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 489:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'i') ADVANCE(563);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 490:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'i') ADVANCE(494);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(852);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(884);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 491:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'l') ADVANCE(588);
      if (lookahead == 'n') ADVANCE(465);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 492:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'l') ADVANCE(289);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 493:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'l') ADVANCE(287);
      if (lookahead == 'n') ADVANCE(279);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 494:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'l') ADVANCE(852);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 495:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'l') ADVANCE(323);
      if (lookahead == 'n') ADVANCE(315);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 496:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'l') ADVANCE(584);
      if (lookahead == 'n') ADVANCE(458);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 497:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'l') ADVANCE(325);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 498:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'l') ADVANCE(881);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 499:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'm') ADVANCE(435);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 500:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'm') ADVANCE(436);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 501:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'm') ADVANCE(437);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 502:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'm') ADVANCE(438);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 503:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'n') ADVANCE(449);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 504:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'n') ADVANCE(286);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 505:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'n') ADVANCE(322);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 506:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'n') ADVANCE(575);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 507:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'n') ADVANCE(456);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 508:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'n') ADVANCE(570);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 509:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'n') ADVANCE(883);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 510:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'o') ADVANCE(580);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 511:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'o') ADVANCE(435);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(880);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 512:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'o') ADVANCE(577);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 513:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'o') ADVANCE(578);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 514:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'o') ADVANCE(546);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 515:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'o') ADVANCE(579);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 516:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'o') ADVANCE(438);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(852);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(884);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 517:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'p') ADVANCE(539);
      if (lookahead == 'u') ADVANCE(481);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 518:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'p') ADVANCE(284);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 519:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'p') ADVANCE(320);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 520:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'p') ADVANCE(557);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 521:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'p') ADVANCE(514);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 522:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'p') ADVANCE(561);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 523:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'p') ADVANCE(528);
      if (lookahead == 'u') ADVANCE(478);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 524:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'p') ADVANCE(531);
      if (lookahead == 'u') ADVANCE(479);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 525:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'p') ADVANCE(533);
      if (lookahead == 'u') ADVANCE(480);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 526:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(548);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 527:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(289);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 528:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(281);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 529:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(278);
      if (lookahead == 'y') ADVANCE(289);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 530:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(852);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 531:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(317);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 532:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(314);
      if (lookahead == 'y') ADVANCE(325);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 533:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(490);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 534:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(445);
      if (lookahead == 'y') ADVANCE(852);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 535:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(325);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 536:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(489);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 537:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(449);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 538:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(440);
      if (lookahead == 'y') ADVANCE(881);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 539:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(487);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 540:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(587);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 541:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(881);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 542:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(569);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(880);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 543:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(582);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 544:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(586);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 545:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(585);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 546:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(565);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 547:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'r') ADVANCE(576);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(852);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(884);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 548:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 's') ADVANCE(449);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 549:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 's') ADVANCE(562);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 550:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 's') ADVANCE(553);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 551:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 's') ADVANCE(560);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 552:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 's') ADVANCE(555);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 553:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 't') ADVANCE(289);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 554:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 't') ADVANCE(282);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 555:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 't') ADVANCE(852);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 556:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 't') ADVANCE(318);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 557:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 't') ADVANCE(477);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(852);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(884);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 558:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 't') ADVANCE(516);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 559:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 't') ADVANCE(511);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 560:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 't') ADVANCE(325);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 561:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 't') ADVANCE(457);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(880);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 562:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 't') ADVANCE(881);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 563:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 't') ADVANCE(564);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 564:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 't') ADVANCE(470);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 565:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 't') ADVANCE(463);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 566:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 't') ADVANCE(571);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 567:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'u') ADVANCE(549);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(880);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 568:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'u') ADVANCE(526);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 569:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'u') ADVANCE(425);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 570:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'u') ADVANCE(425);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(880);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 571:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'u') ADVANCE(537);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 572:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'u') ADVANCE(427);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 573:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'u') ADVANCE(428);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 574:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'u') ADVANCE(552);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(852);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(884);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 575:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'u') ADVANCE(429);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(852);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(884);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 576:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'u') ADVANCE(429);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 577:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'v') ADVANCE(280);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 578:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'v') ADVANCE(316);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 579:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'v') ADVANCE(477);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 580:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'v') ADVANCE(457);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 581:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'y') ADVANCE(391);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 582:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'y') ADVANCE(289);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 583:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'y') ADVANCE(850);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 584:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'y') ADVANCE(852);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(852);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(884);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 585:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'y') ADVANCE(852);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 586:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'y') ADVANCE(325);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 587:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'y') ADVANCE(881);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 588:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == 'y') ADVANCE(881);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(880);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 589:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x621) ADVANCE(850);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 590:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        0x623, 687,
        0x625, 682,
        0x627, 681,
        0x62b, 767,
        0x62c, 774,
        0x62e, 778,
        0x633, 639,
        '\t', 876,
        ' ', 876,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 591:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x623) ADVANCE(806);
      if (lookahead == 0x627) ADVANCE(806);
      if (lookahead == 0x62b) ADVANCE(621);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 592:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x623) ADVANCE(809);
      if (lookahead == 0x627) ADVANCE(809);
      if (lookahead == 0x62b) ADVANCE(624);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 593:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x623) ADVANCE(811);
      if (lookahead == 0x627) ADVANCE(811);
      if (lookahead == 0x62b) ADVANCE(627);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 594:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(697);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 595:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(589);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 596:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(689);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 597:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(695);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 598:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(683);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 599:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(784);
      if (lookahead == 0x648) ADVANCE(609);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 600:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(878);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(878);
      if (lookahead == ':' ||
          lookahead == 0x61b) ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 601:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(699);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 602:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(736);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 603:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(637);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 604:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(785);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 605:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(701);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 606:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(738);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 607:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(692);
      if (lookahead == 0x644) ADVANCE(806);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 608:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(692);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 609:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(779);
      if (lookahead == 0x64a) ADVANCE(759);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 610:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(779);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 611:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(737);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 612:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(694);
      if (lookahead == 0x644) ADVANCE(809);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 613:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(694);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 614:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(693);
      if (lookahead == 0x644) ADVANCE(811);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 615:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(693);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 616:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(782);
      if (lookahead == 0x64a) ADVANCE(763);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 617:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(782);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 618:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(781);
      if (lookahead == 0x64a) ADVANCE(765);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 619:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(781);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 620:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(761);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(620);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 621:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(786);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 622:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(770);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(622);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 623:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(827);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 624:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(789);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 625:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(771);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(625);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 626:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(829);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 627:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(790);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 628:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(831);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 629:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(791);
      if (lookahead == 0x648) ADVANCE(616);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 630:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(792);
      if (lookahead == 0x648) ADVANCE(618);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 631:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(797);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 632:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x627) ADVANCE(798);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 633:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(674);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 634:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(289);
      if (lookahead == 0x630) ADVANCE(608);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 635:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(852);
      if (lookahead == 0x630) ADVANCE(615);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 636:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(325);
      if (lookahead == 0x630) ADVANCE(613);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 637:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(744);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 638:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(702);
      if (lookahead == 0x64a) ADVANCE(753);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 639:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(669);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 640:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(746);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 641:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(692);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 642:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(694);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 643:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(693);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 644:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(676);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 645:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(602);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 646:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(606);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 647:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(611);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 648:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        0x628, 696,
        0x63a, 722,
        0x641, 696,
        0x643, 675,
        0x648, 668,
        0x64a, 607,
        '\t', 876,
        ' ', 876,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 649:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(696);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 650:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(678);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 651:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(680);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 652:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        0x628, 700,
        0x63a, 729,
        0x641, 700,
        0x643, 677,
        0x648, 671,
        0x64a, 612,
        '\t', 876,
        ' ', 876,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 653:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(700);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 654:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        0x628, 704,
        0x63a, 731,
        0x641, 704,
        0x643, 679,
        0x648, 670,
        0x64a, 614,
        '\t', 876,
        ' ', 876,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 655:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(704);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 656:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(710);
      if (lookahead == 0x64a) ADVANCE(754);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 657:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x628) ADVANCE(711);
      if (lookahead == 0x64a) ADVANCE(755);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 658:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x629) ADVANCE(289);
      if (lookahead == 0x64a) ADVANCE(659);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 659:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x629) ADVANCE(289);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 660:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x629) ADVANCE(850);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 661:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x629) ADVANCE(852);
      if (lookahead == 0x64a) ADVANCE(662);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 662:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x629) ADVANCE(852);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 663:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x629) ADVANCE(325);
      if (lookahead == 0x64a) ADVANCE(664);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 664:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x629) ADVANCE(325);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 665:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x629) ADVANCE(878);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 666:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62a) ADVANCE(633);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 667:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        0x62a, 633,
        '\t', 858,
        ' ', 858,
        ')', 845,
        '-', 845,
        0x2013, 845,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 668:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62a) ADVANCE(289);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 669:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62a) ADVANCE(850);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 670:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62a) ADVANCE(852);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 671:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62a) ADVANCE(325);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 672:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62a) ADVANCE(603);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 673:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        0x62a, 603,
        '\t', 858,
        ' ', 858,
        ')', 845,
        '-', 845,
        0x2013, 845,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 674:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        0x62a, 878,
        0x647, 600,
        '\t', 878,
        ' ', 878,
        ':', 38,
        0x61b, 38,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 675:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62a) ADVANCE(810);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 676:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62a) ADVANCE(775);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 677:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62a) ADVANCE(812);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 678:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62a) ADVANCE(776);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 679:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62a) ADVANCE(813);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 680:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62a) ADVANCE(777);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 681:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62b) ADVANCE(783);
      if (lookahead == 0x62d) ADVANCE(688);
      if (lookahead == 0x631) ADVANCE(640);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 682:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62b) ADVANCE(783);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 683:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62b) ADVANCE(595);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 684:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62c) ADVANCE(773);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 685:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        0x62d, 691,
        0x631, 684,
        0x635, 801,
        0x642, 691,
        '\t', 876,
        ' ', 876,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 686:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        0x62d, 691,
        0x631, 684,
        0x635, 801,
        0x642, 691,
        '\t', 858,
        ' ', 858,
        ')', 845,
        '-', 845,
        0x2013, 845,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 687:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62d) ADVANCE(688);
      if (lookahead == 0x631) ADVANCE(640);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 688:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62f) ADVANCE(850);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 689:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62f) ADVANCE(878);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 690:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x62f) ADVANCE(596);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 691:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(822);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 692:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(289);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 693:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(852);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 694:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(325);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 695:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(878);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 696:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(826);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 697:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(720);
      if (lookahead == 0x64a) ADVANCE(288);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 698:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(818);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 699:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(724);
      if (lookahead == 0x64a) ADVANCE(324);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 700:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(833);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 701:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(723);
      if (lookahead == 0x64a) ADVANCE(802);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 702:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(623);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 703:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(610);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 704:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(834);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 705:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(821);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 706:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(820);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 707:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(617);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 708:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(619);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 709:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(832);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 710:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(626);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 711:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(628);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 712:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(840);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 713:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x631) ADVANCE(841);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 714:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x632) ADVANCE(289);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 715:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x632) ADVANCE(852);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 716:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x632) ADVANCE(325);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 717:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x632) ADVANCE(835);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 718:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x632) ADVANCE(836);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 719:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x632) ADVANCE(837);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 720:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x633) ADVANCE(289);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 721:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x633) ADVANCE(850);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 722:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x633) ADVANCE(739);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 723:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x633) ADVANCE(852);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 724:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x633) ADVANCE(325);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 725:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x633) ADVANCE(775);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 726:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x633) ADVANCE(610);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 727:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x633) ADVANCE(617);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 728:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x633) ADVANCE(619);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 729:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x633) ADVANCE(740);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 730:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x633) ADVANCE(776);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 731:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x633) ADVANCE(741);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 732:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x633) ADVANCE(777);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 733:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x634) ADVANCE(709);
      if (lookahead == 0x645) ADVANCE(803);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 734:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x634) ADVANCE(712);
      if (lookahead == 0x645) ADVANCE(805);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 735:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x634) ADVANCE(713);
      if (lookahead == 0x645) ADVANCE(807);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 736:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x637) ADVANCE(289);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 737:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x637) ADVANCE(852);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 738:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x637) ADVANCE(325);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 739:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x637) ADVANCE(720);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 740:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x637) ADVANCE(724);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 741:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x637) ADVANCE(723);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 742:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        0x639, 690,
        0x644, 590,
        '\t', 858,
        ' ', 858,
        ')', 845,
        '-', 845,
        0x2013, 845,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 743:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x639) ADVANCE(690);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 744:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x639) ADVANCE(665);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 745:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x639) ADVANCE(660);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 746:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x639) ADVANCE(595);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 747:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x641) ADVANCE(775);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 748:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x641) ADVANCE(818);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 749:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x641) ADVANCE(821);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 750:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x641) ADVANCE(820);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 751:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x641) ADVANCE(776);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 752:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x641) ADVANCE(777);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 753:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x641) ADVANCE(698);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 754:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x641) ADVANCE(705);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 755:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x641) ADVANCE(706);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 756:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x642) ADVANCE(764);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 757:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        0x642, 764,
        '\t', 858,
        ' ', 858,
        ')', 845,
        '-', 845,
        0x2013, 845,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 758:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x644) ADVANCE(289);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 759:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x644) ADVANCE(658);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 760:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x644) ADVANCE(852);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 761:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x644) ADVANCE(591);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 762:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x644) ADVANCE(325);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 763:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x644) ADVANCE(663);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 764:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x644) ADVANCE(772);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 765:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x644) ADVANCE(661);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 766:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x644) ADVANCE(819);
      if (lookahead == 0x646) ADVANCE(819);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 767:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x644) ADVANCE(598);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 768:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x644) ADVANCE(824);
      if (lookahead == 0x646) ADVANCE(824);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 769:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x644) ADVANCE(825);
      if (lookahead == 0x646) ADVANCE(825);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 770:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x644) ADVANCE(592);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 771:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x644) ADVANCE(593);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 772:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x645) ADVANCE(849);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 773:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x645) ADVANCE(665);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 774:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x645) ADVANCE(745);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 775:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x645) ADVANCE(641);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 776:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x645) ADVANCE(642);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 777:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x645) ADVANCE(643);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 778:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x645) ADVANCE(828);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 779:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(289);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 780:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(850);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 781:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(852);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 782:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(325);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 783:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(830);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 784:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(748);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 785:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(808);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 786:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(818);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 787:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(885);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 788:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(623);
      if (lookahead == 0x648) ADVANCE(766);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 789:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(821);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 790:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(820);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 791:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(749);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 792:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(750);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 793:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(888);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 794:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(626);
      if (lookahead == 0x648) ADVANCE(768);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 795:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(890);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 796:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(628);
      if (lookahead == 0x648) ADVANCE(769);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 797:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(816);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 798:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x646) ADVANCE(817);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 799:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(597);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 800:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        0x648, 597,
        '\t', 858,
        ' ', 858,
        ')', 845,
        '-', 845,
        0x2013, 845,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 801:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(822);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 802:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(852);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(852);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(884);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 803:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(714);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 804:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(747);
      if (lookahead == 0x64a) ADVANCE(726);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 805:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(716);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 806:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(758);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 807:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(715);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 808:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(787);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 809:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(762);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 810:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(641);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 811:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(760);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 812:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(642);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 813:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(643);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 814:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(751);
      if (lookahead == 0x64a) ADVANCE(727);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 815:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(752);
      if (lookahead == 0x64a) ADVANCE(728);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 816:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(793);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 817:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x648) ADVANCE(795);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 818:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(289);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 819:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(855);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 820:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(852);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 821:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(325);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 822:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(695);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 823:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(725);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 824:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(857);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 825:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(856);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 826:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(758);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 827:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(692);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 828:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(721);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 829:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(694);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 830:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(780);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 831:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(693);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 832:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(787);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 833:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(762);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 834:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(760);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 835:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(703);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 836:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(707);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 837:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(708);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 838:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(730);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 839:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(732);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 840:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(793);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 841:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == 0x64a) ADVANCE(795);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 842:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 843:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        '\t', 1401,
        ' ', 1401,
        '*', 879,
        '-', 879,
        '/', 879,
        '=', 879,
        '_', 879,
        '~', 879,
        0x640, 879,
        0x2013, 879,
        0x2014, 879,
        0x2022, 879,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 844:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1402);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(859);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 845:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1402);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 846:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(397);
      if (('-' <= lookahead && lookahead <= '/')) ADVANCE(866);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(847);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 847:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(397);
      if (('-' <= lookahead && lookahead <= '/')) ADVANCE(866);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(869);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 848:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 849:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(39);
      if (lookahead == ':' ||
          lookahead == 0x61b) ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 850:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(393);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(851);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 851:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(394);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 852:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(852);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(884);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 853:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        '\t', 853,
        ' ', 853,
        '*', 879,
        '-', 879,
        '/', 879,
        '=', 879,
        '_', 879,
        '~', 879,
        0x640, 879,
        0x2013, 879,
        0x2014, 879,
        0x2022, 879,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 854:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(391);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 855:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead == 0x647 ||
          lookahead == 0x648) ADVANCE(289);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 856:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead == 0x647 ||
          lookahead == 0x648) ADVANCE(852);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 857:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead == 0x647 ||
          lookahead == 0x648) ADVANCE(325);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 858:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(845);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 859:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (('-' <= lookahead && lookahead <= '/')) ADVANCE(871);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(860);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 860:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (('-' <= lookahead && lookahead <= '/')) ADVANCE(871);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 861:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (('-' <= lookahead && lookahead <= '/')) ADVANCE(870);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(862);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 862:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (('-' <= lookahead && lookahead <= '/')) ADVANCE(870);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 863:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (('-' <= lookahead && lookahead <= '/')) ADVANCE(874);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 864:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == '.' ||
          lookahead == 0x2013) ADVANCE(845);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(863);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 865:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead == 0x623 ||
          lookahead == 0x627 ||
          lookahead == 0x628 ||
          (0x62a <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(310);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(309);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 866:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(859);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 867:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(35);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 868:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(33);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 869:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(863);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 870:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(34);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 871:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(867);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 872:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(868);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 873:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(870);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 874:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(861);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 875:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(872);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 876:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(876);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 877:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(858);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(845);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 878:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(878);
      if (lookahead == ':' ||
          lookahead == 0x61b) ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 879:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        '\t', 879,
        ' ', 879,
        '*', 1423,
        '-', 1423,
        '/', 1423,
        '=', 1423,
        '_', 1423,
        '~', 1423,
        0x640, 1423,
        0x2013, 1423,
        0x2014, 1423,
        0x2022, 1423,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 880:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(880);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(382);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 881:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(880);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 882:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        '\t', 882,
        ' ', 882,
        '*', 876,
        '-', 876,
        '/', 876,
        '=', 876,
        '_', 876,
        '~', 876,
        0x640, 876,
        0x2013, 876,
        0x2014, 876,
        0x2022, 876,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 883:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(434);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 884:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(884);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(875);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 885:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(620);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 886:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        '\t', 1405,
        ' ', 1405,
        '*', 889,
        '-', 889,
        '/', 889,
        '=', 889,
        '_', 889,
        '~', 889,
        0x640, 889,
        0x2013, 889,
        0x2014, 889,
        0x2022, 889,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 887:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        '\t', 887,
        ' ', 887,
        '*', 889,
        '-', 889,
        '/', 889,
        '=', 889,
        '_', 889,
        '~', 889,
        0x640, 889,
        0x2013, 889,
        0x2014, 889,
        0x2022, 889,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 888:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(622);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 889:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\\', 1392,
        '|', 1391,
        '\t', 889,
        ' ', 889,
        '*', 882,
        '-', 882,
        '/', 882,
        '=', 882,
        '_', 882,
        '~', 882,
        0x640, 882,
        0x2013, 882,
        0x2014, 882,
        0x2022, 882,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 890:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(625);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 891:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'a') ADVANCE(980);
      if (lookahead == 'u') ADVANCE(967);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 892:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'a') ADVANCE(1003);
      if (lookahead == 'o') ADVANCE(979);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 893:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'a') ADVANCE(1003);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 894:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'a') ADVANCE(1059);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 895:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'a') ADVANCE(1007);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 896:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'a') ADVANCE(1042);
      if (lookahead == 'e') ADVANCE(993);
      if (lookahead == 'u') ADVANCE(979);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 897:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'a') ADVANCE(1011);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 898:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'a') ADVANCE(981);
      if (lookahead == 'u') ADVANCE(969);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 899:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'a') ADVANCE(1013);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 900:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'a') ADVANCE(982);
      if (lookahead == 'u') ADVANCE(972);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 901:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'a') ADVANCE(1017);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 902:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'a') ADVANCE(983);
      if (lookahead == 'u') ADVANCE(973);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 903:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'a') ADVANCE(1018);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 904:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'a') ADVANCE(1020);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 905:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'a') ADVANCE(1021);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 906:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'b') ADVANCE(1015);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 907:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'b') ADVANCE(295);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 908:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'b') ADVANCE(331);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 909:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'b') ADVANCE(1023);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 910:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'b') ADVANCE(1057);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(910);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 911:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'b') ADVANCE(949);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 912:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'b') ADVANCE(950);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 913:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'b') ADVANCE(951);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 914:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'b') ADVANCE(952);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 915:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'c') ADVANCE(1030);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 916:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'c') ADVANCE(933);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 917:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'c') ADVANCE(962);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1351);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 918:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'c') ADVANCE(292);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 919:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'c') ADVANCE(328);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 920:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'c') ADVANCE(953);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 921:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'c') ADVANCE(961);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1339);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(1354);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 922:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'c') ADVANCE(1032);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 923:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'c') ADVANCE(1035);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 924:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'c') ADVANCE(1037);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 925:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'd') ADVANCE(894);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 926:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'd') ADVANCE(984);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 927:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'd') ADVANCE(1340);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 928:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(906);
      if (lookahead == 'r') ADVANCE(964);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 929:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(906);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 930:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(997);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 931:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(926);
      if (lookahead == 'r') ADVANCE(965);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 932:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(1024);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 933:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(975);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1351);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 934:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(1339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1339);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(1354);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 935:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(916);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 936:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(993);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 937:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(918);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 938:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(907);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 939:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(994);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 940:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(927);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 941:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(919);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 942:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(1352);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1351);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 943:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(908);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 944:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(995);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 945:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(920);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 946:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(909);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 947:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(985);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 948:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(996);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 949:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(1019);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 950:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(1005);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 951:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(1008);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 952:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(1009);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 953:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'e') ADVANCE(978);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1339);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(1354);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 954:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'g') ADVANCE(1043);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 955:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'g') ADVANCE(297);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 956:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'g') ADVANCE(333);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 957:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'g') ADVANCE(1050);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 958:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'h') ADVANCE(1044);
      if (lookahead == 'u') ADVANCE(932);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 959:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'h') ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 960:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'h') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 961:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'h') ADVANCE(1339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 962:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'h') ADVANCE(1352);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 963:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'i') ADVANCE(974);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1351);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 964:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'i') ADVANCE(925);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 965:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'i') ADVANCE(1039);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 966:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'i') ADVANCE(971);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1339);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(1354);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 967:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'l') ADVANCE(1063);
      if (lookahead == 'n') ADVANCE(942);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 968:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'l') ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 969:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'l') ADVANCE(299);
      if (lookahead == 'n') ADVANCE(291);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 970:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'l') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 971:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'l') ADVANCE(1339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 972:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'l') ADVANCE(335);
      if (lookahead == 'n') ADVANCE(327);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 973:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'l') ADVANCE(1061);
      if (lookahead == 'n') ADVANCE(934);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 974:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'l') ADVANCE(1352);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 975:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'm') ADVANCE(911);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 976:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'm') ADVANCE(912);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 977:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'm') ADVANCE(913);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 978:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'm') ADVANCE(914);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 979:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'n') ADVANCE(925);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 980:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'n') ADVANCE(1045);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 981:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'n') ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 982:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'n') ADVANCE(334);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 983:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'n') ADVANCE(1051);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 984:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'n') ADVANCE(932);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 985:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'n') ADVANCE(1340);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 986:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'o') ADVANCE(1053);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 987:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'o') ADVANCE(911);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1351);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 988:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'o') ADVANCE(1054);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 989:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'o') ADVANCE(1055);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 990:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'o') ADVANCE(1022);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 991:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'o') ADVANCE(1056);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 992:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'o') ADVANCE(914);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1339);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(1354);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 993:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'p') ADVANCE(1029);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 994:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'p') ADVANCE(296);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 995:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'p') ADVANCE(332);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 996:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'p') ADVANCE(1036);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 997:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'p') ADVANCE(990);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 998:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'p') ADVANCE(1002);
      if (lookahead == 'u') ADVANCE(954);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 999:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'p') ADVANCE(1006);
      if (lookahead == 'u') ADVANCE(955);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1000:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'p') ADVANCE(1010);
      if (lookahead == 'u') ADVANCE(956);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1001:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'p') ADVANCE(1012);
      if (lookahead == 'u') ADVANCE(957);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1002:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(963);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1003:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(917);
      if (lookahead == 'y') ADVANCE(1352);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1004:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(1024);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1005:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1006:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(293);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1007:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(290);
      if (lookahead == 'y') ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1008:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1009:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(1339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1010:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(329);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1011:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(326);
      if (lookahead == 'y') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1012:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(966);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1013:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(921);
      if (lookahead == 'y') ADVANCE(1339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1014:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(965);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1015:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(1046);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1351);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1016:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(925);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1017:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(1064);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1018:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(1058);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1019:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(1352);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1020:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(1060);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1021:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(1062);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1022:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(1041);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1023:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'r') ADVANCE(1052);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1339);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(1354);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1024:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 's') ADVANCE(925);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1025:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 's') ADVANCE(1038);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1026:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 's') ADVANCE(1031);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1027:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 's') ADVANCE(1033);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1028:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 's') ADVANCE(1034);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1029:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 't') ADVANCE(933);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1351);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1030:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 't') ADVANCE(987);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1031:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 't') ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1032:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 't') ADVANCE(294);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1033:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 't') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1034:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 't') ADVANCE(1339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1035:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 't') ADVANCE(330);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1036:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 't') ADVANCE(953);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1339);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(1354);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1037:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 't') ADVANCE(992);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1038:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 't') ADVANCE(1352);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1039:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 't') ADVANCE(1040);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1040:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 't') ADVANCE(947);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1041:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 't') ADVANCE(940);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1042:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 't') ADVANCE(1047);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1043:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'u') ADVANCE(1025);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1351);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1044:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'u') ADVANCE(1004);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1045:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'u') ADVANCE(901);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1351);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1046:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'u') ADVANCE(901);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1047:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'u') ADVANCE(1016);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1048:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'u') ADVANCE(903);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1049:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'u') ADVANCE(904);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1050:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'u') ADVANCE(1028);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1339);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(1354);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1051:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'u') ADVANCE(905);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1339);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(1354);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1052:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'u') ADVANCE(905);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1053:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'v') ADVANCE(933);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1054:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'v') ADVANCE(292);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1055:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'v') ADVANCE(328);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1056:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'v') ADVANCE(953);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1057:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'y') ADVANCE(392);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1058:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'y') ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1059:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'y') ADVANCE(1337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1060:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'y') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1061:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'y') ADVANCE(1339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1339);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(1354);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1062:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'y') ADVANCE(1339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1063:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'y') ADVANCE(1352);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1351);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1064:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'y') ADVANCE(1352);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1065:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x621) ADVANCE(1337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1066:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x623) ADVANCE(1166);
      if (lookahead == 0x625) ADVANCE(1160);
      if (lookahead == 0x627) ADVANCE(1159);
      if (lookahead == 0x62b) ADVANCE(1250);
      if (lookahead == 0x62c) ADVANCE(1257);
      if (lookahead == 0x62e) ADVANCE(1261);
      if (lookahead == 0x633) ADVANCE(1114);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1067:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x623) ADVANCE(1290);
      if (lookahead == 0x627) ADVANCE(1290);
      if (lookahead == 0x62b) ADVANCE(1097);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1068:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x623) ADVANCE(1293);
      if (lookahead == 0x627) ADVANCE(1293);
      if (lookahead == 0x62b) ADVANCE(1100);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1069:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x623) ADVANCE(1295);
      if (lookahead == 0x627) ADVANCE(1295);
      if (lookahead == 0x62b) ADVANCE(1103);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1070:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1176);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1071:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1065);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1072:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1168);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1073:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1174);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1074:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1161);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1075:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1267);
      if (lookahead == 0x648) ADVANCE(1085);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1076:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1349);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1349);
      if (lookahead == ':' ||
          lookahead == 0x61b) ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1077:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1178);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1078:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1215);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1079:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1113);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1080:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1268);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1081:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1180);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1082:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1216);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1083:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1171);
      if (lookahead == 0x644) ADVANCE(1290);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1084:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1085:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1262);
      if (lookahead == 0x64a) ADVANCE(1242);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1086:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1262);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1087:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1217);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1088:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1172);
      if (lookahead == 0x644) ADVANCE(1293);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1089:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1090:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1173);
      if (lookahead == 0x644) ADVANCE(1295);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1091:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1173);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1092:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1264);
      if (lookahead == 0x64a) ADVANCE(1246);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1093:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1264);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1094:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1265);
      if (lookahead == 0x64a) ADVANCE(1248);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1095:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1265);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1096:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1245);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1096);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1097:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1269);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1098:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1253);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1098);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1099:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1311);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1100:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1272);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1101:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1254);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1101);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1102:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1313);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1103:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1273);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1104:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1315);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1105:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1274);
      if (lookahead == 0x648) ADVANCE(1092);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1106:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1275);
      if (lookahead == 0x648) ADVANCE(1094);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1107:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1280);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1108:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x627) ADVANCE(1281);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1109:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1152);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1110:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(301);
      if (lookahead == 0x630) ADVANCE(1084);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1111:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(337);
      if (lookahead == 0x630) ADVANCE(1089);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1112:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1339);
      if (lookahead == 0x630) ADVANCE(1091);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1113:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1226);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1114:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1146);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1115:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1181);
      if (lookahead == 0x64a) ADVANCE(1235);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1116:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1228);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1117:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1118:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1119:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1154);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1120:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1173);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1121:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1078);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1122:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1082);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1123:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1087);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1124:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1175);
      if (lookahead == 0x63a) ADVANCE(1201);
      if (lookahead == 0x641) ADVANCE(1175);
      if (lookahead == 0x643) ADVANCE(1153);
      if (lookahead == 0x648) ADVANCE(1145);
      if (lookahead == 0x64a) ADVANCE(1083);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1125:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1175);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1126:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1127:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1158);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1128:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1179);
      if (lookahead == 0x63a) ADVANCE(1208);
      if (lookahead == 0x641) ADVANCE(1179);
      if (lookahead == 0x643) ADVANCE(1155);
      if (lookahead == 0x648) ADVANCE(1147);
      if (lookahead == 0x64a) ADVANCE(1088);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1129:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1179);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1130:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1183);
      if (lookahead == 0x63a) ADVANCE(1210);
      if (lookahead == 0x641) ADVANCE(1183);
      if (lookahead == 0x643) ADVANCE(1157);
      if (lookahead == 0x648) ADVANCE(1148);
      if (lookahead == 0x64a) ADVANCE(1090);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1131:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1183);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1132:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1189);
      if (lookahead == 0x64a) ADVANCE(1236);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1133:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x628) ADVANCE(1190);
      if (lookahead == 0x64a) ADVANCE(1237);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1134:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x629) ADVANCE(301);
      if (lookahead == 0x64a) ADVANCE(1135);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1135:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x629) ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1136:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x629) ADVANCE(1337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1137:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x629) ADVANCE(337);
      if (lookahead == 0x64a) ADVANCE(1138);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1138:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x629) ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1139:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x629) ADVANCE(1339);
      if (lookahead == 0x64a) ADVANCE(1140);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1140:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x629) ADVANCE(1339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1141:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x629) ADVANCE(1349);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1142:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62a) ADVANCE(1109);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1367);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1332);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1143:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62a) ADVANCE(1109);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1368);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1328);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1144:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62a) ADVANCE(1109);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1145:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62a) ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1146:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62a) ADVANCE(1337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1147:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62a) ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1148:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62a) ADVANCE(1339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1149:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62a) ADVANCE(1079);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1367);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1332);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1150:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62a) ADVANCE(1079);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1368);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1328);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1151:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62a) ADVANCE(1079);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1152:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62a) ADVANCE(1349);
      if (lookahead == 0x647) ADVANCE(1076);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1349);
      if (lookahead == ':' ||
          lookahead == 0x61b) ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1153:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62a) ADVANCE(1294);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1154:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62a) ADVANCE(1258);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1155:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62a) ADVANCE(1296);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1156:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62a) ADVANCE(1259);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1157:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62a) ADVANCE(1297);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1158:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62a) ADVANCE(1260);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1159:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62b) ADVANCE(1266);
      if (lookahead == 0x62d) ADVANCE(1167);
      if (lookahead == 0x631) ADVANCE(1116);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1160:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62b) ADVANCE(1266);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1161:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62b) ADVANCE(1071);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1162:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62c) ADVANCE(1256);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1163:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        0x62d, 1170,
        0x631, 1162,
        0x635, 1285,
        0x642, 1170,
        '\t', 1367,
        ' ', 1367,
        ')', 1332,
        '-', 1332,
        0x2013, 1332,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1164:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        0x62d, 1170,
        0x631, 1162,
        0x635, 1285,
        0x642, 1170,
        '\t', 1368,
        ' ', 1368,
        ')', 1328,
        '-', 1328,
        0x2013, 1328,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1165:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62d) ADVANCE(1170);
      if (lookahead == 0x631) ADVANCE(1162);
      if (lookahead == 0x635) ADVANCE(1285);
      if (lookahead == 0x642) ADVANCE(1170);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1166:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62d) ADVANCE(1167);
      if (lookahead == 0x631) ADVANCE(1116);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1167:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62f) ADVANCE(1337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1168:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62f) ADVANCE(1349);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1169:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x62f) ADVANCE(1072);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1170:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1306);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1171:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1172:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1173:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1174:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1349);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1175:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1310);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1176:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1199);
      if (lookahead == 0x64a) ADVANCE(300);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1177:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1302);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1178:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1202);
      if (lookahead == 0x64a) ADVANCE(336);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1179:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1317);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1180:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1203);
      if (lookahead == 0x64a) ADVANCE(1286);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1181:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1099);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1182:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1086);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1183:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1318);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1184:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1304);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1185:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1305);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1186:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1093);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1187:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1095);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1188:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1316);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1189:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1102);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1190:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1104);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1191:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1324);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1192:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x631) ADVANCE(1325);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1193:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x632) ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1194:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x632) ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1195:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x632) ADVANCE(1339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1196:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x632) ADVANCE(1319);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1197:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x632) ADVANCE(1320);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1198:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x632) ADVANCE(1321);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1199:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x633) ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1200:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x633) ADVANCE(1337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1201:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x633) ADVANCE(1218);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1202:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x633) ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1203:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x633) ADVANCE(1339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1204:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x633) ADVANCE(1258);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1205:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x633) ADVANCE(1086);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1206:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x633) ADVANCE(1093);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1207:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x633) ADVANCE(1095);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1208:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x633) ADVANCE(1219);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1209:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x633) ADVANCE(1259);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1210:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x633) ADVANCE(1220);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1211:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x633) ADVANCE(1260);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1212:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x634) ADVANCE(1188);
      if (lookahead == 0x645) ADVANCE(1287);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1213:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x634) ADVANCE(1191);
      if (lookahead == 0x645) ADVANCE(1289);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1214:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x634) ADVANCE(1192);
      if (lookahead == 0x645) ADVANCE(1291);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1215:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x637) ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1216:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x637) ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1217:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x637) ADVANCE(1339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1218:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x637) ADVANCE(1199);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1219:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x637) ADVANCE(1202);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1220:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x637) ADVANCE(1203);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1221:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x639) ADVANCE(1169);
      if (lookahead == 0x644) ADVANCE(1066);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1367);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1332);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1222:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x639) ADVANCE(1169);
      if (lookahead == 0x644) ADVANCE(1066);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1368);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1328);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1223:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x639) ADVANCE(1169);
      if (lookahead == 0x644) ADVANCE(1066);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1224:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x639) ADVANCE(1169);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1367);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1332);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1225:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x639) ADVANCE(1169);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1226:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x639) ADVANCE(1141);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1227:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x639) ADVANCE(1136);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1228:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x639) ADVANCE(1071);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1229:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x641) ADVANCE(1258);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1230:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x641) ADVANCE(1302);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1231:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x641) ADVANCE(1304);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1232:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x641) ADVANCE(1305);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1233:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x641) ADVANCE(1259);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1234:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x641) ADVANCE(1260);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1235:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x641) ADVANCE(1177);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1236:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x641) ADVANCE(1184);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1237:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x641) ADVANCE(1185);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1238:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x642) ADVANCE(1247);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1367);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1332);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1239:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x642) ADVANCE(1247);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1368);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1328);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1240:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x642) ADVANCE(1247);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1241:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x644) ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1242:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x644) ADVANCE(1134);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1243:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x644) ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1244:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x644) ADVANCE(1339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1245:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x644) ADVANCE(1067);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1246:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x644) ADVANCE(1137);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1247:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x644) ADVANCE(1255);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1248:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x644) ADVANCE(1139);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1249:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x644) ADVANCE(1303);
      if (lookahead == 0x646) ADVANCE(1303);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1250:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x644) ADVANCE(1074);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1251:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x644) ADVANCE(1308);
      if (lookahead == 0x646) ADVANCE(1308);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1252:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x644) ADVANCE(1309);
      if (lookahead == 0x646) ADVANCE(1309);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1253:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x644) ADVANCE(1068);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1254:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x644) ADVANCE(1069);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1255:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x645) ADVANCE(1336);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1256:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x645) ADVANCE(1141);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1257:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x645) ADVANCE(1227);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1258:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x645) ADVANCE(1117);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1259:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x645) ADVANCE(1118);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1260:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x645) ADVANCE(1120);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1261:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x645) ADVANCE(1312);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1262:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1263:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1264:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1265:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1266:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1314);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1267:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1230);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1268:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1292);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1269:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1302);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1270:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1341);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1271:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1099);
      if (lookahead == 0x648) ADVANCE(1249);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1272:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1304);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1273:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1305);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1274:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1231);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1275:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1232);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1276:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1361);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1277:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1102);
      if (lookahead == 0x648) ADVANCE(1251);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1278:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1362);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1279:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1104);
      if (lookahead == 0x648) ADVANCE(1252);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1280:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1300);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1281:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x646) ADVANCE(1301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1282:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1073);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1367);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1332);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1283:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1073);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1368);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1328);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1284:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1073);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1285:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1306);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1286:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1339);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1339);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(1354);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1287:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1193);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1288:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1229);
      if (lookahead == 0x64a) ADVANCE(1205);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1289:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1194);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1290:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1241);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1291:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1195);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1292:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1270);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1293:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1243);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1294:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1117);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1295:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1244);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1296:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1118);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1297:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1120);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1298:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1233);
      if (lookahead == 0x64a) ADVANCE(1206);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1299:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1234);
      if (lookahead == 0x64a) ADVANCE(1207);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1300:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1276);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1301:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x648) ADVANCE(1278);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1302:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1303:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1364);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1304:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1305:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1306:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1174);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1307:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1204);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1308:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1365);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1309:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1366);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1310:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1241);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1311:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1312:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1200);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1313:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1314:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1263);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1315:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1173);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1316:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1270);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1317:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1243);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1318:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1244);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1319:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1182);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1320:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1186);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1321:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1187);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1322:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1209);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1323:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1211);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1324:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1276);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1325:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x64a) ADVANCE(1278);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1326:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1327:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1402);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1369);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1328:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1402);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1329:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\t', 1408,
        ' ', 1408,
        '*', 1353,
        '-', 1353,
        '/', 1353,
        '=', 1353,
        '_', 1353,
        '~', 1353,
        0x640, 1353,
        0x2013, 1353,
        0x2014, 1353,
        0x2022, 1353,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1330:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1367);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1332);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1331:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1409);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1369);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1332:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1409);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1333:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(398);
      if (('-' <= lookahead && lookahead <= '/')) ADVANCE(1381);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1334);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1334:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(398);
      if (('-' <= lookahead && lookahead <= '/')) ADVANCE(1381);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1384);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1335:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1336:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(39);
      if (lookahead == ':' ||
          lookahead == 0x61b) ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1337:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(395);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(1338);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1338:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(396);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1339:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1339);
      if (lookahead == ',' ||
          lookahead == 0x60c) ADVANCE(1354);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1340:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(910);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1341:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1096);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1342:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(40);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1343:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\t', 41,
        ' ', 41,
        '*', 1424,
        '-', 1424,
        '/', 1424,
        '=', 1424,
        '_', 1424,
        '~', 1424,
        0x640, 1424,
        0x2013, 1424,
        0x2014, 1424,
        0x2022, 1424,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1344:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1344);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1342);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1345:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1346:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\t', 1346,
        ' ', 1346,
        '*', 1353,
        '-', 1353,
        '/', 1353,
        '=', 1353,
        '_', 1353,
        '~', 1353,
        0x640, 1353,
        0x2013, 1353,
        0x2014, 1353,
        0x2022, 1353,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1347:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\t', 1403,
        ' ', 1403,
        '*', 1353,
        '-', 1353,
        '/', 1353,
        '=', 1353,
        '_', 1353,
        '~', 1353,
        0x640, 1353,
        0x2013, 1353,
        0x2014, 1353,
        0x2022, 1353,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1348:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1368);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1328);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1349:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1349);
      if (lookahead == ':' ||
          lookahead == 0x61b) ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1350:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\t', 1404,
        ' ', 1404,
        '*', 1360,
        '-', 1360,
        '/', 1360,
        '=', 1360,
        '_', 1360,
        '~', 1360,
        0x640, 1360,
        0x2013, 1360,
        0x2014, 1360,
        0x2022, 1360,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1351:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1351);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(379);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1352:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1351);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1353:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\t', 1353,
        ' ', 1353,
        '*', 1424,
        '-', 1424,
        '/', 1424,
        '=', 1424,
        '_', 1424,
        '~', 1424,
        0x640, 1424,
        0x2013, 1424,
        0x2014, 1424,
        0x2022, 1424,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1354:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1354);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1390);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1355:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\t', 1355,
        ' ', 1355,
        '*', 1391,
        '-', 1391,
        '/', 1391,
        '=', 1391,
        '_', 1391,
        '~', 1391,
        0x640, 1391,
        0x2013, 1391,
        0x2014, 1391,
        0x2022, 1391,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1356:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1356);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1357:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\t', 1410,
        ' ', 1410,
        '*', 1360,
        '-', 1360,
        '/', 1360,
        '=', 1360,
        '_', 1360,
        '~', 1360,
        0x640, 1360,
        0x2013, 1360,
        0x2014, 1360,
        0x2022, 1360,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1358:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1358);
      if (lookahead == '-' ||
          lookahead == 0x2013 ||
          lookahead == 0x2014) ADVANCE(1345);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1359:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\t', 1359,
        ' ', 1359,
        '*', 1360,
        '-', 1360,
        '/', 1360,
        '=', 1360,
        '_', 1360,
        '~', 1360,
        0x640, 1360,
        0x2013, 1360,
        0x2014, 1360,
        0x2022, 1360,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1360:
      ACCEPT_TOKEN(sym__text);
      ADVANCE_MAP(
        '\t', 1360,
        ' ', 1360,
        '*', 1355,
        '-', 1355,
        '/', 1355,
        '=', 1355,
        '_', 1355,
        '~', 1355,
        0x640, 1355,
        0x2013, 1355,
        0x2014, 1355,
        0x2022, 1355,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1361:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1098);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1362:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1101);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1363:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 'Y' ||
          lookahead == 'y') ADVANCE(392);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1364:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x647 ||
          lookahead == 0x648) ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1365:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x647 ||
          lookahead == 0x648) ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1366:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x647 ||
          lookahead == 0x648) ADVANCE(1339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1367:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1332);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1368:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == 0x2013) ADVANCE(1328);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1369:
      ACCEPT_TOKEN(sym__text);
      if (('-' <= lookahead && lookahead <= '/')) ADVANCE(1386);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1370);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1370:
      ACCEPT_TOKEN(sym__text);
      if (('-' <= lookahead && lookahead <= '/')) ADVANCE(1386);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1371:
      ACCEPT_TOKEN(sym__text);
      if (('-' <= lookahead && lookahead <= '/')) ADVANCE(1385);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1372);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1372:
      ACCEPT_TOKEN(sym__text);
      if (('-' <= lookahead && lookahead <= '/')) ADVANCE(1385);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1373:
      ACCEPT_TOKEN(sym__text);
      if (('-' <= lookahead && lookahead <= '/')) ADVANCE(1389);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1374:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == '.' ||
          lookahead == 0x2013) ADVANCE(1332);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1377);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1375:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == '.' ||
          lookahead == 0x2013) ADVANCE(1332);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1373);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1376:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == '.' ||
          lookahead == 0x2013) ADVANCE(1332);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1374);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1377:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == '.' ||
          lookahead == 0x2013) ADVANCE(1332);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1378:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == ')' ||
          lookahead == '-' ||
          lookahead == '.' ||
          lookahead == 0x2013) ADVANCE(1328);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1373);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1379:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x623 ||
          lookahead == 0x627 ||
          lookahead == 0x628 ||
          (0x62a <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(313);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(312);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1380:
      ACCEPT_TOKEN(sym__text);
      if (lookahead == 0x623 ||
          lookahead == 0x627 ||
          lookahead == 0x628 ||
          (0x62a <= lookahead && lookahead <= 0x63a) ||
          (0x641 <= lookahead && lookahead <= 0x648) ||
          lookahead == 0x64a) ADVANCE(343);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(342);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1381:
      ACCEPT_TOKEN(sym__text);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1369);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1382:
      ACCEPT_TOKEN(sym__text);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(35);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1383:
      ACCEPT_TOKEN(sym__text);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(33);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1384:
      ACCEPT_TOKEN(sym__text);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1373);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1385:
      ACCEPT_TOKEN(sym__text);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(34);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1386:
      ACCEPT_TOKEN(sym__text);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1382);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1387:
      ACCEPT_TOKEN(sym__text);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1383);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1388:
      ACCEPT_TOKEN(sym__text);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1385);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1389:
      ACCEPT_TOKEN(sym__text);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1371);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1390:
      ACCEPT_TOKEN(sym__text);
      if (('0' <= lookahead && lookahead <= '9') ||
          (0x660 <= lookahead && lookahead <= 0x669) ||
          (0x6f0 <= lookahead && lookahead <= 0x6f9)) ADVANCE(1387);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1391:
      ACCEPT_TOKEN(sym__text);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1392:
      ACCEPT_TOKEN(sym__text);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 1393:
      ACCEPT_TOKEN(sym__atx_marker);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1393);
      END_STATE();
    case 1394:
      ACCEPT_TOKEN(sym__bold_line);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1394);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(876);
      END_STATE();
    case 1395:
      ACCEPT_TOKEN(sym__bold_line);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1395);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1391);
      END_STATE();
    case 1396:
      ACCEPT_TOKEN(sym__bold_line);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1396);
      END_STATE();
    case 1397:
      ACCEPT_TOKEN(sym__list_marker);
      ADVANCE_MAP(
        'B', 854,
        'R', 454,
        'W', 536,
        0x625, 743,
        0x627, 743,
        0x628, 756,
        0x62a, 685,
        0x62d, 799,
        0x643, 666,
        0x645, 672,
        '\t', 1397,
        ' ', 1397,
        '*', 879,
        '-', 879,
        '/', 879,
        '=', 879,
        '_', 879,
        '~', 879,
        0x640, 879,
        0x2013, 879,
        0x2014, 879,
        0x2022, 879,
      );
      END_STATE();
    case 1398:
      ACCEPT_TOKEN(sym__list_marker);
      ADVANCE_MAP(
        'B', 854,
        'R', 454,
        'W', 536,
        0x625, 743,
        0x627, 743,
        0x628, 756,
        0x62a, 685,
        0x62d, 799,
        0x643, 666,
        0x645, 672,
        '\t', 1398,
        ' ', 1398,
        '*', 889,
        '-', 889,
        '/', 889,
        '=', 889,
        '_', 889,
        '~', 889,
        0x640, 889,
        0x2013, 889,
        0x2014, 889,
        0x2022, 889,
      );
      END_STATE();
    case 1399:
      ACCEPT_TOKEN(sym__list_marker);
      ADVANCE_MAP(
        'B', 1363,
        'R', 930,
        'W', 1014,
        0x625, 1225,
        0x627, 1225,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 1399,
        ' ', 1399,
        '*', 1353,
        '-', 1353,
        '/', 1353,
        '=', 1353,
        '_', 1353,
        '~', 1353,
        0x640, 1353,
        0x2013, 1353,
        0x2014, 1353,
        0x2022, 1353,
      );
      END_STATE();
    case 1400:
      ACCEPT_TOKEN(sym__list_marker);
      ADVANCE_MAP(
        'B', 1363,
        'R', 930,
        'W', 1014,
        0x625, 1225,
        0x627, 1225,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 1400,
        ' ', 1400,
        '*', 1360,
        '-', 1360,
        '/', 1360,
        '=', 1360,
        '_', 1360,
        '~', 1360,
        0x640, 1360,
        0x2013, 1360,
        0x2014, 1360,
        0x2022, 1360,
      );
      END_STATE();
    case 1401:
      ACCEPT_TOKEN(sym__list_marker);
      ADVANCE_MAP(
        '\t', 1401,
        ' ', 1401,
        '*', 879,
        '-', 879,
        '/', 879,
        '=', 879,
        '_', 879,
        '~', 879,
        0x640, 879,
        0x2013, 879,
        0x2014, 879,
        0x2022, 879,
      );
      END_STATE();
    case 1402:
      ACCEPT_TOKEN(sym__list_marker);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1402);
      END_STATE();
    case 1403:
      ACCEPT_TOKEN(sym__list_marker);
      ADVANCE_MAP(
        '\t', 1403,
        ' ', 1403,
        '*', 1353,
        '-', 1353,
        '/', 1353,
        '=', 1353,
        '_', 1353,
        '~', 1353,
        0x640, 1353,
        0x2013, 1353,
        0x2014, 1353,
        0x2022, 1353,
      );
      END_STATE();
    case 1404:
      ACCEPT_TOKEN(sym__list_marker);
      ADVANCE_MAP(
        '\t', 1404,
        ' ', 1404,
        '*', 1360,
        '-', 1360,
        '/', 1360,
        '=', 1360,
        '_', 1360,
        '~', 1360,
        0x640, 1360,
        0x2013, 1360,
        0x2014, 1360,
        0x2022, 1360,
      );
      END_STATE();
    case 1405:
      ACCEPT_TOKEN(sym__list_marker);
      ADVANCE_MAP(
        '\t', 1405,
        ' ', 1405,
        '*', 889,
        '-', 889,
        '/', 889,
        '=', 889,
        '_', 889,
        '~', 889,
        0x640, 889,
        0x2013, 889,
        0x2014, 889,
        0x2022, 889,
      );
      END_STATE();
    case 1406:
      ACCEPT_TOKEN(sym__nested_list_marker);
      ADVANCE_MAP(
        'B', 1363,
        'R', 930,
        'W', 1014,
        0x625, 1225,
        0x627, 1225,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 1406,
        ' ', 1406,
        '*', 1353,
        '-', 1353,
        '/', 1353,
        '=', 1353,
        '_', 1353,
        '~', 1353,
        0x640, 1353,
        0x2013, 1353,
        0x2014, 1353,
        0x2022, 1353,
      );
      END_STATE();
    case 1407:
      ACCEPT_TOKEN(sym__nested_list_marker);
      ADVANCE_MAP(
        'B', 1363,
        'R', 930,
        'W', 1014,
        0x625, 1225,
        0x627, 1225,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 1407,
        ' ', 1407,
        '*', 1360,
        '-', 1360,
        '/', 1360,
        '=', 1360,
        '_', 1360,
        '~', 1360,
        0x640, 1360,
        0x2013, 1360,
        0x2014, 1360,
        0x2022, 1360,
      );
      END_STATE();
    case 1408:
      ACCEPT_TOKEN(sym__nested_list_marker);
      ADVANCE_MAP(
        '\t', 1408,
        ' ', 1408,
        '*', 1353,
        '-', 1353,
        '/', 1353,
        '=', 1353,
        '_', 1353,
        '~', 1353,
        0x640, 1353,
        0x2013, 1353,
        0x2014, 1353,
        0x2022, 1353,
      );
      END_STATE();
    case 1409:
      ACCEPT_TOKEN(sym__nested_list_marker);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1409);
      END_STATE();
    case 1410:
      ACCEPT_TOKEN(sym__nested_list_marker);
      ADVANCE_MAP(
        '\t', 1410,
        ' ', 1410,
        '*', 1360,
        '-', 1360,
        '/', 1360,
        '=', 1360,
        '_', 1360,
        '~', 1360,
        0x640, 1360,
        0x2013, 1360,
        0x2014, 1360,
        0x2022, 1360,
      );
      END_STATE();
    case 1411:
      ACCEPT_TOKEN(sym__separator);
      if (lookahead == '(') ADVANCE(340);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1412);
      if ((set_contains(sym_place_character_set_3, 459, lookahead)) &&
          lookahead != 0x640) ADVANCE(302);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != '-' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '_' &&
          lookahead != '~' &&
          (lookahead < 0x620 || 0x65f < lookahead) &&
          lookahead != 0x2013 &&
          lookahead != 0x2014 &&
          lookahead != 0x2022) ADVANCE(1391);
      END_STATE();
    case 1412:
      ACCEPT_TOKEN(sym__separator);
      if (lookahead == '(') ADVANCE(340);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1412);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != '-' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '_' &&
          lookahead != '~' &&
          lookahead != 0x640 &&
          lookahead != 0x2013 &&
          lookahead != 0x2014 &&
          lookahead != 0x2022) ADVANCE(1391);
      END_STATE();
    case 1413:
      ACCEPT_TOKEN(sym__separator);
      if (lookahead == '(') ADVANCE(340);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1413);
      if ((set_contains(sym_place_character_set_3, 459, lookahead)) &&
          lookahead != 0x640) ADVANCE(302);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != '-' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '_' &&
          lookahead != '~' &&
          (lookahead < 0x620 || 0x65f < lookahead) &&
          lookahead != 0x2013 &&
          lookahead != 0x2014 &&
          lookahead != 0x2022) ADVANCE(1391);
      END_STATE();
    case 1414:
      ACCEPT_TOKEN(sym__separator);
      if (lookahead == '(') ADVANCE(340);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1413);
      if ((set_contains(sym_place_character_set_3, 459, lookahead)) &&
          lookahead != 0x640) ADVANCE(305);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != '-' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '_' &&
          lookahead != '~' &&
          (lookahead < 0x620 || 0x65f < lookahead) &&
          lookahead != 0x2013 &&
          lookahead != 0x2014 &&
          lookahead != 0x2022) ADVANCE(1391);
      END_STATE();
    case 1415:
      ACCEPT_TOKEN(sym__separator);
      if (lookahead == '(') ADVANCE(340);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1416);
      if ((set_contains(sym_place_character_set_3, 459, lookahead)) &&
          lookahead != 0x640) ADVANCE(306);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != '-' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '_' &&
          lookahead != '~' &&
          (lookahead < 0x620 || 0x65f < lookahead) &&
          lookahead != 0x2013 &&
          lookahead != 0x2014 &&
          lookahead != 0x2022) ADVANCE(1391);
      END_STATE();
    case 1416:
      ACCEPT_TOKEN(sym__separator);
      if (lookahead == '(') ADVANCE(340);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1416);
      if ((set_contains(sym_place_character_set_3, 459, lookahead)) &&
          lookahead != 0x640) ADVANCE(305);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != '-' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '_' &&
          lookahead != '~' &&
          (lookahead < 0x620 || 0x65f < lookahead) &&
          lookahead != 0x2013 &&
          lookahead != 0x2014 &&
          lookahead != 0x2022) ADVANCE(1391);
      END_STATE();
    case 1417:
      ACCEPT_TOKEN(sym__separator);
      if (lookahead == '*') ADVANCE(1394);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1423);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '-' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '_' &&
          lookahead != '~' &&
          lookahead != 0x640 &&
          lookahead != 0x2013 &&
          lookahead != 0x2014 &&
          lookahead != 0x2022) ADVANCE(876);
      END_STATE();
    case 1418:
      ACCEPT_TOKEN(sym__separator);
      if (lookahead == '*') ADVANCE(1395);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1424);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '-' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '_' &&
          lookahead != '~' &&
          lookahead != 0x640 &&
          lookahead != 0x2013 &&
          lookahead != 0x2014 &&
          lookahead != 0x2022) ADVANCE(1391);
      END_STATE();
    case 1419:
      ACCEPT_TOKEN(sym__separator);
      if (lookahead == '*') ADVANCE(14);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1419);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(13);
      END_STATE();
    case 1420:
      ACCEPT_TOKEN(sym__separator);
      if (lookahead == '*') ADVANCE(1396);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1425);
      END_STATE();
    case 1421:
      ACCEPT_TOKEN(sym__separator);
      ADVANCE_MAP(
        '*', 349,
        '\\', 356,
        '|', 361,
        '\t', 1421,
        ' ', 1421,
        '-', 354,
        '/', 354,
        '=', 354,
        '_', 354,
        '~', 354,
        0x640, 354,
        0x2013, 354,
        0x2014, 354,
        0x2022, 354,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(354);
      END_STATE();
    case 1422:
      ACCEPT_TOKEN(sym__separator);
      ADVANCE_MAP(
        '*', 352,
        '\t', 1422,
        ' ', 1422,
        '-', 361,
        '/', 361,
        '=', 361,
        '_', 361,
        '~', 361,
        0x640, 361,
        0x2013, 361,
        0x2014, 361,
        0x2022, 361,
      );
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(361);
      END_STATE();
    case 1423:
      ACCEPT_TOKEN(sym__separator);
      if (lookahead == '\\') ADVANCE(1392);
      if (lookahead == '|') ADVANCE(1391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1423);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != '-' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '_' &&
          lookahead != '~' &&
          lookahead != 0x640 &&
          lookahead != 0x2013 &&
          lookahead != 0x2014 &&
          lookahead != 0x2022) ADVANCE(876);
      END_STATE();
    case 1424:
      ACCEPT_TOKEN(sym__separator);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1424);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != '-' &&
          lookahead != '/' &&
          lookahead != '=' &&
          lookahead != '_' &&
          lookahead != '~' &&
          lookahead != 0x640 &&
          lookahead != 0x2013 &&
          lookahead != 0x2014 &&
          lookahead != 0x2022) ADVANCE(1391);
      END_STATE();
    case 1425:
      ACCEPT_TOKEN(sym__separator);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1425);
      END_STATE();
    case 1426:
      ACCEPT_TOKEN(sym_quote_marker);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1426);
      END_STATE();
    case 1427:
      ACCEPT_TOKEN(sym__row_start);
      ADVANCE_MAP(
        '-', 1429,
        ':', 384,
        'B', 1363,
        'R', 930,
        'W', 1014,
        0x625, 1225,
        0x627, 1225,
        0x628, 1240,
        0x62a, 1165,
        0x62d, 1284,
        0x643, 1144,
        0x645, 1151,
        '\t', 383,
        ' ', 383,
      );
      END_STATE();
    case 1428:
      ACCEPT_TOKEN(sym__table_rule);
      if (lookahead == '-') ADVANCE(1429);
      if (lookahead == ':') ADVANCE(384);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1428);
      END_STATE();
    case 1429:
      ACCEPT_TOKEN(sym__table_rule);
      if (lookahead == '-') ADVANCE(1429);
      if (lookahead == ':') ADVANCE(1430);
      if (lookahead == '|') ADVANCE(1428);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1430);
      END_STATE();
    case 1430:
      ACCEPT_TOKEN(sym__table_rule);
      if (lookahead == '|') ADVANCE(1428);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(1430);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0},
  [1] = {.lex_state = 24},
  [2] = {.lex_state = 25},
  [3] = {.lex_state = 25},
  [4] = {.lex_state = 25},
  [5] = {.lex_state = 26},
  [6] = {.lex_state = 26},
  [7] = {.lex_state = 26},
  [8] = {.lex_state = 25},
  [9] = {.lex_state = 25},
  [10] = {.lex_state = 25},
  [11] = {.lex_state = 25},
  [12] = {.lex_state = 25},
  [13] = {.lex_state = 25},
  [14] = {.lex_state = 25},
  [15] = {.lex_state = 25},
  [16] = {.lex_state = 25},
  [17] = {.lex_state = 25},
  [18] = {.lex_state = 25},
  [19] = {.lex_state = 25},
  [20] = {.lex_state = 30},
  [21] = {.lex_state = 30},
  [22] = {.lex_state = 30},
  [23] = {.lex_state = 22},
  [24] = {.lex_state = 22},
  [25] = {.lex_state = 22},
  [26] = {.lex_state = 25},
  [27] = {.lex_state = 28},
  [28] = {.lex_state = 28},
  [29] = {.lex_state = 28},
  [30] = {.lex_state = 26},
  [31] = {.lex_state = 26},
  [32] = {.lex_state = 25},
  [33] = {.lex_state = 26},
  [34] = {.lex_state = 30},
  [35] = {.lex_state = 23},
  [36] = {.lex_state = 27},
  [37] = {.lex_state = 27},
  [38] = {.lex_state = 27},
  [39] = {.lex_state = 27},
  [40] = {.lex_state = 27},
  [41] = {.lex_state = 23},
  [42] = {.lex_state = 25},
  [43] = {.lex_state = 23},
  [44] = {.lex_state = 23},
  [45] = {.lex_state = 23},
  [46] = {.lex_state = 23},
  [47] = {.lex_state = 25},
  [48] = {.lex_state = 23},
  [49] = {.lex_state = 23},
  [50] = {.lex_state = 27},
  [51] = {.lex_state = 27},
  [52] = {.lex_state = 27},
  [53] = {.lex_state = 27},
  [54] = {.lex_state = 27},
  [55] = {.lex_state = 25},
  [56] = {.lex_state = 23},
  [57] = {.lex_state = 23},
  [58] = {.lex_state = 23},
  [59] = {.lex_state = 23},
  [60] = {.lex_state = 23},
  [61] = {.lex_state = 27},
  [62] = {.lex_state = 23},
  [63] = {.lex_state = 23},
  [64] = {.lex_state = 23},
  [65] = {.lex_state = 23},
  [66] = {.lex_state = 23},
  [67] = {.lex_state = 27},
  [68] = {.lex_state = 30},
  [69] = {.lex_state = 23},
  [70] = {.lex_state = 27},
  [71] = {.lex_state = 23},
  [72] = {.lex_state = 25},
  [73] = {.lex_state = 25},
  [74] = {.lex_state = 25},
  [75] = {.lex_state = 25},
  [76] = {.lex_state = 25},
  [77] = {.lex_state = 25},
  [78] = {.lex_state = 25},
  [79] = {.lex_state = 23},
  [80] = {.lex_state = 25},
  [81] = {.lex_state = 25},
  [82] = {.lex_state = 25},
  [83] = {.lex_state = 25},
  [84] = {.lex_state = 25},
  [85] = {.lex_state = 25},
  [86] = {.lex_state = 25},
  [87] = {.lex_state = 25},
  [88] = {.lex_state = 25},
  [89] = {.lex_state = 25},
  [90] = {.lex_state = 25},
  [91] = {.lex_state = 25},
  [92] = {.lex_state = 25},
  [93] = {.lex_state = 25},
  [94] = {.lex_state = 25},
  [95] = {.lex_state = 25},
  [96] = {.lex_state = 23},
  [97] = {.lex_state = 25},
  [98] = {.lex_state = 25},
  [99] = {.lex_state = 25},
  [100] = {.lex_state = 25},
  [101] = {.lex_state = 25},
  [102] = {.lex_state = 25},
  [103] = {.lex_state = 25},
  [104] = {.lex_state = 25},
  [105] = {.lex_state = 25},
  [106] = {.lex_state = 25},
  [107] = {.lex_state = 25},
  [108] = {.lex_state = 25},
  [109] = {.lex_state = 25},
  [110] = {.lex_state = 25},
  [111] = {.lex_state = 25},
  [112] = {.lex_state = 25},
  [113] = {.lex_state = 25},
  [114] = {.lex_state = 25},
  [115] = {.lex_state = 25},
  [116] = {.lex_state = 25},
  [117] = {.lex_state = 25},
  [118] = {.lex_state = 25},
  [119] = {.lex_state = 25},
  [120] = {.lex_state = 25},
  [121] = {.lex_state = 29},
  [122] = {.lex_state = 29},
  [123] = {.lex_state = 23},
  [124] = {.lex_state = 30},
  [125] = {.lex_state = 30},
  [126] = {.lex_state = 29},
  [127] = {.lex_state = 29},
  [128] = {.lex_state = 29},
  [129] = {.lex_state = 29},
  [130] = {.lex_state = 30},
  [131] = {.lex_state = 29},
  [132] = {.lex_state = 29},
  [133] = {.lex_state = 25},
  [134] = {.lex_state = 29},
  [135] = {.lex_state = 25},
  [136] = {.lex_state = 29},
  [137] = {.lex_state = 25},
  [138] = {.lex_state = 30},
  [139] = {.lex_state = 25},
  [140] = {.lex_state = 25},
  [141] = {.lex_state = 29},
  [142] = {.lex_state = 29},
  [143] = {.lex_state = 25},
  [144] = {.lex_state = 29},
  [145] = {.lex_state = 25},
  [146] = {.lex_state = 30},
  [147] = {.lex_state = 30},
  [148] = {.lex_state = 30},
  [149] = {.lex_state = 30},
  [150] = {.lex_state = 30},
  [151] = {.lex_state = 29},
  [152] = {.lex_state = 29},
  [153] = {.lex_state = 30},
  [154] = {.lex_state = 30},
  [155] = {.lex_state = 30},
  [156] = {.lex_state = 25},
  [157] = {.lex_state = 25},
  [158] = {.lex_state = 30},
  [159] = {.lex_state = 30},
  [160] = {.lex_state = 30},
  [161] = {.lex_state = 30},
  [162] = {.lex_state = 30},
  [163] = {.lex_state = 30},
  [164] = {.lex_state = 30},
  [165] = {.lex_state = 30},
  [166] = {.lex_state = 30},
  [167] = {.lex_state = 30},
  [168] = {.lex_state = 30},
  [169] = {.lex_state = 30},
  [170] = {.lex_state = 30},
  [171] = {.lex_state = 30},
  [172] = {.lex_state = 30},
  [173] = {.lex_state = 30},
  [174] = {.lex_state = 30},
  [175] = {.lex_state = 30},
  [176] = {.lex_state = 30},
  [177] = {.lex_state = 30},
  [178] = {.lex_state = 30},
  [179] = {.lex_state = 30},
  [180] = {.lex_state = 30},
  [181] = {.lex_state = 25},
  [182] = {.lex_state = 30},
  [183] = {.lex_state = 30},
  [184] = {.lex_state = 30},
  [185] = {.lex_state = 30},
  [186] = {.lex_state = 30},
  [187] = {.lex_state = 30},
  [188] = {.lex_state = 30},
  [189] = {.lex_state = 30},
  [190] = {.lex_state = 30},
  [191] = {.lex_state = 25},
  [192] = {.lex_state = 30},
  [193] = {.lex_state = 30},
  [194] = {.lex_state = 30},
  [195] = {.lex_state = 31},
  [196] = {.lex_state = 31},
  [197] = {.lex_state = 31},
  [198] = {.lex_state = 31},
  [199] = {.lex_state = 31},
  [200] = {.lex_state = 31},
  [201] = {.lex_state = 31},
  [202] = {.lex_state = 1},
  [203] = {.lex_state = 1},
  [204] = {.lex_state = 1},
  [205] = {.lex_state = 1},
  [206] = {.lex_state = 0},
  [207] = {.lex_state = 0},
  [208] = {.lex_state = 0},
  [209] = {.lex_state = 0},
  [210] = {.lex_state = 0},
  [211] = {.lex_state = 0},
  [212] = {.lex_state = 0},
  [213] = {.lex_state = 0},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [sym_date] = ACTIONS(1),
    [sym_author_marker] = ACTIONS(1),
    [anon_sym_PIPE] = ACTIONS(1),
    [sym__bom] = ACTIONS(1),
    [sym__eol] = ACTIONS(1),
    [sym__blank_line] = ACTIONS(1),
    [sym__text] = ACTIONS(1),
    [sym__atx_marker] = ACTIONS(1),
    [sym__bold_line] = ACTIONS(1),
    [sym__list_marker] = ACTIONS(1),
    [sym__nested_list_marker] = ACTIONS(1),
    [sym__separator] = ACTIONS(1),
    [sym_quote_marker] = ACTIONS(1),
    [sym__row_start] = ACTIONS(1),
    [sym__table_rule] = ACTIONS(1),
    [sym_table_cell] = ACTIONS(1),
    [sym__cell_space] = ACTIONS(1),
  },
  [1] = {
    [sym_document] = STATE(206),
    [sym_headline] = STATE(5),
    [sym_byline] = STATE(10),
    [sym_section] = STATE(198),
    [sym_heading] = STATE(18),
    [sym__block] = STATE(10),
    [sym_paragraph] = STATE(10),
    [sym_list] = STATE(10),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(10),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(10),
    [sym_separator] = STATE(19),
    [sym_footer] = STATE(207),
    [aux_sym_document_repeat1] = STATE(3),
    [aux_sym_document_repeat2] = STATE(10),
    [aux_sym_document_repeat3] = STATE(198),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(3),
    [sym_date] = ACTIONS(5),
    [sym_author_marker] = ACTIONS(7),
    [sym__bom] = ACTIONS(9),
    [sym__blank_line] = ACTIONS(11),
    [sym__text] = ACTIONS(13),
    [sym__atx_marker] = ACTIONS(15),
    [sym__bold_line] = ACTIONS(17),
    [sym__list_marker] = ACTIONS(19),
    [sym__nested_list_marker] = ACTIONS(21),
    [sym__separator] = ACTIONS(23),
    [sym_quote_marker] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__table_rule] = ACTIONS(29),
  },
  [2] = {
    [sym_headline] = STATE(6),
    [sym_byline] = STATE(9),
    [sym_section] = STATE(199),
    [sym_heading] = STATE(18),
    [sym__block] = STATE(9),
    [sym_paragraph] = STATE(9),
    [sym_list] = STATE(9),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(9),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(9),
    [sym_separator] = STATE(19),
    [sym_footer] = STATE(208),
    [aux_sym_document_repeat1] = STATE(4),
    [aux_sym_document_repeat2] = STATE(9),
    [aux_sym_document_repeat3] = STATE(199),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(31),
    [sym_date] = ACTIONS(5),
    [sym_author_marker] = ACTIONS(7),
    [sym__blank_line] = ACTIONS(33),
    [sym__text] = ACTIONS(13),
    [sym__atx_marker] = ACTIONS(15),
    [sym__bold_line] = ACTIONS(17),
    [sym__list_marker] = ACTIONS(19),
    [sym__nested_list_marker] = ACTIONS(21),
    [sym__separator] = ACTIONS(23),
    [sym_quote_marker] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__table_rule] = ACTIONS(29),
  },
  [3] = {
    [sym_headline] = STATE(6),
    [sym_byline] = STATE(9),
    [sym_section] = STATE(199),
    [sym_heading] = STATE(18),
    [sym__block] = STATE(9),
    [sym_paragraph] = STATE(9),
    [sym_list] = STATE(9),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(9),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(9),
    [sym_separator] = STATE(19),
    [sym_footer] = STATE(208),
    [aux_sym_document_repeat1] = STATE(90),
    [aux_sym_document_repeat2] = STATE(9),
    [aux_sym_document_repeat3] = STATE(199),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(31),
    [sym_date] = ACTIONS(5),
    [sym_author_marker] = ACTIONS(7),
    [sym__blank_line] = ACTIONS(35),
    [sym__text] = ACTIONS(13),
    [sym__atx_marker] = ACTIONS(15),
    [sym__bold_line] = ACTIONS(17),
    [sym__list_marker] = ACTIONS(19),
    [sym__nested_list_marker] = ACTIONS(21),
    [sym__separator] = ACTIONS(23),
    [sym_quote_marker] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__table_rule] = ACTIONS(29),
  },
  [4] = {
    [sym_headline] = STATE(7),
    [sym_byline] = STATE(13),
    [sym_section] = STATE(196),
    [sym_heading] = STATE(18),
    [sym__block] = STATE(13),
    [sym_paragraph] = STATE(13),
    [sym_list] = STATE(13),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(13),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(13),
    [sym_separator] = STATE(19),
    [sym_footer] = STATE(210),
    [aux_sym_document_repeat1] = STATE(90),
    [aux_sym_document_repeat2] = STATE(13),
    [aux_sym_document_repeat3] = STATE(196),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(37),
    [sym_date] = ACTIONS(5),
    [sym_author_marker] = ACTIONS(7),
    [sym__blank_line] = ACTIONS(35),
    [sym__text] = ACTIONS(13),
    [sym__atx_marker] = ACTIONS(15),
    [sym__bold_line] = ACTIONS(17),
    [sym__list_marker] = ACTIONS(19),
    [sym__nested_list_marker] = ACTIONS(21),
    [sym__separator] = ACTIONS(23),
    [sym_quote_marker] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__table_rule] = ACTIONS(29),
  },
  [5] = {
    [sym_byline] = STATE(9),
    [sym__placed_byline] = STATE(11),
    [sym_section] = STATE(199),
    [sym_heading] = STATE(18),
    [sym__block] = STATE(9),
    [sym_paragraph] = STATE(9),
    [sym_list] = STATE(9),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(9),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(9),
    [sym_separator] = STATE(19),
    [sym_footer] = STATE(208),
    [aux_sym_document_repeat2] = STATE(9),
    [aux_sym_document_repeat3] = STATE(199),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(31),
    [sym_date] = ACTIONS(5),
    [sym_author_marker] = ACTIONS(7),
    [sym_place] = ACTIONS(39),
    [sym__text] = ACTIONS(41),
    [sym__atx_marker] = ACTIONS(43),
    [sym__bold_line] = ACTIONS(45),
    [sym__list_marker] = ACTIONS(19),
    [sym__nested_list_marker] = ACTIONS(21),
    [sym__separator] = ACTIONS(23),
    [sym_quote_marker] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__table_rule] = ACTIONS(29),
  },
  [6] = {
    [sym_byline] = STATE(13),
    [sym__placed_byline] = STATE(12),
    [sym_section] = STATE(196),
    [sym_heading] = STATE(18),
    [sym__block] = STATE(13),
    [sym_paragraph] = STATE(13),
    [sym_list] = STATE(13),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(13),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(13),
    [sym_separator] = STATE(19),
    [sym_footer] = STATE(210),
    [aux_sym_document_repeat2] = STATE(13),
    [aux_sym_document_repeat3] = STATE(196),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(37),
    [sym_date] = ACTIONS(5),
    [sym_author_marker] = ACTIONS(7),
    [sym_place] = ACTIONS(39),
    [sym__text] = ACTIONS(41),
    [sym__atx_marker] = ACTIONS(43),
    [sym__bold_line] = ACTIONS(45),
    [sym__list_marker] = ACTIONS(19),
    [sym__nested_list_marker] = ACTIONS(21),
    [sym__separator] = ACTIONS(23),
    [sym_quote_marker] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__table_rule] = ACTIONS(29),
  },
  [7] = {
    [sym_byline] = STATE(8),
    [sym__placed_byline] = STATE(14),
    [sym_section] = STATE(197),
    [sym_heading] = STATE(18),
    [sym__block] = STATE(8),
    [sym_paragraph] = STATE(8),
    [sym_list] = STATE(8),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(8),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(8),
    [sym_separator] = STATE(19),
    [sym_footer] = STATE(213),
    [aux_sym_document_repeat2] = STATE(8),
    [aux_sym_document_repeat3] = STATE(197),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(47),
    [sym_date] = ACTIONS(5),
    [sym_author_marker] = ACTIONS(7),
    [sym_place] = ACTIONS(39),
    [sym__text] = ACTIONS(41),
    [sym__atx_marker] = ACTIONS(43),
    [sym__bold_line] = ACTIONS(45),
    [sym__list_marker] = ACTIONS(19),
    [sym__nested_list_marker] = ACTIONS(21),
    [sym__separator] = ACTIONS(23),
    [sym_quote_marker] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__table_rule] = ACTIONS(29),
  },
  [8] = {
    [sym_byline] = STATE(17),
    [sym_section] = STATE(195),
    [sym_heading] = STATE(18),
    [sym__block] = STATE(17),
    [sym_paragraph] = STATE(17),
    [sym_list] = STATE(17),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(17),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(17),
    [sym_separator] = STATE(19),
    [sym_footer] = STATE(212),
    [aux_sym_document_repeat2] = STATE(17),
    [aux_sym_document_repeat3] = STATE(195),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(49),
    [sym_date] = ACTIONS(5),
    [sym_author_marker] = ACTIONS(7),
    [sym__text] = ACTIONS(41),
    [sym__atx_marker] = ACTIONS(43),
    [sym__bold_line] = ACTIONS(45),
    [sym__list_marker] = ACTIONS(19),
    [sym__nested_list_marker] = ACTIONS(21),
    [sym__separator] = ACTIONS(23),
    [sym_quote_marker] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__table_rule] = ACTIONS(29),
  },
  [9] = {
    [sym_byline] = STATE(17),
    [sym_section] = STATE(196),
    [sym_heading] = STATE(18),
    [sym__block] = STATE(17),
    [sym_paragraph] = STATE(17),
    [sym_list] = STATE(17),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(17),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(17),
    [sym_separator] = STATE(19),
    [sym_footer] = STATE(210),
    [aux_sym_document_repeat2] = STATE(17),
    [aux_sym_document_repeat3] = STATE(196),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(37),
    [sym_date] = ACTIONS(5),
    [sym_author_marker] = ACTIONS(7),
    [sym__text] = ACTIONS(41),
    [sym__atx_marker] = ACTIONS(43),
    [sym__bold_line] = ACTIONS(45),
    [sym__list_marker] = ACTIONS(19),
    [sym__nested_list_marker] = ACTIONS(21),
    [sym__separator] = ACTIONS(23),
    [sym_quote_marker] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__table_rule] = ACTIONS(29),
  },
  [10] = {
    [sym_byline] = STATE(17),
    [sym_section] = STATE(199),
    [sym_heading] = STATE(18),
    [sym__block] = STATE(17),
    [sym_paragraph] = STATE(17),
    [sym_list] = STATE(17),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(17),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(17),
    [sym_separator] = STATE(19),
    [sym_footer] = STATE(208),
    [aux_sym_document_repeat2] = STATE(17),
    [aux_sym_document_repeat3] = STATE(199),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(31),
    [sym_date] = ACTIONS(5),
    [sym_author_marker] = ACTIONS(7),
    [sym__text] = ACTIONS(41),
    [sym__atx_marker] = ACTIONS(43),
    [sym__bold_line] = ACTIONS(45),
    [sym__list_marker] = ACTIONS(19),
    [sym__nested_list_marker] = ACTIONS(21),
    [sym__separator] = ACTIONS(23),
    [sym_quote_marker] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__table_rule] = ACTIONS(29),
  },
  [11] = {
    [sym_byline] = STATE(13),
    [sym_section] = STATE(196),
    [sym_heading] = STATE(18),
    [sym__block] = STATE(13),
    [sym_paragraph] = STATE(13),
    [sym_list] = STATE(13),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(13),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(13),
    [sym_separator] = STATE(19),
    [sym_footer] = STATE(210),
    [aux_sym_document_repeat2] = STATE(13),
    [aux_sym_document_repeat3] = STATE(196),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(37),
    [sym_date] = ACTIONS(5),
    [sym_author_marker] = ACTIONS(7),
    [sym__text] = ACTIONS(41),
    [sym__atx_marker] = ACTIONS(43),
    [sym__bold_line] = ACTIONS(45),
    [sym__list_marker] = ACTIONS(19),
    [sym__nested_list_marker] = ACTIONS(21),
    [sym__separator] = ACTIONS(23),
    [sym_quote_marker] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__table_rule] = ACTIONS(29),
  },
  [12] = {
    [sym_byline] = STATE(8),
    [sym_section] = STATE(197),
    [sym_heading] = STATE(18),
    [sym__block] = STATE(8),
    [sym_paragraph] = STATE(8),
    [sym_list] = STATE(8),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(8),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(8),
    [sym_separator] = STATE(19),
    [sym_footer] = STATE(213),
    [aux_sym_document_repeat2] = STATE(8),
    [aux_sym_document_repeat3] = STATE(197),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(47),
    [sym_date] = ACTIONS(5),
    [sym_author_marker] = ACTIONS(7),
    [sym__text] = ACTIONS(41),
    [sym__atx_marker] = ACTIONS(43),
    [sym__bold_line] = ACTIONS(45),
    [sym__list_marker] = ACTIONS(19),
    [sym__nested_list_marker] = ACTIONS(21),
    [sym__separator] = ACTIONS(23),
    [sym_quote_marker] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__table_rule] = ACTIONS(29),
  },
  [13] = {
    [sym_byline] = STATE(17),
    [sym_section] = STATE(197),
    [sym_heading] = STATE(18),
    [sym__block] = STATE(17),
    [sym_paragraph] = STATE(17),
    [sym_list] = STATE(17),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(17),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(17),
    [sym_separator] = STATE(19),
    [sym_footer] = STATE(213),
    [aux_sym_document_repeat2] = STATE(17),
    [aux_sym_document_repeat3] = STATE(197),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(47),
    [sym_date] = ACTIONS(5),
    [sym_author_marker] = ACTIONS(7),
    [sym__text] = ACTIONS(41),
    [sym__atx_marker] = ACTIONS(43),
    [sym__bold_line] = ACTIONS(45),
    [sym__list_marker] = ACTIONS(19),
    [sym__nested_list_marker] = ACTIONS(21),
    [sym__separator] = ACTIONS(23),
    [sym_quote_marker] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__table_rule] = ACTIONS(29),
  },
  [14] = {
    [sym_byline] = STATE(15),
    [sym_section] = STATE(195),
    [sym_heading] = STATE(18),
    [sym__block] = STATE(15),
    [sym_paragraph] = STATE(15),
    [sym_list] = STATE(15),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(15),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(15),
    [sym_separator] = STATE(19),
    [sym_footer] = STATE(212),
    [aux_sym_document_repeat2] = STATE(15),
    [aux_sym_document_repeat3] = STATE(195),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(49),
    [sym_date] = ACTIONS(5),
    [sym_author_marker] = ACTIONS(7),
    [sym__text] = ACTIONS(41),
    [sym__atx_marker] = ACTIONS(43),
    [sym__bold_line] = ACTIONS(45),
    [sym__list_marker] = ACTIONS(19),
    [sym__nested_list_marker] = ACTIONS(21),
    [sym__separator] = ACTIONS(23),
    [sym_quote_marker] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__table_rule] = ACTIONS(29),
  },
  [15] = {
    [sym_byline] = STATE(17),
    [sym_section] = STATE(200),
    [sym_heading] = STATE(18),
    [sym__block] = STATE(17),
    [sym_paragraph] = STATE(17),
    [sym_list] = STATE(17),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(17),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(17),
    [sym_separator] = STATE(19),
    [sym_footer] = STATE(209),
    [aux_sym_document_repeat2] = STATE(17),
    [aux_sym_document_repeat3] = STATE(200),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(51),
    [sym_date] = ACTIONS(5),
    [sym_author_marker] = ACTIONS(7),
    [sym__text] = ACTIONS(41),
    [sym__atx_marker] = ACTIONS(43),
    [sym__bold_line] = ACTIONS(45),
    [sym__list_marker] = ACTIONS(19),
    [sym__nested_list_marker] = ACTIONS(21),
    [sym__separator] = ACTIONS(23),
    [sym_quote_marker] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__table_rule] = ACTIONS(29),
  },
  [16] = {
    [sym_byline] = STATE(17),
    [sym__block] = STATE(17),
    [sym_paragraph] = STATE(17),
    [sym_list] = STATE(17),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(17),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(17),
    [sym_separator] = STATE(17),
    [aux_sym_document_repeat2] = STATE(17),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(53),
    [sym_date] = ACTIONS(5),
    [sym_author_marker] = ACTIONS(7),
    [sym__text] = ACTIONS(41),
    [sym__atx_marker] = ACTIONS(53),
    [sym__bold_line] = ACTIONS(55),
    [sym__list_marker] = ACTIONS(19),
    [sym__nested_list_marker] = ACTIONS(21),
    [sym__separator] = ACTIONS(57),
    [sym_quote_marker] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__table_rule] = ACTIONS(29),
  },
  [17] = {
    [sym_byline] = STATE(17),
    [sym__block] = STATE(17),
    [sym_paragraph] = STATE(17),
    [sym_list] = STATE(17),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(17),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(17),
    [sym_separator] = STATE(17),
    [aux_sym_document_repeat2] = STATE(17),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(60),
    [sym_date] = ACTIONS(62),
    [sym_author_marker] = ACTIONS(65),
    [sym__text] = ACTIONS(68),
    [sym__atx_marker] = ACTIONS(60),
    [sym__bold_line] = ACTIONS(71),
    [sym__list_marker] = ACTIONS(73),
    [sym__nested_list_marker] = ACTIONS(76),
    [sym__separator] = ACTIONS(79),
    [sym_quote_marker] = ACTIONS(82),
    [sym__row_start] = ACTIONS(85),
    [sym__table_rule] = ACTIONS(88),
  },
  [18] = {
    [sym_byline] = STATE(16),
    [sym__block] = STATE(16),
    [sym_paragraph] = STATE(16),
    [sym_list] = STATE(16),
    [sym_list_item] = STATE(76),
    [sym__nested_item] = STATE(137),
    [sym_table] = STATE(16),
    [sym_table_row] = STATE(26),
    [sym_table_rule] = STATE(26),
    [sym_block_quote] = STATE(16),
    [sym_separator] = STATE(16),
    [aux_sym_document_repeat2] = STATE(16),
    [aux_sym_paragraph_repeat1] = STATE(47),
    [aux_sym_list_repeat1] = STATE(76),
    [aux_sym_list_repeat2] = STATE(137),
    [aux_sym_table_repeat1] = STATE(26),
    [aux_sym_block_quote_repeat1] = STATE(55),
    [ts_builtin_sym_end] = ACTIONS(91),
    [sym_date] = ACTIONS(5),
    [sym_author_marker] = ACTIONS(7),
    [sym__text] = ACTIONS(41),
    [sym__atx_marker] = ACTIONS(91),
    [sym__bold_line] = ACTIONS(93),
    [sym__list_marker] = ACTIONS(19),
    [sym__nested_list_marker] = ACTIONS(21),
    [sym__separator] = ACTIONS(95),
    [sym_quote_marker] = ACTIONS(25),
    [sym__row_start] = ACTIONS(27),
    [sym__table_rule] = ACTIONS(29),
  },
  [19] = {
    [sym_byline] = STATE(20),
    [sym_heading] = STATE(20),
    [sym_paragraph] = STATE(20),
    [sym_list] = STATE(20),
    [sym_list_item] = STATE(146),
    [sym__nested_item] = STATE(147),
    [sym_table] = STATE(20),
    [sym_table_row] = STATE(34),
    [sym_table_rule] = STATE(34),
    [sym_block_quote] = STATE(20),
    [aux_sym_paragraph_repeat1] = STATE(124),
    [aux_sym_list_repeat1] = STATE(146),
    [aux_sym_list_repeat2] = STATE(147),
    [aux_sym_table_repeat1] = STATE(34),
    [aux_sym_block_quote_repeat1] = STATE(125),
    [aux_sym_footer_repeat1] = STATE(20),
    [ts_builtin_sym_end] = ACTIONS(98),
    [sym_date] = ACTIONS(100),
    [sym_author_marker] = ACTIONS(103),
    [sym__text] = ACTIONS(106),
    [sym__atx_marker] = ACTIONS(109),
    [sym__bold_line] = ACTIONS(112),
    [sym__list_marker] = ACTIONS(115),
    [sym__nested_list_marker] = ACTIONS(118),
    [sym__separator] = ACTIONS(121),
    [sym_quote_marker] = ACTIONS(123),
    [sym__row_start] = ACTIONS(126),
    [sym__table_rule] = ACTIONS(129),
  },
  [20] = {
    [sym_byline] = STATE(21),
    [sym_heading] = STATE(21),
    [sym_paragraph] = STATE(21),
    [sym_list] = STATE(21),
    [sym_list_item] = STATE(146),
    [sym__nested_item] = STATE(147),
    [sym_table] = STATE(21),
    [sym_table_row] = STATE(34),
    [sym_table_rule] = STATE(34),
    [sym_block_quote] = STATE(21),
    [aux_sym_paragraph_repeat1] = STATE(124),
    [aux_sym_list_repeat1] = STATE(146),
    [aux_sym_list_repeat2] = STATE(147),
    [aux_sym_table_repeat1] = STATE(34),
    [aux_sym_block_quote_repeat1] = STATE(125),
    [aux_sym_footer_repeat1] = STATE(21),
    [ts_builtin_sym_end] = ACTIONS(132),
    [sym_date] = ACTIONS(134),
    [sym_author_marker] = ACTIONS(136),
    [sym__text] = ACTIONS(138),
    [sym__atx_marker] = ACTIONS(140),
    [sym__bold_line] = ACTIONS(142),
    [sym__list_marker] = ACTIONS(144),
    [sym__nested_list_marker] = ACTIONS(146),
    [sym_quote_marker] = ACTIONS(148),
    [sym__row_start] = ACTIONS(150),
    [sym__table_rule] = ACTIONS(152),
  },
  [21] = {
    [sym_byline] = STATE(21),
    [sym_heading] = STATE(21),
    [sym_paragraph] = STATE(21),
    [sym_list] = STATE(21),
    [sym_list_item] = STATE(146),
    [sym__nested_item] = STATE(147),
    [sym_table] = STATE(21),
    [sym_table_row] = STATE(34),
    [sym_table_rule] = STATE(34),
    [sym_block_quote] = STATE(21),
    [aux_sym_paragraph_repeat1] = STATE(124),
    [aux_sym_list_repeat1] = STATE(146),
    [aux_sym_list_repeat2] = STATE(147),
    [aux_sym_table_repeat1] = STATE(34),
    [aux_sym_block_quote_repeat1] = STATE(125),
    [aux_sym_footer_repeat1] = STATE(21),
    [ts_builtin_sym_end] = ACTIONS(154),
    [sym_date] = ACTIONS(156),
    [sym_author_marker] = ACTIONS(159),
    [sym__text] = ACTIONS(162),
    [sym__atx_marker] = ACTIONS(165),
    [sym__bold_line] = ACTIONS(168),
    [sym__list_marker] = ACTIONS(171),
    [sym__nested_list_marker] = ACTIONS(174),
    [sym_quote_marker] = ACTIONS(177),
    [sym__row_start] = ACTIONS(180),
    [sym__table_rule] = ACTIONS(183),
  },
  [22] = {
    [sym_byline] = STATE(20),
    [sym_heading] = STATE(20),
    [sym_paragraph] = STATE(20),
    [sym_list] = STATE(20),
    [sym_list_item] = STATE(146),
    [sym__nested_item] = STATE(147),
    [sym_table] = STATE(20),
    [sym_table_row] = STATE(34),
    [sym_table_rule] = STATE(34),
    [sym_block_quote] = STATE(20),
    [aux_sym_paragraph_repeat1] = STATE(124),
    [aux_sym_list_repeat1] = STATE(146),
    [aux_sym_list_repeat2] = STATE(147),
    [aux_sym_table_repeat1] = STATE(34),
    [aux_sym_block_quote_repeat1] = STATE(125),
    [aux_sym_footer_repeat1] = STATE(20),
    [sym_date] = ACTIONS(134),
    [sym_author_marker] = ACTIONS(136),
    [sym__text] = ACTIONS(138),
    [sym__atx_marker] = ACTIONS(140),
    [sym__bold_line] = ACTIONS(142),
    [sym__list_marker] = ACTIONS(144),
    [sym__nested_list_marker] = ACTIONS(146),
    [sym_quote_marker] = ACTIONS(148),
    [sym__row_start] = ACTIONS(150),
    [sym__table_rule] = ACTIONS(152),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 5,
    ACTIONS(190), 1,
      sym__eol,
    STATE(25), 1,
      aux_sym_table_row_repeat1,
    ACTIONS(188), 3,
      anon_sym_PIPE,
      sym_table_cell,
      sym__cell_space,
    ACTIONS(186), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(192), 7,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [29] = 5,
    ACTIONS(198), 1,
      sym__eol,
    STATE(23), 1,
      aux_sym_table_row_repeat1,
    ACTIONS(196), 3,
      anon_sym_PIPE,
      sym_table_cell,
      sym__cell_space,
    ACTIONS(194), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(200), 7,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [58] = 4,
    STATE(25), 1,
      aux_sym_table_row_repeat1,
    ACTIONS(204), 3,
      anon_sym_PIPE,
      sym_table_cell,
      sym__cell_space,
    ACTIONS(202), 7,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__eol,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(207), 7,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [85] = 7,
    ACTIONS(27), 1,
      sym__row_start,
    ACTIONS(29), 1,
      sym__table_rule,
    ACTIONS(211), 1,
      sym__blank_line,
    STATE(133), 1,
      aux_sym_document_repeat1,
    STATE(32), 3,
      sym_table_row,
      sym_table_rule,
      aux_sym_table_repeat1,
    ACTIONS(209), 5,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
    ACTIONS(213), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
  [117] = 5,
    ACTIONS(217), 1,
      sym__eol,
    STATE(29), 1,
      aux_sym_table_row_repeat1,
    ACTIONS(215), 3,
      anon_sym_PIPE,
      sym_table_cell,
      sym__cell_space,
    ACTIONS(194), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(200), 6,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [145] = 4,
    STATE(28), 1,
      aux_sym_table_row_repeat1,
    ACTIONS(219), 3,
      anon_sym_PIPE,
      sym_table_cell,
      sym__cell_space,
    ACTIONS(207), 6,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(202), 7,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__eol,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [171] = 5,
    ACTIONS(224), 1,
      sym__eol,
    STATE(28), 1,
      aux_sym_table_row_repeat1,
    ACTIONS(222), 3,
      anon_sym_PIPE,
      sym_table_cell,
      sym__cell_space,
    ACTIONS(186), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(192), 6,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [199] = 5,
    ACTIONS(230), 1,
      sym__eol,
    ACTIONS(232), 1,
      sym__blank_line,
    STATE(40), 1,
      aux_sym_document_repeat1,
    ACTIONS(226), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(228), 7,
      sym_place,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [226] = 5,
    ACTIONS(238), 1,
      sym__eol,
    ACTIONS(240), 1,
      sym__blank_line,
    STATE(38), 1,
      aux_sym_document_repeat1,
    ACTIONS(234), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(236), 7,
      sym_place,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [253] = 5,
    ACTIONS(246), 1,
      sym__row_start,
    ACTIONS(249), 1,
      sym__table_rule,
    STATE(32), 3,
      sym_table_row,
      sym_table_rule,
      aux_sym_table_repeat1,
    ACTIONS(242), 5,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
    ACTIONS(244), 6,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
  [280] = 5,
    ACTIONS(252), 1,
      sym__eol,
    ACTIONS(254), 1,
      sym__blank_line,
    STATE(36), 1,
      aux_sym_document_repeat1,
    ACTIONS(226), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(228), 7,
      sym_place,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [307] = 7,
    ACTIONS(150), 1,
      sym__row_start,
    ACTIONS(152), 1,
      sym__table_rule,
    ACTIONS(256), 1,
      sym__blank_line,
    STATE(180), 1,
      aux_sym_document_repeat1,
    STATE(68), 3,
      sym_table_row,
      sym_table_rule,
      aux_sym_table_repeat1,
    ACTIONS(213), 4,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
    ACTIONS(209), 5,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
  [338] = 5,
    ACTIONS(260), 1,
      sym__eol,
    ACTIONS(262), 1,
      sym__blank_line,
    STATE(107), 1,
      aux_sym_document_repeat1,
    ACTIONS(258), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(264), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [364] = 4,
    ACTIONS(270), 1,
      sym__blank_line,
    STATE(67), 1,
      aux_sym_document_repeat1,
    ACTIONS(266), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(268), 7,
      sym_place,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [388] = 4,
    ACTIONS(276), 1,
      sym__blank_line,
    STATE(70), 1,
      aux_sym_document_repeat1,
    ACTIONS(272), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(274), 7,
      sym_place,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [412] = 4,
    ACTIONS(270), 1,
      sym__blank_line,
    STATE(67), 1,
      aux_sym_document_repeat1,
    ACTIONS(272), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(274), 7,
      sym_place,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [436] = 4,
    ACTIONS(278), 1,
      sym__blank_line,
    STATE(54), 1,
      aux_sym_document_repeat1,
    ACTIONS(266), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(268), 7,
      sym_place,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [460] = 4,
    ACTIONS(270), 1,
      sym__blank_line,
    STATE(67), 1,
      aux_sym_document_repeat1,
    ACTIONS(266), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(268), 7,
      sym_place,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [484] = 5,
    ACTIONS(282), 1,
      sym__eol,
    ACTIONS(284), 1,
      sym__blank_line,
    STATE(82), 1,
      aux_sym_document_repeat1,
    ACTIONS(280), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(286), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [510] = 5,
    ACTIONS(21), 1,
      sym__nested_list_marker,
    STATE(181), 1,
      sym__nested_list,
    STATE(83), 2,
      sym__nested_item,
      aux_sym_list_repeat2,
    ACTIONS(290), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__separator,
      sym__row_start,
    ACTIONS(288), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [536] = 8,
    ACTIONS(294), 1,
      sym_date,
    ACTIONS(296), 1,
      sym_author_marker,
    ACTIONS(298), 1,
      sym__eol,
    ACTIONS(300), 1,
      sym__blank_line,
    ACTIONS(302), 1,
      sym__text,
    STATE(88), 1,
      aux_sym_document_repeat1,
    ACTIONS(292), 4,
      ts_builtin_sym_end,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(304), 5,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [568] = 6,
    ACTIONS(308), 1,
      sym__eol,
    ACTIONS(310), 1,
      sym__blank_line,
    ACTIONS(312), 1,
      sym__text,
    STATE(91), 1,
      aux_sym_document_repeat1,
    ACTIONS(314), 5,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
    ACTIONS(306), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [596] = 5,
    ACTIONS(308), 1,
      sym__eol,
    ACTIONS(310), 1,
      sym__blank_line,
    STATE(91), 1,
      aux_sym_document_repeat1,
    ACTIONS(306), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(314), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [622] = 5,
    ACTIONS(318), 1,
      sym__eol,
    ACTIONS(320), 1,
      sym__blank_line,
    STATE(87), 1,
      aux_sym_document_repeat1,
    ACTIONS(316), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(322), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [648] = 6,
    ACTIONS(41), 1,
      sym__text,
    ACTIONS(326), 1,
      sym__blank_line,
    STATE(100), 1,
      aux_sym_document_repeat1,
    STATE(102), 1,
      aux_sym_paragraph_repeat1,
    ACTIONS(328), 5,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
    ACTIONS(324), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [676] = 5,
    ACTIONS(332), 1,
      sym__eol,
    ACTIONS(334), 1,
      sym__blank_line,
    STATE(93), 1,
      aux_sym_document_repeat1,
    ACTIONS(330), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(336), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [702] = 7,
    ACTIONS(340), 1,
      sym_author_marker,
    ACTIONS(342), 1,
      sym__eol,
    ACTIONS(344), 1,
      sym__blank_line,
    ACTIONS(346), 1,
      sym__text,
    STATE(97), 1,
      aux_sym_document_repeat1,
    ACTIONS(338), 5,
      ts_builtin_sym_end,
      sym_date,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(348), 5,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [732] = 4,
    ACTIONS(270), 1,
      sym__blank_line,
    STATE(67), 1,
      aux_sym_document_repeat1,
    ACTIONS(350), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(352), 7,
      sym_place,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [756] = 4,
    ACTIONS(354), 1,
      sym__blank_line,
    STATE(50), 1,
      aux_sym_document_repeat1,
    ACTIONS(266), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(268), 7,
      sym_place,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [780] = 4,
    ACTIONS(360), 1,
      sym__blank_line,
    STATE(61), 1,
      aux_sym_document_repeat1,
    ACTIONS(356), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(358), 7,
      sym_place,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [804] = 4,
    ACTIONS(270), 1,
      sym__blank_line,
    STATE(67), 1,
      aux_sym_document_repeat1,
    ACTIONS(356), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(358), 7,
      sym_place,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [828] = 4,
    ACTIONS(270), 1,
      sym__blank_line,
    STATE(67), 1,
      aux_sym_document_repeat1,
    ACTIONS(350), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(352), 7,
      sym_place,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [852] = 6,
    ACTIONS(25), 1,
      sym_quote_marker,
    ACTIONS(364), 1,
      sym__blank_line,
    STATE(77), 1,
      aux_sym_block_quote_repeat1,
    STATE(135), 1,
      aux_sym_document_repeat1,
    ACTIONS(362), 5,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym__table_rule,
    ACTIONS(366), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [880] = 7,
    ACTIONS(370), 1,
      sym_author_marker,
    ACTIONS(372), 1,
      sym__eol,
    ACTIONS(374), 1,
      sym__blank_line,
    ACTIONS(376), 1,
      sym__text,
    STATE(101), 1,
      aux_sym_document_repeat1,
    ACTIONS(368), 5,
      ts_builtin_sym_end,
      sym_date,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(378), 5,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [910] = 6,
    ACTIONS(372), 1,
      sym__eol,
    ACTIONS(374), 1,
      sym__blank_line,
    ACTIONS(380), 1,
      sym__text,
    STATE(101), 1,
      aux_sym_document_repeat1,
    ACTIONS(378), 5,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
    ACTIONS(368), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [938] = 5,
    ACTIONS(384), 1,
      sym__eol,
    ACTIONS(386), 1,
      sym__blank_line,
    STATE(104), 1,
      aux_sym_document_repeat1,
    ACTIONS(382), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(388), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [964] = 6,
    ACTIONS(392), 1,
      sym__eol,
    ACTIONS(394), 1,
      sym__blank_line,
    ACTIONS(396), 1,
      sym__text,
    STATE(73), 1,
      aux_sym_document_repeat1,
    ACTIONS(398), 5,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
    ACTIONS(390), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [992] = 5,
    ACTIONS(402), 1,
      sym__eol,
    ACTIONS(404), 1,
      sym__blank_line,
    STATE(75), 1,
      aux_sym_document_repeat1,
    ACTIONS(400), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(406), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1018] = 4,
    ACTIONS(270), 1,
      sym__blank_line,
    STATE(67), 1,
      aux_sym_document_repeat1,
    ACTIONS(408), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(410), 7,
      sym_place,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1042] = 6,
    ACTIONS(414), 1,
      sym__eol,
    ACTIONS(416), 1,
      sym__blank_line,
    ACTIONS(418), 1,
      sym__text,
    STATE(112), 1,
      aux_sym_document_repeat1,
    ACTIONS(420), 5,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
    ACTIONS(412), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [1070] = 5,
    ACTIONS(424), 1,
      sym__eol,
    ACTIONS(426), 1,
      sym__blank_line,
    STATE(114), 1,
      aux_sym_document_repeat1,
    ACTIONS(422), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(428), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1096] = 5,
    ACTIONS(414), 1,
      sym__eol,
    ACTIONS(416), 1,
      sym__blank_line,
    STATE(112), 1,
      aux_sym_document_repeat1,
    ACTIONS(412), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(420), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1122] = 5,
    ACTIONS(392), 1,
      sym__eol,
    ACTIONS(394), 1,
      sym__blank_line,
    STATE(73), 1,
      aux_sym_document_repeat1,
    ACTIONS(390), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(398), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1148] = 5,
    ACTIONS(432), 1,
      sym__eol,
    ACTIONS(434), 1,
      sym__blank_line,
    STATE(117), 1,
      aux_sym_document_repeat1,
    ACTIONS(430), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(436), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1174] = 4,
    ACTIONS(442), 1,
      sym__blank_line,
    STATE(67), 1,
      aux_sym_document_repeat1,
    ACTIONS(438), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(440), 7,
      sym_place,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1198] = 5,
    ACTIONS(445), 1,
      sym__row_start,
    ACTIONS(448), 1,
      sym__table_rule,
    STATE(68), 3,
      sym_table_row,
      sym_table_rule,
      aux_sym_table_repeat1,
    ACTIONS(242), 5,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
    ACTIONS(244), 5,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
  [1224] = 6,
    ACTIONS(342), 1,
      sym__eol,
    ACTIONS(344), 1,
      sym__blank_line,
    ACTIONS(451), 1,
      sym__text,
    STATE(97), 1,
      aux_sym_document_repeat1,
    ACTIONS(348), 5,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
    ACTIONS(338), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [1252] = 4,
    ACTIONS(270), 1,
      sym__blank_line,
    STATE(67), 1,
      aux_sym_document_repeat1,
    ACTIONS(453), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(455), 7,
      sym_place,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1276] = 3,
    ACTIONS(459), 1,
      sym__eol,
    ACTIONS(457), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(461), 7,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1297] = 4,
    ACTIONS(334), 1,
      sym__blank_line,
    STATE(93), 1,
      aux_sym_document_repeat1,
    ACTIONS(330), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(336), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1320] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(330), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(336), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1343] = 4,
    ACTIONS(465), 1,
      sym__blank_line,
    STATE(95), 1,
      aux_sym_document_repeat1,
    ACTIONS(463), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(467), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1366] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(463), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(467), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1389] = 4,
    ACTIONS(19), 1,
      sym__list_marker,
    STATE(109), 2,
      sym_list_item,
      aux_sym_list_repeat1,
    ACTIONS(471), 5,
      sym__text,
      sym__bold_line,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
    ACTIONS(469), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [1412] = 4,
    ACTIONS(477), 1,
      sym_quote_marker,
    STATE(77), 1,
      aux_sym_block_quote_repeat1,
    ACTIONS(473), 5,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym__table_rule,
    ACTIONS(475), 7,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1435] = 4,
    ACTIONS(482), 1,
      sym__blank_line,
    STATE(80), 1,
      aux_sym_document_repeat1,
    ACTIONS(480), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(484), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1458] = 3,
    ACTIONS(488), 1,
      sym__eol,
    ACTIONS(486), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(490), 7,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1479] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(492), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(494), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1502] = 4,
    ACTIONS(498), 1,
      sym__blank_line,
    STATE(98), 1,
      aux_sym_document_repeat1,
    ACTIONS(496), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(500), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1525] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(496), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(500), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1548] = 4,
    ACTIONS(21), 1,
      sym__nested_list_marker,
    STATE(111), 2,
      sym__nested_item,
      aux_sym_list_repeat2,
    ACTIONS(504), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__separator,
      sym__row_start,
    ACTIONS(502), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [1571] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(506), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(508), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1594] = 4,
    ACTIONS(512), 1,
      sym__blank_line,
    STATE(84), 1,
      aux_sym_document_repeat1,
    ACTIONS(510), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(514), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1617] = 4,
    ACTIONS(374), 1,
      sym__blank_line,
    STATE(101), 1,
      aux_sym_document_repeat1,
    ACTIONS(368), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(378), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1640] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(510), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(514), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1663] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(368), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(378), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1686] = 4,
    ACTIONS(518), 1,
      sym__blank_line,
    STATE(105), 1,
      aux_sym_document_repeat1,
    ACTIONS(516), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(520), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1709] = 4,
    ACTIONS(522), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(438), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(440), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1732] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(516), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(520), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1755] = 4,
    ACTIONS(394), 1,
      sym__blank_line,
    STATE(73), 1,
      aux_sym_document_repeat1,
    ACTIONS(390), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(398), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1778] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(525), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(527), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1801] = 4,
    ACTIONS(529), 1,
      sym__blank_line,
    STATE(108), 1,
      aux_sym_document_repeat1,
    ACTIONS(525), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(527), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1824] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(531), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(533), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1847] = 4,
    ACTIONS(537), 1,
      sym__eol,
    ACTIONS(541), 1,
      sym__text,
    ACTIONS(535), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(539), 6,
      sym__blank_line,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1870] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(390), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(398), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1893] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(544), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(546), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1916] = 4,
    ACTIONS(416), 1,
      sym__blank_line,
    STATE(112), 1,
      aux_sym_document_repeat1,
    ACTIONS(412), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(420), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1939] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(548), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(550), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1962] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(412), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(420), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [1985] = 4,
    ACTIONS(556), 1,
      sym__text,
    STATE(102), 1,
      aux_sym_paragraph_repeat1,
    ACTIONS(552), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(554), 6,
      sym__blank_line,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2008] = 4,
    ACTIONS(561), 1,
      sym__blank_line,
    STATE(115), 1,
      aux_sym_document_repeat1,
    ACTIONS(559), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(563), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2031] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(559), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(563), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2054] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(565), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(567), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2077] = 4,
    ACTIONS(571), 1,
      sym__blank_line,
    STATE(116), 1,
      aux_sym_document_repeat1,
    ACTIONS(569), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(573), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2100] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(569), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(573), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2123] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(575), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(577), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2146] = 4,
    ACTIONS(583), 1,
      sym__list_marker,
    STATE(109), 2,
      sym_list_item,
      aux_sym_list_repeat1,
    ACTIONS(581), 5,
      sym__text,
      sym__bold_line,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
    ACTIONS(579), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [2169] = 4,
    ACTIONS(434), 1,
      sym__blank_line,
    STATE(117), 1,
      aux_sym_document_repeat1,
    ACTIONS(430), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(436), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2192] = 4,
    ACTIONS(590), 1,
      sym__nested_list_marker,
    STATE(111), 2,
      sym__nested_item,
      aux_sym_list_repeat2,
    ACTIONS(588), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__separator,
      sym__row_start,
    ACTIONS(586), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [2215] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(430), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(436), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2238] = 4,
    ACTIONS(595), 1,
      sym__blank_line,
    STATE(119), 1,
      aux_sym_document_repeat1,
    ACTIONS(593), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(597), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2261] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(593), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(597), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2284] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(599), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(601), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2307] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(603), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(605), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2330] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(607), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(609), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2353] = 4,
    ACTIONS(611), 1,
      sym__blank_line,
    STATE(120), 1,
      aux_sym_document_repeat1,
    ACTIONS(607), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(609), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2376] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(613), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(615), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2399] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(617), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(619), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2422] = 7,
    ACTIONS(621), 1,
      sym_author_marker,
    ACTIONS(623), 1,
      sym__eol,
    ACTIONS(625), 1,
      sym__blank_line,
    ACTIONS(627), 1,
      sym__text,
    STATE(149), 1,
      aux_sym_document_repeat1,
    ACTIONS(348), 4,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(338), 5,
      ts_builtin_sym_end,
      sym_date,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [2451] = 6,
    ACTIONS(623), 1,
      sym__eol,
    ACTIONS(625), 1,
      sym__blank_line,
    ACTIONS(629), 1,
      sym__text,
    STATE(149), 1,
      aux_sym_document_repeat1,
    ACTIONS(348), 4,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(338), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [2478] = 3,
    ACTIONS(633), 1,
      sym__eol,
    ACTIONS(631), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(635), 7,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2499] = 6,
    ACTIONS(138), 1,
      sym__text,
    ACTIONS(637), 1,
      sym__blank_line,
    STATE(153), 1,
      aux_sym_document_repeat1,
    STATE(154), 1,
      aux_sym_paragraph_repeat1,
    ACTIONS(328), 4,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(324), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [2526] = 6,
    ACTIONS(148), 1,
      sym_quote_marker,
    ACTIONS(639), 1,
      sym__blank_line,
    STATE(158), 1,
      aux_sym_document_repeat1,
    STATE(159), 1,
      aux_sym_block_quote_repeat1,
    ACTIONS(362), 5,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym__table_rule,
    ACTIONS(366), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [2553] = 6,
    ACTIONS(641), 1,
      sym__eol,
    ACTIONS(643), 1,
      sym__blank_line,
    ACTIONS(645), 1,
      sym__text,
    STATE(161), 1,
      aux_sym_document_repeat1,
    ACTIONS(398), 4,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(390), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [2580] = 5,
    ACTIONS(647), 1,
      sym__eol,
    ACTIONS(649), 1,
      sym__blank_line,
    STATE(163), 1,
      aux_sym_document_repeat1,
    ACTIONS(406), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(400), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [2605] = 5,
    ACTIONS(641), 1,
      sym__eol,
    ACTIONS(643), 1,
      sym__blank_line,
    STATE(161), 1,
      aux_sym_document_repeat1,
    ACTIONS(398), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(390), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [2630] = 5,
    ACTIONS(651), 1,
      sym__eol,
    ACTIONS(653), 1,
      sym__blank_line,
    STATE(166), 1,
      aux_sym_document_repeat1,
    ACTIONS(286), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(280), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [2655] = 5,
    ACTIONS(146), 1,
      sym__nested_list_marker,
    STATE(194), 1,
      sym__nested_list,
    STATE(167), 2,
      sym__nested_item,
      aux_sym_list_repeat2,
    ACTIONS(290), 4,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__row_start,
    ACTIONS(288), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [2680] = 6,
    ACTIONS(655), 1,
      sym__eol,
    ACTIONS(657), 1,
      sym__blank_line,
    ACTIONS(659), 1,
      sym__text,
    STATE(169), 1,
      aux_sym_document_repeat1,
    ACTIONS(314), 4,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(306), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [2707] = 5,
    ACTIONS(655), 1,
      sym__eol,
    ACTIONS(657), 1,
      sym__blank_line,
    STATE(169), 1,
      aux_sym_document_repeat1,
    ACTIONS(314), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(306), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [2732] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(661), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(663), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2755] = 5,
    ACTIONS(665), 1,
      sym__eol,
    ACTIONS(667), 1,
      sym__blank_line,
    STATE(170), 1,
      aux_sym_document_repeat1,
    ACTIONS(336), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(330), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [2780] = 4,
    ACTIONS(35), 1,
      sym__blank_line,
    STATE(90), 1,
      aux_sym_document_repeat1,
    ACTIONS(669), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(671), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2803] = 5,
    ACTIONS(673), 1,
      sym__eol,
    ACTIONS(675), 1,
      sym__blank_line,
    STATE(176), 1,
      aux_sym_document_repeat1,
    ACTIONS(264), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(258), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [2828] = 4,
    ACTIONS(21), 1,
      sym__nested_list_marker,
    STATE(111), 2,
      sym__nested_item,
      aux_sym_list_repeat2,
    ACTIONS(471), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__separator,
      sym__row_start,
    ACTIONS(469), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [2851] = 4,
    ACTIONS(677), 1,
      sym__nested_list_marker,
    STATE(138), 2,
      sym__nested_item,
      aux_sym_list_repeat2,
    ACTIONS(588), 4,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__row_start,
    ACTIONS(586), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [2873] = 2,
    ACTIONS(680), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(682), 7,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2891] = 2,
    ACTIONS(684), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(686), 7,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2909] = 5,
    ACTIONS(688), 1,
      sym__eol,
    ACTIONS(690), 1,
      sym__blank_line,
    STATE(184), 1,
      aux_sym_document_repeat1,
    ACTIONS(316), 5,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(322), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [2933] = 4,
    ACTIONS(692), 1,
      sym__eol,
    ACTIONS(694), 1,
      sym__text,
    ACTIONS(539), 5,
      sym__blank_line,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(535), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [2955] = 2,
    ACTIONS(697), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(699), 7,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [2973] = 3,
    ACTIONS(701), 1,
      sym__eol,
    ACTIONS(631), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(635), 6,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [2993] = 2,
    ACTIONS(703), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(705), 7,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [3011] = 4,
    ACTIONS(144), 1,
      sym__list_marker,
    STATE(155), 2,
      sym_list_item,
      aux_sym_list_repeat1,
    ACTIONS(471), 4,
      sym__text,
      sym__bold_line,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(469), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3033] = 4,
    ACTIONS(146), 1,
      sym__nested_list_marker,
    STATE(138), 2,
      sym__nested_item,
      aux_sym_list_repeat2,
    ACTIONS(471), 4,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__row_start,
    ACTIONS(469), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3055] = 4,
    ACTIONS(643), 1,
      sym__blank_line,
    STATE(161), 1,
      aux_sym_document_repeat1,
    ACTIONS(398), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(390), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3077] = 4,
    ACTIONS(707), 1,
      sym__blank_line,
    STATE(179), 1,
      aux_sym_document_repeat1,
    ACTIONS(398), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(390), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3099] = 4,
    ACTIONS(709), 1,
      sym__blank_line,
    STATE(164), 1,
      aux_sym_document_repeat1,
    ACTIONS(484), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(480), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3121] = 3,
    ACTIONS(711), 1,
      sym__eol,
    ACTIONS(457), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(461), 6,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [3141] = 3,
    ACTIONS(713), 1,
      sym__eol,
    ACTIONS(486), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(490), 6,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [3161] = 4,
    ACTIONS(707), 1,
      sym__blank_line,
    STATE(179), 1,
      aux_sym_document_repeat1,
    ACTIONS(550), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(548), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3183] = 4,
    ACTIONS(715), 1,
      sym__text,
    STATE(154), 1,
      aux_sym_paragraph_repeat1,
    ACTIONS(554), 5,
      sym__blank_line,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(552), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3205] = 4,
    ACTIONS(718), 1,
      sym__list_marker,
    STATE(155), 2,
      sym_list_item,
      aux_sym_list_repeat1,
    ACTIONS(581), 4,
      sym__text,
      sym__bold_line,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(579), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3227] = 2,
    ACTIONS(186), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(192), 7,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [3245] = 2,
    ACTIONS(473), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(475), 7,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [3263] = 4,
    ACTIONS(707), 1,
      sym__blank_line,
    STATE(179), 1,
      aux_sym_document_repeat1,
    ACTIONS(671), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(669), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3285] = 4,
    ACTIONS(721), 1,
      sym_quote_marker,
    STATE(159), 1,
      aux_sym_block_quote_repeat1,
    ACTIONS(473), 5,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym__table_rule,
    ACTIONS(475), 6,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [3307] = 4,
    ACTIONS(667), 1,
      sym__blank_line,
    STATE(170), 1,
      aux_sym_document_repeat1,
    ACTIONS(336), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(330), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3329] = 4,
    ACTIONS(707), 1,
      sym__blank_line,
    STATE(179), 1,
      aux_sym_document_repeat1,
    ACTIONS(336), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(330), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3351] = 4,
    ACTIONS(724), 1,
      sym__blank_line,
    STATE(172), 1,
      aux_sym_document_repeat1,
    ACTIONS(467), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(463), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3373] = 4,
    ACTIONS(707), 1,
      sym__blank_line,
    STATE(179), 1,
      aux_sym_document_repeat1,
    ACTIONS(467), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(463), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3395] = 4,
    ACTIONS(707), 1,
      sym__blank_line,
    STATE(179), 1,
      aux_sym_document_repeat1,
    ACTIONS(494), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(492), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3417] = 4,
    ACTIONS(726), 1,
      sym__blank_line,
    STATE(173), 1,
      aux_sym_document_repeat1,
    ACTIONS(500), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(496), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3439] = 4,
    ACTIONS(707), 1,
      sym__blank_line,
    STATE(179), 1,
      aux_sym_document_repeat1,
    ACTIONS(500), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(496), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3461] = 4,
    ACTIONS(146), 1,
      sym__nested_list_marker,
    STATE(138), 2,
      sym__nested_item,
      aux_sym_list_repeat2,
    ACTIONS(504), 4,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__row_start,
    ACTIONS(502), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3483] = 4,
    ACTIONS(728), 1,
      sym__blank_line,
    STATE(174), 1,
      aux_sym_document_repeat1,
    ACTIONS(520), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(516), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3505] = 4,
    ACTIONS(707), 1,
      sym__blank_line,
    STATE(179), 1,
      aux_sym_document_repeat1,
    ACTIONS(520), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(516), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3527] = 4,
    ACTIONS(707), 1,
      sym__blank_line,
    STATE(179), 1,
      aux_sym_document_repeat1,
    ACTIONS(527), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(525), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3549] = 4,
    ACTIONS(730), 1,
      sym__blank_line,
    STATE(177), 1,
      aux_sym_document_repeat1,
    ACTIONS(527), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(525), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3571] = 4,
    ACTIONS(707), 1,
      sym__blank_line,
    STATE(179), 1,
      aux_sym_document_repeat1,
    ACTIONS(533), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(531), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3593] = 4,
    ACTIONS(707), 1,
      sym__blank_line,
    STATE(179), 1,
      aux_sym_document_repeat1,
    ACTIONS(546), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(544), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3615] = 4,
    ACTIONS(707), 1,
      sym__blank_line,
    STATE(179), 1,
      aux_sym_document_repeat1,
    ACTIONS(567), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(565), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3637] = 4,
    ACTIONS(732), 1,
      sym__blank_line,
    STATE(178), 1,
      aux_sym_document_repeat1,
    ACTIONS(573), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(569), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3659] = 4,
    ACTIONS(707), 1,
      sym__blank_line,
    STATE(179), 1,
      aux_sym_document_repeat1,
    ACTIONS(573), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(569), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3681] = 4,
    ACTIONS(707), 1,
      sym__blank_line,
    STATE(179), 1,
      aux_sym_document_repeat1,
    ACTIONS(577), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(575), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3703] = 4,
    ACTIONS(707), 1,
      sym__blank_line,
    STATE(179), 1,
      aux_sym_document_repeat1,
    ACTIONS(605), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(603), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3725] = 4,
    ACTIONS(734), 1,
      sym__blank_line,
    STATE(179), 1,
      aux_sym_document_repeat1,
    ACTIONS(440), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(438), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3747] = 4,
    ACTIONS(707), 1,
      sym__blank_line,
    STATE(179), 1,
      aux_sym_document_repeat1,
    ACTIONS(663), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(661), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [3769] = 2,
    ACTIONS(737), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(739), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [3786] = 2,
    ACTIONS(680), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(682), 6,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [3803] = 4,
    ACTIONS(741), 1,
      sym__blank_line,
    STATE(188), 1,
      aux_sym_document_repeat1,
    ACTIONS(510), 5,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(514), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [3824] = 4,
    ACTIONS(743), 1,
      sym__blank_line,
    STATE(192), 1,
      aux_sym_document_repeat1,
    ACTIONS(510), 5,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(514), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [3845] = 2,
    ACTIONS(473), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(475), 6,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [3862] = 2,
    ACTIONS(684), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(686), 6,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [3879] = 2,
    ACTIONS(186), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(192), 6,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [3896] = 4,
    ACTIONS(743), 1,
      sym__blank_line,
    STATE(192), 1,
      aux_sym_document_repeat1,
    ACTIONS(506), 5,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(508), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [3917] = 2,
    ACTIONS(697), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(699), 6,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [3934] = 2,
    ACTIONS(703), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(705), 6,
      sym__blank_line,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [3951] = 2,
    ACTIONS(745), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(747), 6,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__separator,
      sym__row_start,
  [3968] = 4,
    ACTIONS(749), 1,
      sym__blank_line,
    STATE(192), 1,
      aux_sym_document_repeat1,
    ACTIONS(438), 5,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
    ACTIONS(440), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
  [3989] = 2,
    ACTIONS(747), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(745), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [4005] = 2,
    ACTIONS(739), 5,
      sym__text,
      sym__bold_line,
      sym__list_marker,
      sym__nested_list_marker,
      sym__row_start,
    ACTIONS(737), 6,
      ts_builtin_sym_end,
      sym_date,
      sym_author_marker,
      sym__atx_marker,
      sym_quote_marker,
      sym__table_rule,
  [4021] = 8,
    ACTIONS(43), 1,
      sym__atx_marker,
    ACTIONS(51), 1,
      ts_builtin_sym_end,
    ACTIONS(752), 1,
      sym__bold_line,
    ACTIONS(754), 1,
      sym__separator,
    STATE(18), 1,
      sym_heading,
    STATE(22), 1,
      sym_separator,
    STATE(209), 1,
      sym_footer,
    STATE(201), 2,
      sym_section,
      aux_sym_document_repeat3,
  [4047] = 8,
    ACTIONS(43), 1,
      sym__atx_marker,
    ACTIONS(47), 1,
      ts_builtin_sym_end,
    ACTIONS(752), 1,
      sym__bold_line,
    ACTIONS(754), 1,
      sym__separator,
    STATE(18), 1,
      sym_heading,
    STATE(22), 1,
      sym_separator,
    STATE(213), 1,
      sym_footer,
    STATE(201), 2,
      sym_section,
      aux_sym_document_repeat3,
  [4073] = 8,
    ACTIONS(43), 1,
      sym__atx_marker,
    ACTIONS(49), 1,
      ts_builtin_sym_end,
    ACTIONS(752), 1,
      sym__bold_line,
    ACTIONS(754), 1,
      sym__separator,
    STATE(18), 1,
      sym_heading,
    STATE(22), 1,
      sym_separator,
    STATE(212), 1,
      sym_footer,
    STATE(201), 2,
      sym_section,
      aux_sym_document_repeat3,
  [4099] = 8,
    ACTIONS(31), 1,
      ts_builtin_sym_end,
    ACTIONS(43), 1,
      sym__atx_marker,
    ACTIONS(752), 1,
      sym__bold_line,
    ACTIONS(754), 1,
      sym__separator,
    STATE(18), 1,
      sym_heading,
    STATE(22), 1,
      sym_separator,
    STATE(208), 1,
      sym_footer,
    STATE(201), 2,
      sym_section,
      aux_sym_document_repeat3,
  [4125] = 8,
    ACTIONS(37), 1,
      ts_builtin_sym_end,
    ACTIONS(43), 1,
      sym__atx_marker,
    ACTIONS(752), 1,
      sym__bold_line,
    ACTIONS(754), 1,
      sym__separator,
    STATE(18), 1,
      sym_heading,
    STATE(22), 1,
      sym_separator,
    STATE(210), 1,
      sym_footer,
    STATE(201), 2,
      sym_section,
      aux_sym_document_repeat3,
  [4151] = 8,
    ACTIONS(43), 1,
      sym__atx_marker,
    ACTIONS(752), 1,
      sym__bold_line,
    ACTIONS(754), 1,
      sym__separator,
    ACTIONS(756), 1,
      ts_builtin_sym_end,
    STATE(18), 1,
      sym_heading,
    STATE(22), 1,
      sym_separator,
    STATE(211), 1,
      sym_footer,
    STATE(201), 2,
      sym_section,
      aux_sym_document_repeat3,
  [4177] = 6,
    ACTIONS(758), 1,
      ts_builtin_sym_end,
    ACTIONS(760), 1,
      sym__atx_marker,
    ACTIONS(763), 1,
      sym__bold_line,
    ACTIONS(766), 1,
      sym__separator,
    STATE(18), 1,
      sym_heading,
    STATE(201), 2,
      sym_section,
      aux_sym_document_repeat3,
  [4197] = 3,
    ACTIONS(768), 1,
      sym__eol,
    ACTIONS(770), 1,
      sym__text,
    STATE(191), 1,
      sym__item_rest,
  [4207] = 3,
    ACTIONS(768), 1,
      sym__eol,
    ACTIONS(770), 1,
      sym__text,
    STATE(42), 1,
      sym__item_rest,
  [4217] = 3,
    ACTIONS(772), 1,
      sym__eol,
    ACTIONS(774), 1,
      sym__text,
    STATE(130), 1,
      sym__item_rest,
  [4227] = 3,
    ACTIONS(772), 1,
      sym__eol,
    ACTIONS(774), 1,
      sym__text,
    STATE(193), 1,
      sym__item_rest,
  [4237] = 1,
    ACTIONS(776), 1,
      ts_builtin_sym_end,
  [4241] = 1,
    ACTIONS(31), 1,
      ts_builtin_sym_end,
  [4245] = 1,
    ACTIONS(37), 1,
      ts_builtin_sym_end,
  [4249] = 1,
    ACTIONS(756), 1,
      ts_builtin_sym_end,
  [4253] = 1,
    ACTIONS(47), 1,
      ts_builtin_sym_end,
  [4257] = 1,
    ACTIONS(778), 1,
      ts_builtin_sym_end,
  [4261] = 1,
    ACTIONS(51), 1,
      ts_builtin_sym_end,
  [4265] = 1,
    ACTIONS(49), 1,
      ts_builtin_sym_end,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(23)] = 0,
  [SMALL_STATE(24)] = 29,
  [SMALL_STATE(25)] = 58,
  [SMALL_STATE(26)] = 85,
  [SMALL_STATE(27)] = 117,
  [SMALL_STATE(28)] = 145,
  [SMALL_STATE(29)] = 171,
  [SMALL_STATE(30)] = 199,
  [SMALL_STATE(31)] = 226,
  [SMALL_STATE(32)] = 253,
  [SMALL_STATE(33)] = 280,
  [SMALL_STATE(34)] = 307,
  [SMALL_STATE(35)] = 338,
  [SMALL_STATE(36)] = 364,
  [SMALL_STATE(37)] = 388,
  [SMALL_STATE(38)] = 412,
  [SMALL_STATE(39)] = 436,
  [SMALL_STATE(40)] = 460,
  [SMALL_STATE(41)] = 484,
  [SMALL_STATE(42)] = 510,
  [SMALL_STATE(43)] = 536,
  [SMALL_STATE(44)] = 568,
  [SMALL_STATE(45)] = 596,
  [SMALL_STATE(46)] = 622,
  [SMALL_STATE(47)] = 648,
  [SMALL_STATE(48)] = 676,
  [SMALL_STATE(49)] = 702,
  [SMALL_STATE(50)] = 732,
  [SMALL_STATE(51)] = 756,
  [SMALL_STATE(52)] = 780,
  [SMALL_STATE(53)] = 804,
  [SMALL_STATE(54)] = 828,
  [SMALL_STATE(55)] = 852,
  [SMALL_STATE(56)] = 880,
  [SMALL_STATE(57)] = 910,
  [SMALL_STATE(58)] = 938,
  [SMALL_STATE(59)] = 964,
  [SMALL_STATE(60)] = 992,
  [SMALL_STATE(61)] = 1018,
  [SMALL_STATE(62)] = 1042,
  [SMALL_STATE(63)] = 1070,
  [SMALL_STATE(64)] = 1096,
  [SMALL_STATE(65)] = 1122,
  [SMALL_STATE(66)] = 1148,
  [SMALL_STATE(67)] = 1174,
  [SMALL_STATE(68)] = 1198,
  [SMALL_STATE(69)] = 1224,
  [SMALL_STATE(70)] = 1252,
  [SMALL_STATE(71)] = 1276,
  [SMALL_STATE(72)] = 1297,
  [SMALL_STATE(73)] = 1320,
  [SMALL_STATE(74)] = 1343,
  [SMALL_STATE(75)] = 1366,
  [SMALL_STATE(76)] = 1389,
  [SMALL_STATE(77)] = 1412,
  [SMALL_STATE(78)] = 1435,
  [SMALL_STATE(79)] = 1458,
  [SMALL_STATE(80)] = 1479,
  [SMALL_STATE(81)] = 1502,
  [SMALL_STATE(82)] = 1525,
  [SMALL_STATE(83)] = 1548,
  [SMALL_STATE(84)] = 1571,
  [SMALL_STATE(85)] = 1594,
  [SMALL_STATE(86)] = 1617,
  [SMALL_STATE(87)] = 1640,
  [SMALL_STATE(88)] = 1663,
  [SMALL_STATE(89)] = 1686,
  [SMALL_STATE(90)] = 1709,
  [SMALL_STATE(91)] = 1732,
  [SMALL_STATE(92)] = 1755,
  [SMALL_STATE(93)] = 1778,
  [SMALL_STATE(94)] = 1801,
  [SMALL_STATE(95)] = 1824,
  [SMALL_STATE(96)] = 1847,
  [SMALL_STATE(97)] = 1870,
  [SMALL_STATE(98)] = 1893,
  [SMALL_STATE(99)] = 1916,
  [SMALL_STATE(100)] = 1939,
  [SMALL_STATE(101)] = 1962,
  [SMALL_STATE(102)] = 1985,
  [SMALL_STATE(103)] = 2008,
  [SMALL_STATE(104)] = 2031,
  [SMALL_STATE(105)] = 2054,
  [SMALL_STATE(106)] = 2077,
  [SMALL_STATE(107)] = 2100,
  [SMALL_STATE(108)] = 2123,
  [SMALL_STATE(109)] = 2146,
  [SMALL_STATE(110)] = 2169,
  [SMALL_STATE(111)] = 2192,
  [SMALL_STATE(112)] = 2215,
  [SMALL_STATE(113)] = 2238,
  [SMALL_STATE(114)] = 2261,
  [SMALL_STATE(115)] = 2284,
  [SMALL_STATE(116)] = 2307,
  [SMALL_STATE(117)] = 2330,
  [SMALL_STATE(118)] = 2353,
  [SMALL_STATE(119)] = 2376,
  [SMALL_STATE(120)] = 2399,
  [SMALL_STATE(121)] = 2422,
  [SMALL_STATE(122)] = 2451,
  [SMALL_STATE(123)] = 2478,
  [SMALL_STATE(124)] = 2499,
  [SMALL_STATE(125)] = 2526,
  [SMALL_STATE(126)] = 2553,
  [SMALL_STATE(127)] = 2580,
  [SMALL_STATE(128)] = 2605,
  [SMALL_STATE(129)] = 2630,
  [SMALL_STATE(130)] = 2655,
  [SMALL_STATE(131)] = 2680,
  [SMALL_STATE(132)] = 2707,
  [SMALL_STATE(133)] = 2732,
  [SMALL_STATE(134)] = 2755,
  [SMALL_STATE(135)] = 2780,
  [SMALL_STATE(136)] = 2803,
  [SMALL_STATE(137)] = 2828,
  [SMALL_STATE(138)] = 2851,
  [SMALL_STATE(139)] = 2873,
  [SMALL_STATE(140)] = 2891,
  [SMALL_STATE(141)] = 2909,
  [SMALL_STATE(142)] = 2933,
  [SMALL_STATE(143)] = 2955,
  [SMALL_STATE(144)] = 2973,
  [SMALL_STATE(145)] = 2993,
  [SMALL_STATE(146)] = 3011,
  [SMALL_STATE(147)] = 3033,
  [SMALL_STATE(148)] = 3055,
  [SMALL_STATE(149)] = 3077,
  [SMALL_STATE(150)] = 3099,
  [SMALL_STATE(151)] = 3121,
  [SMALL_STATE(152)] = 3141,
  [SMALL_STATE(153)] = 3161,
  [SMALL_STATE(154)] = 3183,
  [SMALL_STATE(155)] = 3205,
  [SMALL_STATE(156)] = 3227,
  [SMALL_STATE(157)] = 3245,
  [SMALL_STATE(158)] = 3263,
  [SMALL_STATE(159)] = 3285,
  [SMALL_STATE(160)] = 3307,
  [SMALL_STATE(161)] = 3329,
  [SMALL_STATE(162)] = 3351,
  [SMALL_STATE(163)] = 3373,
  [SMALL_STATE(164)] = 3395,
  [SMALL_STATE(165)] = 3417,
  [SMALL_STATE(166)] = 3439,
  [SMALL_STATE(167)] = 3461,
  [SMALL_STATE(168)] = 3483,
  [SMALL_STATE(169)] = 3505,
  [SMALL_STATE(170)] = 3527,
  [SMALL_STATE(171)] = 3549,
  [SMALL_STATE(172)] = 3571,
  [SMALL_STATE(173)] = 3593,
  [SMALL_STATE(174)] = 3615,
  [SMALL_STATE(175)] = 3637,
  [SMALL_STATE(176)] = 3659,
  [SMALL_STATE(177)] = 3681,
  [SMALL_STATE(178)] = 3703,
  [SMALL_STATE(179)] = 3725,
  [SMALL_STATE(180)] = 3747,
  [SMALL_STATE(181)] = 3769,
  [SMALL_STATE(182)] = 3786,
  [SMALL_STATE(183)] = 3803,
  [SMALL_STATE(184)] = 3824,
  [SMALL_STATE(185)] = 3845,
  [SMALL_STATE(186)] = 3862,
  [SMALL_STATE(187)] = 3879,
  [SMALL_STATE(188)] = 3896,
  [SMALL_STATE(189)] = 3917,
  [SMALL_STATE(190)] = 3934,
  [SMALL_STATE(191)] = 3951,
  [SMALL_STATE(192)] = 3968,
  [SMALL_STATE(193)] = 3989,
  [SMALL_STATE(194)] = 4005,
  [SMALL_STATE(195)] = 4021,
  [SMALL_STATE(196)] = 4047,
  [SMALL_STATE(197)] = 4073,
  [SMALL_STATE(198)] = 4099,
  [SMALL_STATE(199)] = 4125,
  [SMALL_STATE(200)] = 4151,
  [SMALL_STATE(201)] = 4177,
  [SMALL_STATE(202)] = 4197,
  [SMALL_STATE(203)] = 4207,
  [SMALL_STATE(204)] = 4217,
  [SMALL_STATE(205)] = 4227,
  [SMALL_STATE(206)] = 4237,
  [SMALL_STATE(207)] = 4241,
  [SMALL_STATE(208)] = 4245,
  [SMALL_STATE(209)] = 4249,
  [SMALL_STATE(210)] = 4253,
  [SMALL_STATE(211)] = 4257,
  [SMALL_STATE(212)] = 4261,
  [SMALL_STATE(213)] = 4265,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [11] = {.entry = {.count = 1, .reusable = false}}, SHIFT(3),
  [13] = {.entry = {.count = 1, .reusable = false}}, SHIFT(33),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [17] = {.entry = {.count = 1, .reusable = false}}, SHIFT(30),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(203),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(202),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(46),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(24),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [31] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 1, 0, 0),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(4),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(90),
  [37] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 2, 0, 0),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(43),
  [41] = {.entry = {.count = 1, .reusable = false}}, SHIFT(79),
  [43] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [45] = {.entry = {.count = 1, .reusable = false}}, SHIFT(45),
  [47] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 3, 0, 0),
  [49] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 4, 0, 0),
  [51] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 5, 0, 0),
  [53] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 2, 0, 0),
  [55] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 2, 0, 0),
  [57] = {.entry = {.count = 2, .reusable = false}}, REDUCE(sym_section, 2, 0, 0), SHIFT(46),
  [60] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_document_repeat2, 2, 0, 0),
  [62] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat2, 2, 0, 0), SHIFT_REPEAT(49),
  [65] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat2, 2, 0, 0), SHIFT_REPEAT(69),
  [68] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat2, 2, 0, 0), SHIFT_REPEAT(79),
  [71] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_document_repeat2, 2, 0, 0),
  [73] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat2, 2, 0, 0), SHIFT_REPEAT(203),
  [76] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat2, 2, 0, 0), SHIFT_REPEAT(202),
  [79] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat2, 2, 0, 0), SHIFT_REPEAT(46),
  [82] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat2, 2, 0, 0), SHIFT_REPEAT(96),
  [85] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat2, 2, 0, 0), SHIFT_REPEAT(24),
  [88] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat2, 2, 0, 0), SHIFT_REPEAT(123),
  [91] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_section, 1, 0, 0),
  [93] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_section, 1, 0, 0),
  [95] = {.entry = {.count = 2, .reusable = false}}, REDUCE(sym_section, 1, 0, 0), SHIFT(46),
  [98] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__block, 1, 0, 0),
  [100] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym__block, 1, 0, 0), SHIFT(121),
  [103] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym__block, 1, 0, 0), SHIFT(122),
  [106] = {.entry = {.count = 2, .reusable = false}}, REDUCE(sym__block, 1, 0, 0), SHIFT(152),
  [109] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym__block, 1, 0, 0), SHIFT(131),
  [112] = {.entry = {.count = 2, .reusable = false}}, REDUCE(sym__block, 1, 0, 0), SHIFT(132),
  [115] = {.entry = {.count = 2, .reusable = false}}, REDUCE(sym__block, 1, 0, 0), SHIFT(204),
  [118] = {.entry = {.count = 2, .reusable = false}}, REDUCE(sym__block, 1, 0, 0), SHIFT(205),
  [121] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__block, 1, 0, 0),
  [123] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym__block, 1, 0, 0), SHIFT(142),
  [126] = {.entry = {.count = 2, .reusable = false}}, REDUCE(sym__block, 1, 0, 0), SHIFT(27),
  [129] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym__block, 1, 0, 0), SHIFT(144),
  [132] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_footer, 2, 10, 0),
  [134] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [136] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [138] = {.entry = {.count = 1, .reusable = false}}, SHIFT(152),
  [140] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [142] = {.entry = {.count = 1, .reusable = false}}, SHIFT(132),
  [144] = {.entry = {.count = 1, .reusable = false}}, SHIFT(204),
  [146] = {.entry = {.count = 1, .reusable = false}}, SHIFT(205),
  [148] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [150] = {.entry = {.count = 1, .reusable = false}}, SHIFT(27),
  [152] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [154] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_footer_repeat1, 2, 0, 0),
  [156] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_footer_repeat1, 2, 0, 0), SHIFT_REPEAT(121),
  [159] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_footer_repeat1, 2, 0, 0), SHIFT_REPEAT(122),
  [162] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_footer_repeat1, 2, 0, 0), SHIFT_REPEAT(152),
  [165] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_footer_repeat1, 2, 0, 0), SHIFT_REPEAT(131),
  [168] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_footer_repeat1, 2, 0, 0), SHIFT_REPEAT(132),
  [171] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_footer_repeat1, 2, 0, 0), SHIFT_REPEAT(204),
  [174] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_footer_repeat1, 2, 0, 0), SHIFT_REPEAT(205),
  [177] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_footer_repeat1, 2, 0, 0), SHIFT_REPEAT(142),
  [180] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_footer_repeat1, 2, 0, 0), SHIFT_REPEAT(27),
  [183] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_footer_repeat1, 2, 0, 0), SHIFT_REPEAT(144),
  [186] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table_row, 2, 0, 0),
  [188] = {.entry = {.count = 1, .reusable = false}}, SHIFT(25),
  [190] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [192] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_table_row, 2, 0, 0),
  [194] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table_row, 1, 0, 0),
  [196] = {.entry = {.count = 1, .reusable = false}}, SHIFT(23),
  [198] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [200] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_table_row, 1, 0, 0),
  [202] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_table_row_repeat1, 2, 0, 0),
  [204] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_row_repeat1, 2, 0, 0), SHIFT_REPEAT(25),
  [207] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_table_row_repeat1, 2, 0, 0),
  [209] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table, 1, 0, 0),
  [211] = {.entry = {.count = 1, .reusable = false}}, SHIFT(133),
  [213] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_table, 1, 0, 0),
  [215] = {.entry = {.count = 1, .reusable = false}}, SHIFT(29),
  [217] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [219] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_row_repeat1, 2, 0, 0), SHIFT_REPEAT(28),
  [222] = {.entry = {.count = 1, .reusable = false}}, SHIFT(28),
  [224] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [226] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_headline, 1, 0, 1),
  [228] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_headline, 1, 0, 1),
  [230] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [232] = {.entry = {.count = 1, .reusable = false}}, SHIFT(40),
  [234] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_headline, 1, 0, 0),
  [236] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_headline, 1, 0, 0),
  [238] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [240] = {.entry = {.count = 1, .reusable = false}}, SHIFT(38),
  [242] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0),
  [244] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0),
  [246] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(24),
  [249] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(123),
  [252] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [254] = {.entry = {.count = 1, .reusable = false}}, SHIFT(36),
  [256] = {.entry = {.count = 1, .reusable = false}}, SHIFT(180),
  [258] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_heading, 2, 0, 4),
  [260] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [262] = {.entry = {.count = 1, .reusable = false}}, SHIFT(107),
  [264] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_heading, 2, 0, 4),
  [266] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_headline, 2, 0, 1),
  [268] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_headline, 2, 0, 1),
  [270] = {.entry = {.count = 1, .reusable = false}}, SHIFT(67),
  [272] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_headline, 2, 0, 0),
  [274] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_headline, 2, 0, 0),
  [276] = {.entry = {.count = 1, .reusable = false}}, SHIFT(70),
  [278] = {.entry = {.count = 1, .reusable = false}}, SHIFT(54),
  [280] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__item_rest, 1, 0, 5),
  [282] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [284] = {.entry = {.count = 1, .reusable = false}}, SHIFT(82),
  [286] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__item_rest, 1, 0, 5),
  [288] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_list_item, 2, 0, 0),
  [290] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_list_item, 2, 0, 0),
  [292] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__placed_byline, 1, 0, 0),
  [294] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [296] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [298] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [300] = {.entry = {.count = 1, .reusable = false}}, SHIFT(88),
  [302] = {.entry = {.count = 1, .reusable = false}}, SHIFT(58),
  [304] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__placed_byline, 1, 0, 0),
  [306] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_heading, 1, 0, 0),
  [308] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [310] = {.entry = {.count = 1, .reusable = false}}, SHIFT(91),
  [312] = {.entry = {.count = 1, .reusable = false}}, SHIFT(35),
  [314] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_heading, 1, 0, 0),
  [316] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_separator, 1, 0, 0),
  [318] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [320] = {.entry = {.count = 1, .reusable = false}}, SHIFT(87),
  [322] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_separator, 1, 0, 0),
  [324] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_paragraph, 1, 0, 0),
  [326] = {.entry = {.count = 1, .reusable = false}}, SHIFT(100),
  [328] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_paragraph, 1, 0, 0),
  [330] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_byline, 3, 0, 0),
  [332] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [334] = {.entry = {.count = 1, .reusable = false}}, SHIFT(93),
  [336] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_byline, 3, 0, 0),
  [338] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_byline, 1, 0, 0),
  [340] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [342] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [344] = {.entry = {.count = 1, .reusable = false}}, SHIFT(97),
  [346] = {.entry = {.count = 1, .reusable = false}}, SHIFT(60),
  [348] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_byline, 1, 0, 0),
  [350] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_headline, 3, 0, 1),
  [352] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_headline, 3, 0, 1),
  [354] = {.entry = {.count = 1, .reusable = false}}, SHIFT(50),
  [356] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_headline, 3, 0, 4),
  [358] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_headline, 3, 0, 4),
  [360] = {.entry = {.count = 1, .reusable = false}}, SHIFT(61),
  [362] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block_quote, 1, 0, 0),
  [364] = {.entry = {.count = 1, .reusable = false}}, SHIFT(135),
  [366] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block_quote, 1, 0, 0),
  [368] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__placed_byline, 2, 0, 0),
  [370] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [372] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [374] = {.entry = {.count = 1, .reusable = false}}, SHIFT(101),
  [376] = {.entry = {.count = 1, .reusable = false}}, SHIFT(63),
  [378] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__placed_byline, 2, 0, 0),
  [380] = {.entry = {.count = 1, .reusable = false}}, SHIFT(64),
  [382] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__placed_byline, 2, 0, 3),
  [384] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [386] = {.entry = {.count = 1, .reusable = false}}, SHIFT(104),
  [388] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__placed_byline, 2, 0, 3),
  [390] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_byline, 2, 0, 0),
  [392] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [394] = {.entry = {.count = 1, .reusable = false}}, SHIFT(73),
  [396] = {.entry = {.count = 1, .reusable = false}}, SHIFT(48),
  [398] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_byline, 2, 0, 0),
  [400] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_byline, 2, 0, 3),
  [402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [404] = {.entry = {.count = 1, .reusable = false}}, SHIFT(75),
  [406] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_byline, 2, 0, 3),
  [408] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_headline, 4, 0, 4),
  [410] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_headline, 4, 0, 4),
  [412] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__placed_byline, 3, 0, 0),
  [414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [416] = {.entry = {.count = 1, .reusable = false}}, SHIFT(112),
  [418] = {.entry = {.count = 1, .reusable = false}}, SHIFT(66),
  [420] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__placed_byline, 3, 0, 0),
  [422] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__placed_byline, 3, 0, 7),
  [424] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [426] = {.entry = {.count = 1, .reusable = false}}, SHIFT(114),
  [428] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__placed_byline, 3, 0, 7),
  [430] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__placed_byline, 4, 0, 0),
  [432] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [434] = {.entry = {.count = 1, .reusable = false}}, SHIFT(117),
  [436] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__placed_byline, 4, 0, 0),
  [438] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0),
  [440] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0),
  [442] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(67),
  [445] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(27),
  [448] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(144),
  [451] = {.entry = {.count = 1, .reusable = false}}, SHIFT(65),
  [453] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_headline, 3, 0, 0),
  [455] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_headline, 3, 0, 0),
  [457] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_block_quote_repeat1, 2, 0, 6),
  [459] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [461] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_block_quote_repeat1, 2, 0, 6),
  [463] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_byline, 3, 0, 3),
  [465] = {.entry = {.count = 1, .reusable = false}}, SHIFT(95),
  [467] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_byline, 3, 0, 3),
  [469] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_list, 1, 0, 0),
  [471] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_list, 1, 0, 0),
  [473] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_block_quote_repeat1, 2, 0, 0),
  [475] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_block_quote_repeat1, 2, 0, 0),
  [477] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_block_quote_repeat1, 2, 0, 0), SHIFT_REPEAT(96),
  [480] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__item_rest, 1, 0, 0),
  [482] = {.entry = {.count = 1, .reusable = false}}, SHIFT(80),
  [484] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__item_rest, 1, 0, 0),
  [486] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_paragraph_repeat1, 1, 0, 2),
  [488] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [490] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 1, 0, 2),
  [492] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__item_rest, 2, 0, 0),
  [494] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__item_rest, 2, 0, 0),
  [496] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__item_rest, 2, 0, 5),
  [498] = {.entry = {.count = 1, .reusable = false}}, SHIFT(98),
  [500] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__item_rest, 2, 0, 5),
  [502] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__nested_list, 1, 0, 0),
  [504] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__nested_list, 1, 0, 0),
  [506] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_separator, 3, 0, 0),
  [508] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_separator, 3, 0, 0),
  [510] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_separator, 2, 0, 0),
  [512] = {.entry = {.count = 1, .reusable = false}}, SHIFT(84),
  [514] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_separator, 2, 0, 0),
  [516] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_heading, 2, 0, 0),
  [518] = {.entry = {.count = 1, .reusable = false}}, SHIFT(105),
  [520] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_heading, 2, 0, 0),
  [522] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [525] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_byline, 4, 0, 0),
  [527] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_byline, 4, 0, 0),
  [529] = {.entry = {.count = 1, .reusable = false}}, SHIFT(108),
  [531] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_byline, 4, 0, 3),
  [533] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_byline, 4, 0, 3),
  [535] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_block_quote_repeat1, 1, 0, 0),
  [537] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [539] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_block_quote_repeat1, 1, 0, 0),
  [541] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_quote_repeat1, 1, 0, 0), SHIFT_REPEAT(71),
  [544] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__item_rest, 3, 0, 5),
  [546] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__item_rest, 3, 0, 5),
  [548] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_paragraph, 2, 0, 0),
  [550] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_paragraph, 2, 0, 0),
  [552] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0),
  [554] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0),
  [556] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0), SHIFT_REPEAT(79),
  [559] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__placed_byline, 3, 0, 3),
  [561] = {.entry = {.count = 1, .reusable = false}}, SHIFT(115),
  [563] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__placed_byline, 3, 0, 3),
  [565] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_heading, 3, 0, 0),
  [567] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_heading, 3, 0, 0),
  [569] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_heading, 3, 0, 4),
  [571] = {.entry = {.count = 1, .reusable = false}}, SHIFT(116),
  [573] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_heading, 3, 0, 4),
  [575] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_byline, 5, 0, 0),
  [577] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_byline, 5, 0, 0),
  [579] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_list_repeat1, 2, 0, 0),
  [581] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_list_repeat1, 2, 0, 0),
  [583] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_list_repeat1, 2, 0, 0), SHIFT_REPEAT(203),
  [586] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_list_repeat2, 2, 0, 0),
  [588] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_list_repeat2, 2, 0, 0),
  [590] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_list_repeat2, 2, 0, 0), SHIFT_REPEAT(202),
  [593] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__placed_byline, 4, 0, 7),
  [595] = {.entry = {.count = 1, .reusable = false}}, SHIFT(119),
  [597] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__placed_byline, 4, 0, 7),
  [599] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__placed_byline, 4, 0, 3),
  [601] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__placed_byline, 4, 0, 3),
  [603] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_heading, 4, 0, 4),
  [605] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_heading, 4, 0, 4),
  [607] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__placed_byline, 5, 0, 0),
  [609] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__placed_byline, 5, 0, 0),
  [611] = {.entry = {.count = 1, .reusable = false}}, SHIFT(120),
  [613] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__placed_byline, 5, 0, 7),
  [615] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__placed_byline, 5, 0, 7),
  [617] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__placed_byline, 6, 0, 0),
  [619] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__placed_byline, 6, 0, 0),
  [621] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [623] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [625] = {.entry = {.count = 1, .reusable = false}}, SHIFT(149),
  [627] = {.entry = {.count = 1, .reusable = false}}, SHIFT(127),
  [629] = {.entry = {.count = 1, .reusable = false}}, SHIFT(128),
  [631] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table_rule, 1, 0, 0),
  [633] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [635] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_table_rule, 1, 0, 0),
  [637] = {.entry = {.count = 1, .reusable = false}}, SHIFT(153),
  [639] = {.entry = {.count = 1, .reusable = false}}, SHIFT(158),
  [641] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [643] = {.entry = {.count = 1, .reusable = false}}, SHIFT(161),
  [645] = {.entry = {.count = 1, .reusable = false}}, SHIFT(134),
  [647] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [649] = {.entry = {.count = 1, .reusable = false}}, SHIFT(163),
  [651] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [653] = {.entry = {.count = 1, .reusable = false}}, SHIFT(166),
  [655] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [657] = {.entry = {.count = 1, .reusable = false}}, SHIFT(169),
  [659] = {.entry = {.count = 1, .reusable = false}}, SHIFT(136),
  [661] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table, 2, 0, 0),
  [663] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_table, 2, 0, 0),
  [665] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [667] = {.entry = {.count = 1, .reusable = false}}, SHIFT(170),
  [669] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block_quote, 2, 0, 0),
  [671] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block_quote, 2, 0, 0),
  [673] = {.entry = {.count = 1, .reusable = true}}, SHIFT(175),
  [675] = {.entry = {.count = 1, .reusable = false}}, SHIFT(176),
  [677] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_list_repeat2, 2, 0, 0), SHIFT_REPEAT(205),
  [680] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 2),
  [682] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 2),
  [684] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table_rule, 2, 0, 0),
  [686] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_table_rule, 2, 0, 0),
  [688] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [690] = {.entry = {.count = 1, .reusable = false}}, SHIFT(184),
  [692] = {.entry = {.count = 1, .reusable = true}}, SHIFT(185),
  [694] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_quote_repeat1, 1, 0, 0), SHIFT_REPEAT(151),
  [697] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_block_quote_repeat1, 3, 0, 6),
  [699] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_block_quote_repeat1, 3, 0, 6),
  [701] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [703] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table_row, 3, 0, 0),
  [705] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_table_row, 3, 0, 0),
  [707] = {.entry = {.count = 1, .reusable = false}}, SHIFT(179),
  [709] = {.entry = {.count = 1, .reusable = false}}, SHIFT(164),
  [711] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [713] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [715] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0), SHIFT_REPEAT(152),
  [718] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_list_repeat1, 2, 0, 0), SHIFT_REPEAT(204),
  [721] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_block_quote_repeat1, 2, 0, 0), SHIFT_REPEAT(142),
  [724] = {.entry = {.count = 1, .reusable = false}}, SHIFT(172),
  [726] = {.entry = {.count = 1, .reusable = false}}, SHIFT(173),
  [728] = {.entry = {.count = 1, .reusable = false}}, SHIFT(174),
  [730] = {.entry = {.count = 1, .reusable = false}}, SHIFT(177),
  [732] = {.entry = {.count = 1, .reusable = false}}, SHIFT(178),
  [734] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(179),
  [737] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_list_item, 3, 0, 0),
  [739] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_list_item, 3, 0, 0),
  [741] = {.entry = {.count = 1, .reusable = false}}, SHIFT(188),
  [743] = {.entry = {.count = 1, .reusable = false}}, SHIFT(192),
  [745] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__nested_item, 2, 0, 0),
  [747] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__nested_item, 2, 0, 0),
  [749] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(192),
  [752] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [754] = {.entry = {.count = 1, .reusable = false}}, SHIFT(141),
  [756] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 6, 0, 0),
  [758] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_document_repeat3, 2, 0, 0),
  [760] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat3, 2, 0, 0), SHIFT_REPEAT(44),
  [763] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat3, 2, 0, 0), SHIFT_REPEAT(45),
  [766] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_document_repeat3, 2, 0, 0),
  [768] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [770] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [772] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [774] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [776] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [778] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 7, 0, 0),
};

#ifdef __cplusplus
extern "C" {
#endif
#ifdef TREE_SITTER_HIDE_SYMBOLS
#define TS_PUBLIC
#elif defined(_WIN32)
#define TS_PUBLIC __declspec(dllexport)
#else
#define TS_PUBLIC __attribute__((visibility("default")))
#endif

TS_PUBLIC const TSLanguage *tree_sitter_arabic_news(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
