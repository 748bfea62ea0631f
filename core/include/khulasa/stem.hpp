// A light Arabic stemmer for matching: strips common proclitics and suffixes, conservatively.
#pragma once

#include <string>
#include <string_view>

namespace khulasa {

/// Stems one word that was normalized with the default NormalizeOptions (so ة is already ه, أ is
/// ا). Strips at most one proclitic (وبال وكال فبال ولل فلل وال فال بال كال لل ال, longest first; a
/// bare و only before 5+ letters; a bare ب ل ك ف never, see stem.cpp for why) and then at most one
/// suffix (ها هم هن كم نا ات ون ين يه ه — ة and ية arrive folded to ه and يه), never leaving fewer
/// than 3 letters. Words that are not all Arabic letters are returned unchanged.
///
/// **Example**: light_stem("والمعلمون") == "معلم"; light_stem("بالجامعه") == "جامع";
/// light_stem("الصين") == "صين"; light_stem("وزاره") == light_stem("الوزاره") == "وزار"
[[nodiscard]] std::string light_stem(std::string_view normalized_word);

}  // namespace khulasa
