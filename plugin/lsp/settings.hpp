// Settings: what the client may configure, from `initializationOptions` and
// `workspace/didChangeConfiguration`.
//
// - khulasa.ui.language: "ar" | "en", the labels of hover cards, outline and lenses (default en).
// - khulasa.summary.sentences: an integer 1..20, the gist's sentences in khulasa/summary
//   (default 3).
// - khulasa.highlight.kinds: an array of kinds, which get semantic tokens (default: all nine).
//
// Accepted shapes: nested objects ({"khulasa": {"ui": {"language": "ar"}}}), the same without the
// "khulasa" root, and dotted keys ({"khulasa.ui.language": "ar"}), mixed freely. A bad value is
// reported and the previous value kept; unknown keys are reported at debug level.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "protocol.hpp"

namespace khulasa::lsp {

enum class UiLanguage : std::uint8_t { en, ar };

/// The semantic token types: the eight entity kinds in EntityKind order, then quotes.
inline constexpr std::size_t kTokenTypeCount = 9;
inline constexpr std::size_t kQuoteTokenType = 8;
/// "person", ..., "number", "quote": the legend, and the names khulasa.highlight.kinds takes.
[[nodiscard]] const std::array<std::string, kTokenTypeCount>& token_type_names();

struct Settings {
  UiLanguage language = UiLanguage::en;
  std::uint32_t summary_sentences = 3;
  /// Indexed by token type (EntityKind, then quote).
  std::array<bool, kTokenTypeCount> highlight{true, true, true, true, true, true, true, true, true};
};

/// What applying a settings object did.
struct SettingsChange {
  bool highlight_changed = false;
  bool language_changed = false;      ///< labels (hover, outline, lens titles) read differently
  std::vector<std::string> warnings;  ///< bad values, one sentence each
  std::vector<std::string> ignored;   ///< unknown keys
};

/// Applies the settings found in `value` (any of the accepted shapes; null changes nothing).
SettingsChange apply_settings(Settings& settings, const Json& value);

}  // namespace khulasa::lsp
