// Matching normalization: NFKC through ICU (only where the text is not already NFKC, which news
// text almost always is: ICU's UTF-8 quick check runs at ~1 GB/s), then one pass of Arabic folding,
// digit folding and case folding over code points.
//
// Speed: unchanged characters are copied in runs, ASCII is skipped byte by byte, and NFKC facts for
// the Latin and Arabic blocks come from a table built once, so ICU is called per character only for
// rare characters (presentation forms, compatibility characters) in text that is not already NFKC.
#include "khulasa/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <bitset>
#include <stdexcept>

#include "chars.hpp"
#include "khulasa/utf8.hpp"

namespace khulasa {
namespace {

using detail::digit_value;
using detail::is_invisible_format;
using detail::is_tashkeel;
using detail::is_tatweel;

const icu::Normalizer2& nfkc_instance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || n == nullptr) throw std::runtime_error("ICU NFKC data is missing");
  return *n;
}

/// Folds one code point after NFKC; returns 0 when the code point is removed.
char32_t fold(char32_t c, const NormalizeOptions& o) {
  if (c < 0x80) {
    if (o.case_fold && c >= 'A' && c <= 'Z') return c + ('a' - 'A');
    return c;
  }
  if (c >= 0x0600 && c <= 0x06FF) {
    if (o.remove_tashkeel && is_tashkeel(c)) return 0;
    if (o.remove_tatweel && is_tatweel(c)) return 0;
    if (o.ascii_digits && digit_value(c) >= 0) return U'0' + static_cast<char32_t>(digit_value(c));
    switch (c) {
      case 0x0622:
      case 0x0623:
      case 0x0625:
      case 0x0671:
      case 0x0672:
      case 0x0673:
        return o.fold_alef ? 0x0627 : c;
      case 0x0649:
      case 0x06CC:
        return o.fold_yaa ? 0x064A : c;
      case 0x06A9:
        return o.fold_yaa ? 0x0643 : c;
      case 0x0629:
        return o.fold_taa_marbuta ? 0x0647 : c;
      case 0x0624:
        return o.fold_hamza_carriers ? 0x0648 : c;
      case 0x0626:
        return o.fold_hamza_carriers ? 0x064A : c;
      case 0x061C:
        return o.case_fold ? 0 : c;  // ARABIC LETTER MARK, a bidi control
      default:
        return c;
    }
  }
  if (o.case_fold) {
    if (is_invisible_format(c)) return 0;
    return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
  }
  return c;
}

/// NFKC facts for U+0000–U+07FF (Latin and Arabic), looked up once: whether a character normalizes
/// to itself when alone, and whether it always starts a normalization segment.
struct NfkcTable {
  static constexpr char32_t kSize = 0x800;
  std::bitset<kSize> stable_alone;
  std::bitset<kSize> boundary_before;

  explicit NfkcTable(const icu::Normalizer2& n) {
    icu::UnicodeString decomposition;
    for (char32_t c = 0; c < kSize; ++c) {
      const auto u = static_cast<UChar32>(c);
      stable_alone[c] = !n.getDecomposition(u, decomposition);
      boundary_before[c] = n.hasBoundaryBefore(u);
    }
  }
};

const NfkcTable& nfkc_table() {
  static const NfkcTable table(nfkc_instance());
  return table;
}

/// Writes the normalized text into `out` and, when `map` is not null, the map back to `text`.
///
/// Unchanged characters are copied in runs; each changed character (or ICU-normalized segment)
/// becomes its own piece of the map: a copy piece when its bytes keep their length (أ → ا), else a
/// replacement or a deletion. OffsetMap::to_original joins a deletion to the character before it,
/// so "كَ" normalized to "ك" still maps back to the letter with its fatha.
class Normalizer {
 public:
  Normalizer(const NormalizeOptions& options, std::string& out, OffsetMap* map)
      : options_(options), out_(out), map_(map) {}

  void run(std::string_view text) {
    text_ = text;
    out_.reserve(text.size());
    if (options_.nfkc) {
      const icu::Normalizer2& n = nfkc_instance();
      UErrorCode status = U_ZERO_ERROR;
      const bool normalized = n.isNormalizedUTF8(
          icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status);
      if (U_FAILURE(status) || !normalized) {
        nfkc_ = &n;
        table_ = &nfkc_table();
      }
    }
    std::size_t pos = 0;
    while (pos < text.size()) {
      // ASCII that folding leaves alone: the bulk of Latin text, spaces and punctuation.
      const auto b = static_cast<unsigned char>(text[pos]);
      if (b < 0x80 && !(options_.case_fold && b >= 'A' && b <= 'Z') && ascii_alone(pos)) {
        ++pos;
        continue;
      }
      const std::size_t begin = pos;
      const char32_t c = next_code_point(text, pos);
      if (nfkc_ != nullptr && !alone_in_segment(c, pos)) {
        pos = normalize_segment(begin, pos);
        continue;
      }
      const char32_t folded = fold(c, options_);
      if (folded == c) continue;  // stays in the copy run
      flush_run(begin);
      if (folded != 0) append_utf8(out_, folded);
      add_piece(ByteRange{begin, pos}, out_.size() - out_before_);
      run_begin_ = pos;
    }
    flush_run(text.size());
  }

 private:
  /// An ASCII byte can be copied alone unless NFKC may compose it with what follows (e + U+0301).
  bool ascii_alone(std::size_t pos) const {
    if (nfkc_ == nullptr || pos + 1 >= text_.size()) return true;
    const auto next = static_cast<unsigned char>(text_[pos + 1]);
    return next < 0x80 || !(next == 0xCC || next == 0xCD);  // U+0300–U+036F start with CC or CD
  }

  /// True when code point `c`, which ends at `next`, normalizes to itself and no later character
  /// composes with it, so NFKC leaves it alone.
  bool alone_in_segment(char32_t c, std::size_t next) const {
    const bool stable =
        c < NfkcTable::kSize ? table_->stable_alone[c] : nfkc_->isInert(static_cast<UChar32>(c));
    if (!stable) return false;
    if (next >= text_.size()) return true;
    std::size_t p = next;
    const char32_t d = next_code_point(text_, p);
    return d < NfkcTable::kSize ? table_->boundary_before[d]
                                : nfkc_->hasBoundaryBefore(static_cast<UChar32>(d));
  }

  /// ICU-normalizes the segment that starts at `begin` (its first character ends at `pos`) up to
  /// the next character with a boundary before it, folds the result, and returns the segment's end.
  std::size_t normalize_segment(std::size_t begin, std::size_t pos) {
    std::size_t end = pos;
    while (end < text_.size()) {
      std::size_t next = end;
      const char32_t d = next_code_point(text_, next);
      const bool boundary = d < NfkcTable::kSize
                                ? table_->boundary_before[d]
                                : nfkc_->hasBoundaryBefore(static_cast<UChar32>(d));
      if (boundary) break;
      end = next;
    }
    flush_run(begin);
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text_.data() + begin, static_cast<int32_t>(end - begin)));
    const icu::UnicodeString normalized = nfkc_->normalize(source, status);
    if (U_FAILURE(status)) {  // keep the text as it is rather than lose it
      out_.append(text_.substr(begin, end - begin));
    } else {
      for (int32_t i = 0; i < normalized.length();) {
        const UChar32 c = normalized.char32At(i);
        i += U16_LENGTH(c);
        const char32_t folded = fold(static_cast<char32_t>(c), options_);
        if (folded != 0) append_utf8(out_, folded);
      }
    }
    add_piece(ByteRange{begin, end}, out_.size() - out_before_);
    run_begin_ = end;
    return end;
  }

  /// Copies the unchanged run [run_begin_, end) and remembers where the next piece's output starts.
  void flush_run(std::size_t end) {
    if (end > run_begin_) {
      out_.append(text_.substr(run_begin_, end - run_begin_));
      if (map_ != nullptr) map_->append_copy(run_begin_, end - run_begin_);
    }
    run_begin_ = end;
    out_before_ = out_.size();
  }

  void add_piece(ByteRange original, std::size_t out_length) {
    if (map_ == nullptr) return;
    if (out_length == original.size()) {
      map_->append_copy(original.begin, out_length);
    } else {
      map_->append_replacement(original, out_length);
    }
  }

  const NormalizeOptions& options_;
  std::string& out_;
  OffsetMap* map_;
  std::string_view text_;
  const icu::Normalizer2* nfkc_ = nullptr;  // null when the text is already NFKC
  const NfkcTable* table_ = nullptr;
  std::size_t run_begin_ = 0;   // start of the run of unchanged characters not yet copied
  std::size_t out_before_ = 0;  // size of out_ before the current piece
};

}  // namespace

NormalizedText normalize(std::string_view text, const NormalizeOptions& options) {
  NormalizedText result;
  Normalizer(options, result.text, &result.map).run(text);
  return result;
}

std::string normalize_for_matching(std::string_view text, const NormalizeOptions& options) {
  std::string out;
  Normalizer(options, out, nullptr).run(text);
  return out;
}

}  // namespace khulasa
