#include "bidi.hpp"

#include <optional>
#include <vector>

namespace khulasa::cli {
namespace {

enum class Cls : unsigned char {
  latin,         ///< a Latin letter (strong left-to-right)
  arabic,        ///< an Arabic or Hebrew letter or mark (strong right-to-left)
  arabic_digit,  ///< ٠-٩ and ۰-۹: part of Arabic runs, but not strong
  digit,         ///< 0-9
  space,
  control,  ///< a directional mark, embedding or isolate already in the text
  other,    ///< punctuation, symbols, everything else
};

struct CodePoint {
  std::size_t begin = 0;
  std::size_t end = 0;
  char32_t c = 0;
  Cls cls = Cls::other;
};

Cls classify(char32_t c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return Cls::latin;
  if (c >= '0' && c <= '9') return Cls::digit;
  if (c == ' ' || c == '\t' || c == 0xA0) return Cls::space;
  if ((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF)) {
    return Cls::latin;
  }
  if ((c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9)) return Cls::arabic_digit;
  if ((c >= 0x590 && c <= 0x8FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE)) {
    return Cls::arabic;
  }
  if (c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
    return Cls::control;
  }
  return Cls::other;
}

/// The code points of valid UTF-8 `s` with their byte ranges.
std::vector<CodePoint> decode(std::string_view s) {
  std::vector<CodePoint> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = n == 1 ? b : n == 2 ? (b & 0x1Fu) : n == 3 ? (b & 0x0Fu) : (b & 0x07u);
    for (std::size_t k = 1; k < n && i + k < s.size(); ++k) {
      c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    }
    const std::size_t end = i + n < s.size() ? i + n : s.size();
    out.push_back(CodePoint{i, end, c, classify(c)});
    i = end;
  }
  return out;
}

/// Whether `c` belongs to the run being isolated (the "own" direction of the run).
bool in_run(Cls c, bool latin_runs) {
  return latin_runs ? c == Cls::latin : (c == Cls::arabic || c == Cls::arabic_digit);
}

/// The start of a number ("2.4", "$14.3", "1,000") that ends just before `i` (spaces between),
/// not before `lo`; or `i` + 1 when there is none. With `currency`, a sign before it joins it.
std::size_t number_before(const std::vector<CodePoint>& cps, std::size_t lo, std::size_t i,
                          bool currency) {
  std::size_t j = i;
  while (j > lo && cps[j - 1].cls == Cls::space) --j;
  if (j == lo || cps[j - 1].cls != Cls::digit) return i + 1;
  std::size_t start = j - 1;
  while (start > lo && (cps[start - 1].cls == Cls::digit ||
                        ((cps[start - 1].c == '.' || cps[start - 1].c == ',') && start - 1 > lo &&
                         cps[start - 2].cls == Cls::digit))) {
    --start;
  }
  if (currency && start > lo) {
    const char32_t c = cps[start - 1].c;
    if (c == '$' || c == 0x20AC || c == 0xA3 || c == 0xA5) --start;
  }
  return start;
}

/// The last code point of a number ("2028", "87.5%") that starts after `i` (spaces or a hyphen
/// between), before `hi`; or `i` when there is none.
std::size_t number_after(const std::vector<CodePoint>& cps, std::size_t hi, std::size_t i,
                         bool hyphen) {
  std::size_t k = i + 1;
  while (k < hi && (cps[k].cls == Cls::space || (hyphen && cps[k].c == '-'))) ++k;
  if (k >= hi || cps[k].cls != Cls::digit) return i;
  std::size_t last = k;
  while (last + 1 < hi &&
         (cps[last + 1].cls == Cls::digit || ((cps[last + 1].c == '.' || cps[last + 1].c == ',') &&
                                              last + 2 < hi && cps[last + 2].cls == Cls::digit))) {
    ++last;
  }
  if (last + 1 < hi && cps[last + 1].c == '%') ++last;
  return last;
}

/// Widens [first, last] inside [lo, hi) until its parentheses pair, when the partner is there.
void balance_brackets(const std::vector<CodePoint>& cps, std::size_t lo, std::size_t hi,
                      std::size_t& first, std::size_t& last) {
  int depth = 0;
  for (std::size_t i = first; i <= last; ++i) {
    if (cps[i].c == '(') ++depth;
    if (cps[i].c == ')') --depth;
  }
  if (depth > 0) {
    for (std::size_t k = last + 1; k < hi && depth > 0; ++k) {
      if (cps[k].c == ')' && --depth == 0) last = k;
      if (cps[k].c == '(') ++depth;
    }
  } else if (depth < 0) {
    for (std::size_t k = first; k > lo && depth < 0; --k) {
      if (cps[k - 1].c == '(' && ++depth == 0) first = k - 1;
      if (cps[k - 1].c == ')') --depth;
    }
  }
}

}  // namespace

std::string isolate_bidi_runs(std::string_view line) {
  const std::vector<CodePoint> cps = decode(line);
  std::optional<bool> rtl;
  for (const CodePoint& cp : cps) {
    if (cp.cls == Cls::control) return std::string(line);
    if (!rtl && (cp.cls == Cls::latin || cp.cls == Cls::arabic)) rtl = cp.cls == Cls::arabic;
  }
  if (!rtl) return std::string(line);
  // An Arabic line isolates its Latin runs; a Latin line its Arabic runs.
  const bool latin_runs = *rtl;
  const auto breaks_segment = [&](Cls c) {
    return latin_runs ? (c == Cls::arabic || c == Cls::arabic_digit) : c == Cls::latin;
  };
  std::string out;
  out.reserve(line.size() + 16);
  std::size_t copied = 0;  // bytes of `line` already in `out`
  std::size_t lo = 0;
  while (lo < cps.size()) {
    std::size_t hi = lo;
    while (hi < cps.size() && !breaks_segment(cps[hi].cls)) ++hi;
    // In [lo, hi) nothing of the line's own direction: isolate its run of the other one.
    std::size_t first = hi;
    std::size_t last = hi;
    for (std::size_t i = lo; i < hi; ++i) {
      if (in_run(cps[i].cls, latin_runs)) {
        if (first == hi) first = i;
        last = i;
      }
    }
    if (first != hi) {
      const std::size_t before = number_before(cps, lo, first, latin_runs);
      if (before <= first) first = before;
      last = number_after(cps, hi, last, latin_runs);
      balance_brackets(cps, lo, hi, first, last);
      out.append(line.substr(copied, cps[first].begin - copied));
      out.append(latin_runs ? kLri : kRli);
      out.append(line.substr(cps[first].begin, cps[last].end - cps[first].begin));
      out.append(kPdi);
      copied = cps[last].end;
    }
    lo = hi == lo ? hi + 1 : hi;
  }
  out.append(line.substr(copied));
  return out;
}

}  // namespace khulasa::cli
