// A light stemmer in the spirit of Larkey's light10: affix stripping, no root extraction. It works
// on normalized text (alef and taa marbuta already folded) and errs on the side of leaving a word
// whole.
//
// Why so conservative: a stem must be the same for every inflection of a word, or matching gets
// worse than with no stemming. Stripping a bare ب ل ك ف turns "فرنسا" into "رنسا" and "لبنان" into
// "بنان", while "بلبنان" keeps its ل; stripping و before 4 letters turns "وزارة" into "زار" while
// "الوزارة" becomes "وزار". So bare ب ل ك ف are stripped only together with the article (بال كال لل
// فال), and bare و only before 5 or more letters. Prefixes go first ("الصين" → "صين", not "الص").
#include "khulasa/stem.hpp"

#include <array>

#include "khulasa/utf8.hpp"

namespace khulasa {
namespace {

// Every Arabic letter of the base block is two UTF-8 bytes, so lengths in letters are bytes / 2.
constexpr std::size_t kLetterBytes = 2;
constexpr std::size_t kMinStem = 3;

struct Affix {
  std::string_view text;
  std::size_t min_rest;  // letters that must remain after stripping
};

// Longest first: the first that fits wins.
constexpr std::array<Affix, 12> kPrefixes = {{{"وبال", kMinStem},
                                              {"وكال", kMinStem},
                                              {"فبال", kMinStem},
                                              {"ولل", kMinStem},
                                              {"فلل", kMinStem},
                                              {"وال", kMinStem},
                                              {"فال", kMinStem},
                                              {"بال", kMinStem},
                                              {"كال", kMinStem},
                                              {"لل", kMinStem},
                                              {"ال", kMinStem},
                                              {"و", 5}}};
constexpr std::array<std::string_view, 10> kSuffixes = {"ها", "هم", "هن", "كم", "نا",
                                                        "ات", "ون", "ين", "يه", "ه"};

std::size_t letters(std::string_view w) {
  return w.size() / kLetterBytes;
}

bool all_base_arabic_letters(std::string_view w) {
  for (std::size_t pos = 0; pos < w.size();) {
    const char32_t c = next_code_point(w, pos);
    if (c < 0x0621 || c > 0x064A || c == 0x0640) return false;
  }
  return !w.empty();
}

}  // namespace

std::string light_stem(std::string_view word) {
  if (!all_base_arabic_letters(word)) return std::string(word);
  std::string_view w = word;
  for (const Affix& p : kPrefixes) {
    if (w.starts_with(p.text) && letters(w) - letters(p.text) >= p.min_rest) {
      w.remove_prefix(p.text.size());
      break;
    }
  }
  for (std::string_view s : kSuffixes) {
    if (w.ends_with(s) && letters(w) - letters(s) >= kMinStem) {
      w.remove_suffix(s.size());
      break;
    }
  }
  return std::string(w);
}

}  // namespace khulasa
