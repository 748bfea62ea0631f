#include "ner_features.hpp"

#include <algorithm>
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

/// A 64-bit finalizer (the one of splitmix64): every input bit moves every output bit.
constexpr std::uint64_t scramble(std::uint64_t h) {
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h;
}

/// The feature of template `t` over one or two hashed values; never 0 (the model's empty key).
std::uint64_t feature(Template t, std::uint64_t a, std::uint64_t b = 0) {
  const std::uint64_t h = scramble(scramble(a ^ (std::uint64_t{t} << 56)) + b);
  return h == 0 ? 1 : h;
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

const std::uint64_t kNoneHash = hash_text(kNone);

/// A field of token `k`, or the hash of kNone outside the sentence.
template <typename Field>
std::uint64_t field_at(std::span<const PreparedToken> t, std::ptrdiff_t k, Field field) {
  if (k < 0 || k >= static_cast<std::ptrdiff_t>(t.size())) return kNoneHash;
  return t[static_cast<std::size_t>(k)].*field;
}

/// The hashes of the tag names, and of kNone for "no tag".
const std::array<std::uint64_t, kTagCount + 1>& tag_hashes() {
  static const std::array<std::uint64_t, kTagCount + 1> hashes = [] {
    std::array<std::uint64_t, kTagCount + 1> h{};
    for (std::size_t i = 0; i < kTagCount; ++i) h[i] = hash_text(kTagNames[i]);
    h[kTagCount] = hash_text(kNone);
    return h;
  }();
  return hashes;
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

std::uint64_t hash_text(std::string_view s) {
  std::uint64_t h = kFnvOffset;
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= kFnvPrime;
  }
  return h;
}

PreparedToken prepare_word(std::string_view original, std::string_view norm, std::string_view core,
                           std::string_view prefix, std::uint32_t bits) {
  PreparedToken p;
  p.norm = hash_text(norm);
  p.core = hash_text(core);
  p.prefix = hash_text(prefix.empty() ? kNone : prefix);
  for (std::size_t n = 1; n <= 3; ++n) p.suffix[n - 1] = hash_text(last_letters(core, n));
  for (std::size_t n = 2; n <= 3; ++n) p.start[n - 2] = hash_text(first_letters(core, n));
  p.shape = hash_text(shape_of(original, core));
  p.gazetteer = bits;
  return p;
}

std::vector<PreparedToken> prepare(std::span<const std::string_view> tokens) {
  std::vector<PreparedToken> out;
  out.reserve(tokens.size());
  for (const std::string_view token : tokens) {
    const std::string norm = normalize_for_matching(token);
    std::string_view prefix, core;
    strip_clitics(norm, prefix, core);
    out.push_back(prepare_word(token, norm, core, prefix, word_bits(norm, core, prefix)));
  }
  return out;
}

void static_features(std::span<const PreparedToken> t, std::size_t i,
                     std::vector<std::uint64_t>& out) {
  const auto at = static_cast<std::ptrdiff_t>(i);
  const PreparedToken& w = t[i];
  auto word_at = [&](std::ptrdiff_t k) { return field_at(t, k, &PreparedToken::norm); };
  auto core_at = [&](std::ptrdiff_t k) { return field_at(t, k, &PreparedToken::core); };
  auto shape_at = [&](std::ptrdiff_t k) { return field_at(t, k, &PreparedToken::shape); };
  out.push_back(feature(kBias, 0));
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
  out.push_back(feature(kPrefix, w.prefix));
  out.push_back(feature(kSuffix1, w.suffix[0]));
  out.push_back(feature(kSuffix2, w.suffix[1]));
  out.push_back(feature(kSuffix3, w.suffix[2]));
  out.push_back(feature(kStart2, w.start[0]));
  out.push_back(feature(kStart3, w.start[1]));
  out.push_back(feature(kShape, w.shape));
  out.push_back(feature(kShapeAround, shape_at(at - 1), shape_at(at + 1)));
  auto gaz = [&](Template t_id, std::ptrdiff_t k) {
    if (k < 0 || k >= static_cast<std::ptrdiff_t>(t.size())) return;
    const std::uint32_t bits = t[static_cast<std::size_t>(k)].gazetteer;
    for (std::size_t b = 0; b < kGazetteerBits; ++b) {
      if ((bits & (1U << b)) != 0) out.push_back(feature(t_id, b + 1));
    }
  };
  gaz(kGaz, at);
  gaz(kGazPrev, at - 1);
  gaz(kGazNext, at + 1);
  gaz(kGazPrev2, at - 2);
}

void tag_features(std::span<const PreparedToken> t, std::size_t i, std::size_t prev,
                  std::size_t prev2, std::vector<std::uint64_t>& out) {
  previous_tag_features(t, i, prev, out);
  out.push_back(two_tags_feature(prev, prev2));
}

void previous_tag_features(std::span<const PreparedToken> t, std::size_t i, std::size_t prev,
                           std::vector<std::uint64_t>& out) {
  const std::uint64_t p1 = tag_hashes()[std::min(prev, kTagCount)];
  out.push_back(feature(kTag1, p1));
  out.push_back(feature(kTag1Core, p1, t[i].core));
}

std::uint64_t word_feature(std::uint64_t norm_hash) {
  return feature(kWord, norm_hash);
}

std::uint64_t two_tags_feature(std::size_t prev, std::size_t prev2) {
  const auto& tags = tag_hashes();
  return feature(kTag12, tags[std::min(prev, kTagCount)], tags[std::min(prev2, kTagCount)]);
}

}  // namespace khulasa::ner
