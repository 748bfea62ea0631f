// Matching normalization: NFKC through ICU (only where the text is not already NFKC, which news
// text almost always is: ICU's UTF-8 quick check runs at ~1 GB/s), then one pass of Arabic folding,
// digit folding and case folding over code points.
//
// Offsets: the text is cut into clusters, a character with the marks and tatweel that follow it (and,
// where ICU must normalize, a whole normalization segment). Each cluster is one piece of the map, so
// "كَ" normalized to "ك" maps back to both the letter and its fatha.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

#include "chars.hpp"
#include "khulasa/normalize.hpp"
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
      case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
        return o.fold_alef ? 0x0627 : c;
      case 0x0649: case 0x06CC: return o.fold_yaa ? 0x064A : c;
      case 0x06A9: return o.fold_yaa ? 0x0643 : c;
      case 0x0629: return o.fold_taa_marbuta ? 0x0647 : c;
      case 0x0624: return o.fold_hamza_carriers ? 0x0648 : c;
      case 0x0626: return o.fold_hamza_carriers ? 0x064A : c;
      case 0x061C: return o.case_fold ? 0 : c;  // ARABIC LETTER MARK, a bidi control
      default: return c;
    }
  }
  if (o.case_fold) {
    if (is_invisible_format(c)) return 0;
    return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
  }
  return c;
}

/// Writes the normalized text into `out` and, when `map` is not null, the map back to `text`.
class Normalizer {
 public:
  Normalizer(const NormalizeOptions& options, std::string& out, OffsetMap* map)
      : options_(options), out_(out), map_(map) {}

  void run(std::string_view text) {
    out_.reserve(text.size());
    const icu::Normalizer2* nfkc = nullptr;
    if (options_.nfkc) {
      const icu::Normalizer2& n = nfkc_instance();
      UErrorCode status = U_ZERO_ERROR;
      const bool normalized =
          n.isNormalizedUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())),
                             status);
      if (U_FAILURE(status) || !normalized) nfkc = &n;
    }
    std::size_t pos = 0;
    while (pos < text.size()) {
      const std::size_t begin = pos;
      const char32_t c = next_code_point(text, pos);
      if (nfkc == nullptr || nfkc->isInert(static_cast<UChar32>(c))) {
        emit_code_point(ByteRange{begin, pos}, fold(c, options_));
        continue;
      }
      // Extend to the end of the normalization segment and let ICU normalize it as a whole.
      std::size_t end = pos;
      while (end < text.size()) {
        std::size_t next = end;
        const char32_t d = next_code_point(text, next);
        if (nfkc->hasBoundaryBefore(static_cast<UChar32>(d))) break;
        end = next;
      }
      normalize_segment(*nfkc, text, ByteRange{begin, end});
      pos = end;
    }
    close_cluster();
  }

 private:
  void emit_code_point(ByteRange original, char32_t folded) {
    if (folded == 0) {  // removed: joins the cluster before it
      if (open_) {
        cluster_original_.end = original.end;
      } else if (map_ != nullptr) {
        map_->append_replacement(original, 0);
      }
      return;
    }
    close_cluster();
    open_cluster(original);
    append_utf8(out_, folded);
  }

  void normalize_segment(const icu::Normalizer2& nfkc, std::string_view text, ByteRange segment) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data() + segment.begin, static_cast<int32_t>(segment.size())));
    const icu::UnicodeString normalized = nfkc.normalize(source, status);
    close_cluster();
    open_cluster(segment);
    if (U_FAILURE(status)) {  // keep the text as it is rather than lose it
      out_.append(text.substr(segment.begin, segment.size()));
      return;
    }
    for (int32_t i = 0; i < normalized.length();) {
      const UChar32 c = normalized.char32At(i);
      i += U16_LENGTH(c);
      const char32_t folded = fold(static_cast<char32_t>(c), options_);
      if (folded != 0) append_utf8(out_, folded);
    }
  }

  void open_cluster(ByteRange original) {
    open_ = true;
    cluster_original_ = original;
    cluster_out_begin_ = out_.size();
  }

  void close_cluster() {
    if (!open_) return;
    open_ = false;
    if (map_ == nullptr) return;
    const std::size_t out_length = out_.size() - cluster_out_begin_;
    // Same length: bytes correspond one to one (also for same-size replacements such as أ → ا).
    if (out_length == cluster_original_.size()) {
      map_->append_copy(cluster_original_.begin, out_length);
    } else {
      map_->append_replacement(cluster_original_, out_length);
    }
  }

  const NormalizeOptions& options_;
  std::string& out_;
  OffsetMap* map_;
  bool open_ = false;
  ByteRange cluster_original_;
  std::size_t cluster_out_begin_ = 0;
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
