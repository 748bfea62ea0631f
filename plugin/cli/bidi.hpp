// Keeping mixed Arabic–Latin lines readable in right-to-left renderers (Markdown viewers, editors):
// runs of the other direction are wrapped in Unicode directional isolates, so a Latin name, a
// "$2.4 billion" or an "×2" after it cannot reorder the Arabic around them.
#pragma once

#include <string>
#include <string_view>

namespace khulasa::cli {

/// U+2066 LEFT-TO-RIGHT ISOLATE, U+2067 RIGHT-TO-LEFT ISOLATE, U+2069 POP DIRECTIONAL ISOLATE.
inline constexpr std::string_view kLri = "\u2066";
inline constexpr std::string_view kRli = "\u2067";
inline constexpr std::string_view kPdi = "\u2069";

/// Returns one line of valid UTF-8 with the runs of the other direction isolated. The line's
/// direction is that of its first strong letter (as a Markdown viewer with dir=auto decides it). In
/// an Arabic line, each Latin run (from its first to its last Latin letter, with a number and
/// currency sign just before it or a number just after it: "$2.4 billion", "GPT 4") is wrapped in
/// LRI…PDI; in a Latin line, each Arabic run (with numbers touching it) in RLI…PDI. Brackets
/// around a run stay outside it, so they pair and mirror. Lines of one direction, and lines that
/// already carry directional controls, are returned unchanged.
///
/// **Example**: "قال Dr. Omar Haddad إن" → "قال \u2066Dr. Omar Haddad\u2069 إن".
[[nodiscard]] std::string isolate_bidi_runs(std::string_view line);

}  // namespace khulasa::cli
