// Matching normalization: a folded copy of the text for comparison, never for display.
//
// Two spellings of one word in Arabic news differ in diacritics (كَتَبَ / كتب), tatweel (كتـــب),
// hamza on alef (أحمد / احمد), final yaa (على / علي), presentation forms, digits (٢٠٢٥ / 2025) and
// Latin case. normalize() folds them away and keeps a map from every normalized byte back to the
// original bytes, so a match found in the normalized text is shown on the user's own text.
#pragma once

#include <string>
#include <string_view>

#include "khulasa/offset_map.hpp"

namespace khulasa {

/// What normalize() folds. Every field documents its default; the defaults are the ones the rest
/// of the core matches with.
struct NormalizeOptions {
  /// Unicode NFKC (presentation forms ﻻ → لا, ligatures, full-width forms). Default true.
  bool nfkc = true;
  /// Unicode case folding (Latin, Greek, Cyrillic) and removal of default-ignorable characters
  /// (ZWJ, ZWNJ, LRM, RLM, soft hyphen, BOM). Default true.
  bool case_fold = true;
  /// Remove tashkeel U+064B–U+065F and superscript alef U+0670. Default true.
  bool remove_tashkeel = true;
  /// Remove tatweel U+0640. Default true.
  bool remove_tatweel = true;
  /// أ إ آ ٱ (and the rare wavy-hamza alefs) → ا. Default true.
  bool fold_alef = true;
  /// ى → ي, and Persian yeh ی → ي, keheh ک → ك. Default true.
  bool fold_yaa = true;
  /// ة → ه. Default true (news spells "مدرسه" for "مدرسة" often enough).
  bool fold_taa_marbuta = true;
  /// ؤ → و and ئ → ي. Default false: it does not join مسئول and مسؤول, and merges other words.
  bool fold_hamza_carriers = false;
  /// Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits → ASCII 0–9. Default true.
  bool ascii_digits = true;
};

/// A normalized text and the way back to the text it came from.
struct NormalizedText {
  std::string text;  ///< the normalized UTF-8 text
  OffsetMap map;     ///< from bytes of `text` to bytes of the input of normalize()
};

/// Normalizes valid UTF-8 `text` for matching. Every byte of the result maps to the input bytes of
/// the character (with its combining marks) it came from; removed characters map to nothing.
///
/// **Example**: normalize("قالَ الرئيسُ ٢٠٢٥") gives "قال الرييس 2025"? No: ئ is kept by default,
/// so the text is "قال الرئيس 2025", and map.to_original({0, 6}) is the range of "قالَ".
[[nodiscard]] NormalizedText normalize(std::string_view text, const NormalizeOptions& options = {});

/// The same folding without the map, for short strings (tokens, lexicon keys).
[[nodiscard]] std::string normalize_for_matching(std::string_view text,
                                                 const NormalizeOptions& options = {});

}  // namespace khulasa
