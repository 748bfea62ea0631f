#include "line_shape.hpp"

#include <array>

#include "chars.hpp"
#include "khulasa/normalize.hpp"
#include "khulasa/utf8.hpp"

namespace khulasa::detail {
namespace {

char32_t peek(std::string_view text, std::size_t pos) {
  return next_code_point(text, pos);
}

bool is_word_char(char32_t c) {
  return is_arabic_word_char(c) || is_latin_letter(c) || is_digit(c);
}

/// Skips a run of digits; returns the position after it.
std::size_t skip_digits(std::string_view text, std::size_t pos, std::size_t end,
                        std::size_t& count) {
  count = 0;
  while (pos < end) {
    std::size_t next = pos;
    if (!is_digit(next_code_point(text, next))) break;
    pos = next;
    ++count;
  }
  return pos;
}

/// List markers followed by a space: bullets, "1." "1)" "(1)" "١." and Arabic letters "أ-" "ب)".
std::size_t match_list_marker(std::string_view text, std::size_t pos, std::size_t end) {
  std::size_t p = pos;
  const char32_t c = next_code_point(text, p);
  auto space_after = [&](std::size_t q) -> std::size_t {
    if (q >= end) return 0;
    std::size_t r = q;
    return is_space(next_code_point(text, r)) ? r : 0;
  };
  switch (c) {
    case '-':
    case '*':
    case '+':
    case 0x2022:
    case 0x25AA:
    case 0x25E6:
    case 0x2013:
    case 0x25CF:
    case 0x25A0:
    case 0x25BA:
    case 0x27A2:
    case 0x2713:
    case 0x00B7:
      return space_after(p);
    default:
      break;
  }
  std::size_t digits = 0;
  if (c == '(') {
    std::size_t q = skip_digits(text, p, end, digits);
    if (digits >= 1 && digits <= 3 && q < end && text[q] == ')') return space_after(q + 1);
    return 0;
  }
  if (is_digit(c)) {
    std::size_t q = skip_digits(text, pos, end, digits);
    if (digits <= 3 && q < end && (text[q] == '.' || text[q] == ')' || text[q] == '-')) {
      return space_after(q + 1);
    }
    return 0;
  }
  // A single Arabic letter with "-" or ")": أ- ب) ج-. Not "." ("د. محمد" is a title, not an item).
  if (is_arabic_letter(c) && p < end && (text[p] == '-' || text[p] == ')')) {
    return space_after(p + 1);
  }
  return 0;
}

bool is_separator_line(std::string_view line) {
  std::size_t symbols = 0;
  for (std::size_t pos = 0; pos < line.size();) {
    const char32_t c = next_code_point(line, pos);
    if (is_blank(c)) continue;
    if (c == '/' || c == '-' || c == '*' || c == '_' || c == '=' || c == '~' || c == 0x2022 ||
        c == 0x00B7 || c == '#' || c == 0x2014 || c == 0x2013) {
      ++symbols;
      continue;
    }
    return false;
  }
  return symbols >= 3;
}

}  // namespace

ByteRange trim_blanks(std::string_view text, ByteRange range) {
  // Line ends count as blank here: a unit of a hard-wrapped paragraph may start or end at one.
  while (range.begin < range.end) {
    std::size_t p = range.begin;
    const char32_t c = next_code_point(text, p);
    if (!is_blank(c) && !is_line_end(c)) break;
    range.begin = p;
  }
  while (range.end > range.begin) {
    std::size_t p = range.end;
    const char32_t c = previous_code_point(text, p);
    if (!is_blank(c) && !is_line_end(c)) break;
    range.end = p;
  }
  return range;
}

LineShape shape_line(std::string_view text, ByteRange line) {
  LineShape shape;
  ByteRange r = trim_blanks(text, line);
  shape.content = r;
  if (r.empty()) return shape;
  const std::string_view s = r.slice(text);
  if (s.front() == '|' && s.size() >= 2) {
    shape.kind = UnitKind::table_row;
    return shape;
  }
  if (is_separator_line(s)) {
    shape.kind = UnitKind::separator;
    return shape;
  }
  // Block quote prefixes "> " (possibly nested) are not part of the sentence.
  while (r.begin < r.end && text[r.begin] == '>') {
    r = trim_blanks(text, ByteRange{r.begin + 1, r.end});
  }
  // Markdown ATX heading: 1 to 6 '#' and a space.
  std::size_t hashes = 0;
  while (r.begin + hashes < r.end && text[r.begin + hashes] == '#') ++hashes;
  if (hashes >= 1 && hashes <= 6 && r.begin + hashes < r.end &&
      is_space(peek(text, r.begin + hashes))) {
    r = trim_blanks(text, ByteRange{r.begin + hashes, r.end});
    while (r.end > r.begin && text[r.end - 1] == '#') --r.end;  // closing hashes
    shape.content = trim_blanks(text, r);
    shape.kind = UnitKind::heading;
    return shape;
  }
  // A bold-only line "**عنوان**" is a heading.
  const std::string_view body = r.slice(text);
  if (body.size() > 4 && body.starts_with("**") && body.ends_with("**") &&
      body.substr(2, body.size() - 4).find("**") == std::string_view::npos) {
    shape.content = r;
    shape.kind = UnitKind::heading;
    return shape;
  }
  if (const std::size_t after = match_list_marker(text, r.begin, r.end); after != 0) {
    shape.content = trim_blanks(text, ByteRange{after, r.end});
    shape.kind = UnitKind::list_item;
    return shape;
  }
  shape.content = r;
  return shape;
}

std::size_t match_numeric_date(std::string_view text, std::size_t pos, std::size_t end) {
  std::size_t n1 = 0, n2 = 0, n3 = 0;
  std::size_t p = skip_digits(text, pos, end, n1);
  if (n1 == 0 || n1 == 3 || n1 > 4 || p >= end) return pos;
  const char sep = text[p];
  if (sep != '.' && sep != '/' && sep != '-') return pos;
  p = skip_digits(text, p + 1, end, n2);
  if (n2 == 0 || n2 > 2 || p >= end || text[p] != sep) return pos;
  p = skip_digits(text, p + 1, end, n3);
  const bool day_first = n1 <= 2 && (n3 == 2 || n3 == 4);
  const bool year_first = n1 == 4 && n3 >= 1 && n3 <= 2;
  if (!day_first && !year_first) return pos;
  // Not the start of a longer number such as a version 1.2.3.4.
  if (p < end && (text[p] == sep) && p + 1 < end && is_digit(peek(text, p + 1))) return pos;
  return p;
}

std::size_t match_byline_marker(std::string_view text, std::size_t pos, std::size_t end) {
  const std::string_view s = text.substr(pos, end - pos);
  // Markers that need a colon or dash after them: كتب is also the verb "wrote".
  static constexpr std::array<std::string_view, 8> kNeedsColon = {
      "كتب", "كتبت", "كتبه", "إعداد", "اعداد", "تحرير", "تقرير", "إشراف"};
  if (s.starts_with("بقلم")) return std::string_view("بقلم").size();
  for (std::string_view m : kNeedsColon) {
    if (!s.starts_with(m)) continue;
    std::size_t p = m.size();
    while (p < s.size() && s[p] == ' ') ++p;
    if (p < s.size() && (s[p] == ':' || s[p] == '-')) return p + 1;
  }
  if ((s.starts_with("By ") || s.starts_with("by ")) && s.size() > 3 &&
      is_latin_upper(peek(s, 3))) {
    return 2;
  }
  return 0;
}

bool ends_with_final_punctuation(std::string_view text, ByteRange range) {
  const ByteRange r = trim_blanks(text, range);
  if (r.empty()) return false;
  std::size_t p = r.end;
  char32_t c = previous_code_point(text, p);
  while (p > r.begin && (c == '"' || c == '\'' || c == 0x00BB || c == 0x00AB || c == 0x201D ||
                         c == 0x201C || c == 0x2019 || c == ')' || c == ']')) {
    c = previous_code_point(text, p);
  }
  return c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x06D4 || c == 0x2026 ||
         c == ':' || c == 0x061B || c == ';';
}

std::size_t count_words(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t pos = 0; pos < s.size();) {
    const bool w = is_word_char(next_code_point(s, pos));
    if (w && !in_word) ++words;
    in_word = w;
  }
  return words;
}

bool looks_like_dateline(std::string_view unit) {
  if (unit.empty() || count_words(unit) > 8) return false;
  // Date words, normalized (أ→ا, ى→ي, ة→ه): Gregorian months as in Egypt and the Gulf, Levantine
  // months, Hijri months, English months, weekdays, and era letters.
  static constexpr std::array<std::string_view, 64> kDateWords = {
      "يناير",    "فبراير", "مارس",   "ابريل",   "مايو",     "يونيو",     "يونيه",    "يوليو",
      "يوليه",    "اغسطس",  "سبتمبر", "اكتوبر",  "نوفمبر",   "ديسمبر",    "كانون",    "شباط",
      "اذار",     "نيسان",  "ايار",   "حزيران",  "تموز",     "اب",        "ايلول",    "تشرين",
      "الاول",    "الثاني", "محرم",   "صفر",     "ربيع",     "جمادي",     "رجب",      "شعبان",
      "رمضان",    "شوال",   "ذو",     "القعده",  "الحجه",    "january",   "february", "march",
      "april",    "may",    "june",   "july",    "august",   "september", "october",  "november",
      "december", "السبت",  "الاحد",  "الاثنين", "الثلاثاء", "الاربعاء",  "الخميس",   "الجمعه",
      "يوم",      "م",      "ه",      "هـ",      "بتاريخ",   "تحديث",     "نشر"};
  bool numeric_date = false, has_number = false, has_date_word = false;
  std::size_t other_words = 0;
  // Walk the words: numbers and date words make a date; at most a place (3 words) may remain.
  for (std::size_t pos = 0; pos < unit.size();) {
    std::size_t start = pos;
    const char32_t c = next_code_point(unit, pos);
    if (is_digit(c)) {
      has_number = true;
      const std::size_t date_end = match_numeric_date(unit, start, unit.size());
      if (date_end != start) {
        numeric_date = true;
        pos = date_end;
        continue;
      }
      while (pos < unit.size()) {
        std::size_t next = pos;
        const char32_t d = next_code_point(unit, next);
        if (!is_digit(d) && d != ':' && d != '.') break;
        pos = next;
      }
      continue;
    }
    if (!is_arabic_word_char(c) && !is_latin_letter(c)) continue;
    while (pos < unit.size()) {
      std::size_t next = pos;
      const char32_t d = next_code_point(unit, next);
      if (!is_arabic_word_char(d) && !is_latin_letter(d)) break;
      pos = next;
    }
    const std::string word = normalize_for_matching(unit.substr(start, pos - start));
    bool date_word = false;
    for (std::string_view w : kDateWords) date_word = date_word || word == w;
    if (date_word) {
      has_date_word = true;
    } else {
      ++other_words;
    }
  }
  return other_words <= 3 && (numeric_date || (has_number && has_date_word));
}

}  // namespace khulasa::detail
