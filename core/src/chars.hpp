// Character classes the text layer needs, as cheap inline tests on code points.
// Internal to the core: the ranges follow the Unicode Arabic block (U+0600–U+06FF) and its
// supplements.
#pragma once

namespace khulasa::detail {

/// Tashkeel (harakat, tanween, shadda, sukun, Quranic marks U+064B–U+065F) and superscript alef.
constexpr bool is_tashkeel(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670;
}

constexpr bool is_tatweel(char32_t c) {
  return c == 0x0640;
}

/// Letters of the Arabic script (base block, supplement, extended-A, presentation forms).
constexpr bool is_arabic_letter(char32_t c) {
  return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x066F) ||
         (c >= 0x0671 && c <= 0x06D3) || c == 0x06D5 || (c >= 0x06EE && c <= 0x06EF) ||
         (c >= 0x06FA && c <= 0x06FC) || c == 0x06FF || (c >= 0x0750 && c <= 0x077F) ||
         (c >= 0x08A0 && c <= 0x08C9) ||
         (c >= 0xFB50 && c <= 0xFDFF && c != 0xFD3E && c != 0xFD3F) || (c >= 0xFE70 && c <= 0xFEFC);
}

/// An Arabic letter or a mark that belongs inside an Arabic word (tashkeel, tatweel).
constexpr bool is_arabic_word_char(char32_t c) {
  return is_arabic_letter(c) || is_tashkeel(c) || is_tatweel(c) || (c >= 0x06D6 && c <= 0x06ED);
}

constexpr bool is_ascii_digit(char32_t c) {
  return c >= '0' && c <= '9';
}

/// Value 0–9 of an ASCII, Arabic-Indic (٠–٩) or Extended Arabic-Indic (۰–۹) digit, else -1.
constexpr int digit_value(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0x0660 && c <= 0x0669) return static_cast<int>(c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return static_cast<int>(c - 0x06F0);
  return -1;
}
constexpr bool is_digit(char32_t c) {
  return digit_value(c) >= 0;
}

constexpr bool is_latin_letter(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7) || (c >= 0x1E00 && c <= 0x1EFF);
}

constexpr bool is_latin_upper(char32_t c) {
  return (c >= 'A' && c <= 'Z');
}

/// Invisible format characters that carry no text: BOM/ZWNBSP, ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM and
/// the bidi embeddings, overrides and isolates.
constexpr bool is_invisible_format(char32_t c) {
  return c == 0xFEFF || (c >= 0x200B && c <= 0x200F) || c == 0x061C ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x00AD;
}

/// Horizontal white space (not line ends).
constexpr bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x205F || c == 0x3000 || c == '\v' || c == '\f';
}

/// White space or an invisible format character: what sentence ranges are trimmed of.
constexpr bool is_blank(char32_t c) {
  return is_space(c) || is_invisible_format(c);
}

/// Characters that end a line: LF, CR (CRLF is handled by the caller), NEL, LS, PS.
constexpr bool is_line_end(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x0085 || c == 0x2028 || c == 0x2029;
}

}  // namespace khulasa::detail
