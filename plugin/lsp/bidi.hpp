// Directional isolates for the plain text the server shows (hover Markdown, outline names): a Latin
// name or value inside an Arabic line, or an Arabic name inside an English line, is wrapped in
// U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, so the renderer lays it out as one
// unit and cannot reorder the words and punctuation around it.
#pragma once

#include <string>
#include <string_view>

namespace khulasa::lsp {

inline constexpr std::string_view kFsi = "\u2068";
inline constexpr std::string_view kPdi = "\u2069";

/// Whether `s` holds an Arabic letter (U+0600–U+06FF, U+0750–U+077F, U+08A0–U+08FF, presentation
/// forms) / a Latin letter (ASCII or Latin-1/Extended).
[[nodiscard]] bool has_arabic(std::string_view s);
[[nodiscard]] bool has_latin(std::string_view s);

/// FSI + s + PDI; empty stays empty.
[[nodiscard]] std::string isolate(std::string_view s);

/// In a string that holds Arabic, wraps each Latin run (first to last Latin letter, with the
/// digits, spaces and punctuation between) in FSI…PDI. A string without Arabic is returned
/// unchanged.
///
/// **Example**: "شريكها Samsung SDI الكوري" → "شريكها \u2068Samsung SDI\u2069 الكوري".
[[nodiscard]] std::string isolate_latin_runs(std::string_view s);

}  // namespace khulasa::lsp
