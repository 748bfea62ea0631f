#include "ner_features.hpp"

#include <array>

#include "chars.hpp"
#include "khulasa/normalize.hpp"
#include "khulasa/utf8.hpp"
#include "ner_lexicon.hpp"

namespace khulasa::ner {
namespace {

using namespace khulasa::detail;

// Template ids: the first byte hashed into every feature.
enum Template : std::uint8_t {
  kBias = 1,
  kWord,
  kWordPrev,
  kWordNext,
  kWordPrev2,
  kWordNext2,
  kCore,
  kCorePrev,
  kCoreNext,
  kPrefix,
  kSuffix1,
  kSuffix2,
  kSuffix3,
  kStart2,
  kStart3,
  kShape,
  kShapeAround,
  kTag1,
  kTag12,
  kTag1Core,
  kGaz,
  kGazPrev,
  kGazNext,
  kCoreBigramPrev,
  kCoreBigramNext,
  kGazPrev2,
};

constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;

std::uint64_t mix(std::uint64_t h, std::string_view s) {
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= kFnvPrime;
  }
  // A separator, so ("ab", "c") and ("a", "bc") differ.
  h ^= 0xff;
  h *= kFnvPrime;
  return h;
}

std::uint64_t feature(Template t, std::string_view a, std::string_view b = {}) {
  std::uint64_t h = kFnvOffset;
  h ^= t;
  h *= kFnvPrime;
  h = mix(h, a);
  if (!b.empty()) h = mix(h, b);
  return h;
}

constexpr std::string_view kNone = "<none>";

/// The last `n` code points of `s` (all of it when shorter).
std::string_view last_letters(std::string_view s, std::size_t n) {
  std::size_t pos = s.size();
  for (std::size_t i = 0; i < n && pos > 0; ++i) (void)previous_code_point(s, pos);
  return s.substr(pos);
}

std::string_view first_letters(std::string_view s, std::size_t n) {
  std::size_t pos = 0;
  for (std::size_t i = 0; i < n && pos < s.size(); ++i) (void)next_code_point(s, pos);
  return s.substr(0, pos);
}

std::size_t letter_count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t pos = 0; pos < s.size(); ++n) (void)next_code_point(s, pos);
  return n;
}

}  // namespace

std::string shape_of(std::string_view original, std::string_view core) {
  bool arabic = false, latin = false, digit = false, upper_first = false, all_upper = true;
  bool first = true;
  for (std::size_t pos = 0; pos < original.size();) {
    const char32_t c = next_code_point(original, pos);
    if (is_arabic_letter(c)) arabic = true;
    if (is_latin_letter(c)) {
      latin = true;
      if (first) upper_first = is_latin_upper(c);
      if (!is_latin_upper(c)) all_upper = false;
    }
    if (is_digit(c)) digit = true;
    if (!is_tashkeel(c) && !is_tatweel(c)) first = false;
  }
  if (arabic && !latin && !digit) {
    const std::size_t n = letter_count(core);
    return "A" + std::to_string(n < 8 ? n : 8);
  }
  if (latin && !arabic && !digit) return all_upper ? "Lu" : (upper_first ? "Lc" : "Ll");
  if (digit && !arabic && !latin) return "D";
  if (arabic || latin || digit) return "M";
  return original.empty() ? "O" : "P";
}

namespace {

/// A field of token `k`, or kNone outside the sentence.
template <typename Field>
std::string_view field_at(std::span<const PreparedToken> t, std::ptrdiff_t k, Field field) {
  if (k < 0 || k >= static_cast<std::ptrdiff_t>(t.size())) return kNone;
  return t[static_cast<std::size_t>(k)].*field;
}

}  // namespace

void strip_clitics(std::string_view norm, std::string_view& prefix, std::string_view& core) {
  std::size_t cut = 0;
  auto rest_letters = [&](std::size_t at) { return letter_count(norm.substr(at)); };
  auto starts = [&](std::size_t at, std::string_view s) { return norm.substr(at).starts_with(s); };
  // Conjunction و / ف.
  if ((starts(0, "و") || starts(0, "ف")) && rest_letters(2) >= 3) cut = 2;
  // Preposition ب / ل / ك before the article ("بال", "كال"), or ل fused with it ("لل").
  if (starts(cut, "لل") && rest_letters(cut + 4) >= 2) {
    cut += 4;
  } else if ((starts(cut, "بال") || starts(cut, "كال")) && rest_letters(cut + 6) >= 2) {
    cut += 6;
  } else if (starts(cut, "ال") && rest_letters(cut + 4) >= 2) {
    cut += 4;
  } else if ((starts(cut, "ب") || starts(cut, "ل")) && cut == 0 && rest_letters(2) >= 4) {
    // A bare preposition before a long word ("لميتا", "بواشنطن"); short words keep their first
    // letter ("لبنان" is not ل + "بنان": 4 letters remain, so it is cut, and the whole word stays
    // a feature of its own).
    cut = 2;
  }
  prefix = norm.substr(0, cut);
  core = norm.substr(cut);
}

std::vector<PreparedToken> prepare(std::span<const std::string_view> tokens) {
  std::vector<PreparedToken> out(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    PreparedToken& p = out[i];
    p.norm = normalize_for_matching(tokens[i]);
    std::string_view prefix, core;
    strip_clitics(p.norm, prefix, core);
    p.prefix = prefix;
    p.core = core;
    p.shape = shape_of(tokens[i], p.core);
    p.gazetteer = word_bits(p.norm, p.core);
  }
  mark_phrases(out);
  return out;
}

void static_features(std::span<const PreparedToken> t, std::size_t i,
                     std::vector<std::uint64_t>& out) {
  const auto at = static_cast<std::ptrdiff_t>(i);
  const PreparedToken& w = t[i];
  auto word_at = [&](std::ptrdiff_t k) { return field_at(t, k, &PreparedToken::norm); };
  auto core_at = [&](std::ptrdiff_t k) { return field_at(t, k, &PreparedToken::core); };
  auto shape_at = [&](std::ptrdiff_t k) { return field_at(t, k, &PreparedToken::shape); };
  out.push_back(feature(kBias, {}));
  out.push_back(feature(kWord, w.norm));
  out.push_back(feature(kWordPrev, word_at(at - 1)));
  out.push_back(feature(kWordNext, word_at(at + 1)));
  out.push_back(feature(kWordPrev2, word_at(at - 2)));
  out.push_back(feature(kWordNext2, word_at(at + 2)));
  out.push_back(feature(kCore, w.core));
  out.push_back(feature(kCorePrev, core_at(at - 1)));
  out.push_back(feature(kCoreNext, core_at(at + 1)));
  out.push_back(feature(kCoreBigramPrev, core_at(at - 1), w.core));
  out.push_back(feature(kCoreBigramNext, w.core, core_at(at + 1)));
  out.push_back(feature(kPrefix, w.prefix.empty() ? kNone : std::string_view(w.prefix)));
  out.push_back(feature(kSuffix1, last_letters(w.core, 1)));
  out.push_back(feature(kSuffix2, last_letters(w.core, 2)));
  out.push_back(feature(kSuffix3, last_letters(w.core, 3)));
  out.push_back(feature(kStart2, first_letters(w.core, 2)));
  out.push_back(feature(kStart3, first_letters(w.core, 3)));
  out.push_back(feature(kShape, w.shape));
  out.push_back(feature(kShapeAround, shape_at(at - 1), shape_at(at + 1)));
  auto gaz = [&](Template t_id, std::ptrdiff_t k) {
    if (k < 0 || k >= static_cast<std::ptrdiff_t>(t.size())) return;
    const std::uint32_t bits = t[static_cast<std::size_t>(k)].gazetteer;
    for (std::size_t b = 0; b < kGazetteerBits; ++b) {
      if ((bits & (1U << b)) != 0) {
        const char name[2] = {static_cast<char>('a' + b), 0};
        out.push_back(feature(t_id, name));
      }
    }
  };
  gaz(kGaz, at);
  gaz(kGazPrev, at - 1);
  gaz(kGazNext, at + 1);
  gaz(kGazPrev2, at - 2);
}

void tag_features(std::span<const PreparedToken> t, std::size_t i, std::size_t prev,
                  std::size_t prev2, std::vector<std::uint64_t>& out) {
  const std::string_view p1 = prev < kTagCount ? kTagNames[prev] : kNone;
  const std::string_view p2 = prev2 < kTagCount ? kTagNames[prev2] : kNone;
  out.push_back(feature(kTag1, p1));
  out.push_back(feature(kTag12, p1, p2));
  out.push_back(feature(kTag1Core, p1, t[i].core));
}

bool allowed(std::size_t prev, std::size_t next) {
  if (next == 0 || next % 2 == 1) return true;  // O or B-X
  // I-X (even index ≥ 2) only after B-X (next - 1) or I-X (next).
  return prev == next - 1 || prev == next;
}

}  // namespace khulasa::ner
