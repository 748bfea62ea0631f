// The bilingual lexicon: Arabic names, places, organizations and roles with their English
// rendering.
//
// The shipped lexicon is core/data/lexicon.tsv, built by tools/build-lexicon from the sources
// listed in core/data/README.md (name lists, world cities, countries, and the team's curated
// organizations, roles, nationalities, people and place variants) and embedded in the library:
// there is no file to find at run time. Keys are in the matching form of normalize_for_matching()
// (no diacritics or tatweel, ا for أ إ آ, ي for ى, ه for ة, case-folded Latin), a phrase being its
// words joined by one space, so callers look up text they have normalized the same way.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace khulasa {

enum class LexiconKind : std::uint8_t {
  person,  ///< one name token: "محمد" Mohammed, "ترامب" Trump, "زوكربيرج" Zuckerberg
  location,  ///< a city or region: "الرياض" Riyadh, "صفاقس" Sfax
  country,   ///< "السعودية", "المملكة العربية السعودية" Saudi Arabia
  organization,  ///< "الأمم المتحدة" United Nations, "أوبن إيه آي" OpenAI, "رويترز" Reuters
  role,  ///< "وزير الخارجية" foreign minister, "الرئيس التنفيذي" chief executive
  nationality,  ///< "سعودي", "سعودية" Saudi; "أمريكي" American
};

/// "person", "location", "country", "organization", "role" or "nationality".
[[nodiscard]] std::string_view to_string(LexiconKind kind);

/// The kind named by `name` (as to_string() writes it); false when no kind has that name.
[[nodiscard]] bool parse_lexicon_kind(std::string_view name, LexiconKind& kind);

/// One entry. The strings point into the lexicon's data and live as long as the lexicon.
struct LexiconEntry {
  std::string_view key;  ///< matching form, words joined by one space: "وزير الخارجيه"
  std::string_view english;  ///< display form: "foreign minister", "Saudi Arabia", "McDonald"
  LexiconKind kind;
  /// How much to prefer this entry over others for the same key: curated entries 1,000,000,000,
  /// countries 500,000,000, cities their population, name tokens how often the sources pair the
  /// Arabic with this spelling. Only comparisons between entries mean something.
  std::uint32_t weight;
};

/// An immutable, sorted table of entries with exact-key lookup (binary search). Thread-safe to
/// read from any number of threads.
class Lexicon {
 public:
  /// Reads a lexicon from TSV text: one entry a line, `key<TAB>english<TAB>kind<TAB>weight`; empty
  /// lines and lines that start with '#' are skipped. `tsv` is not copied and must outlive the
  /// lexicon. Lines need not be sorted (the shipped file is, which makes this one linear pass).
  /// Throws std::invalid_argument naming the line when a line has not four fields, an unknown
  /// kind or a weight that is not a number.
  explicit Lexicon(std::string_view tsv);

  /// The shipped lexicon, indexed on first use (about 3 ms) and then shared; safe to call
  /// from several threads at once.
  [[nodiscard]] static const Lexicon& builtin();

  /// The shipped TSV data as embedded in the library (for tools and benchmarks).
  [[nodiscard]] static std::string_view builtin_tsv();

  /// All entries whose key is `normalized_key` (any kind; at most one per kind in the shipped
  /// data), or an empty span.
  ///
  /// **Example**: builtin().find("السعوديه") holds {"السعوديه", "Saudi Arabia", country, ...}.
  [[nodiscard]] std::span<const LexiconEntry> find(std::string_view normalized_key) const;

  /// The entry of kind `kind` for `normalized_key` with the highest weight, or nullptr.
  [[nodiscard]] const LexiconEntry* find(std::string_view normalized_key, LexiconKind kind) const;

  /// The number of words of the longest key: a longest-match scan needs to look no further.
  [[nodiscard]] std::size_t max_key_words() const { return max_key_words_; }

  [[nodiscard]] std::size_t size() const { return entries_.size(); }

  /// Every entry, sorted by key (byte order) and then kind.
  [[nodiscard]] std::span<const LexiconEntry> entries() const { return entries_; }

 private:
  std::vector<LexiconEntry> entries_;
  std::size_t max_key_words_ = 0;
};

}  // namespace khulasa
