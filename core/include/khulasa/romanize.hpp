// English renderings of Arabic names: the lexicon first, else a news-style romanization.
//
// A reader of English news expects "Mohammed bin Salman", "Abdullah", "al-Sisi", "Riyadh", not
// the scholarly "Muḥammad bin Salmān" or ISO 233's "mḥmd". The romanizer writes plain ASCII
// letters, with an apostrophe or a hyphen ("al-") where news writes one, and a capital letter.
// Vowels that Arabic script leaves out are guessed by a letter model learned from name pairs
// (tools/learn-romanizer; scores in core/data/README.md), so a rare name comes out readable
// ("زوكربيرج" → "Zuckerberg") but not always as its owner spells it: prefer the lexicon.
#pragma once

#include <string>
#include <string_view>

#include "khulasa/lexicon.hpp"

namespace khulasa {

/// Romanizes one Arabic word by rule and letter model alone (no lexicon): diacritics, tatweel
/// and presentation forms are ignored; a leading article gives "al-" ("السيسي" → "al-Sisi"),
/// "عبدالله" gives "Abdullah" and "عبدال..." gives "Abdul..."; the first letter of the name is
/// capital. A word with Latin letters or digits is returned as written; a word without Arabic
/// letters gives "".
///
/// **Example**: romanize_word_by_rules("ترامب") == "Tramp"; ("فاطمة") == "Fatima"
[[nodiscard]] std::string romanize_word_by_rules(std::string_view arabic_word);

/// Romanizes one Arabic word: the shipped lexicon's person entry for it (also for the word
/// without its article, then with "al-" before the English), else romanize_word_by_rules().
///
/// **Example**: romanize_word("مُحَمَّد") == "Mohammed"; romanize_word("ترامـــب") == "Trump"
[[nodiscard]] std::string romanize_word(std::string_view arabic_word);

/// The English rendering of a name or phrase (words separated by white space), using
/// `lexicon`: left to right, the longest run of words that is a key wins (whole phrase, then
/// shorter runs, then one word), preferring entries of kind `hint` (a country also serves a
/// location hint and the reverse, the higher weight deciding between them); a word without an
/// entry is romanized (romanize_word, with `lexicon` in place of the shipped one). Inside a name
/// the particles بن "bin" (in a place or organization "Ben": "Ben Arous"), ابن "Ibn"/"bin",
/// بنت "bint", أبو "Abu", آل "Al", أم "Umm" and عبد + next word ("Abdullah", "Abdul Rahman") are
/// written the news way; an ordinal after a person's first word is a regnal number ("تشارلز
/// الثالث" → "Charles III"); Latin words are kept as written; a role before a nationality is turned
/// round ("الرئيس الفرنسي" → "French president"). The first letter of the result is capital,
/// except for a role, whose lexicon casing is kept ("foreign minister") for the caller to place.
///
/// **Example**: english_name("محمد بن سلمان", LexiconKind::person) == "Mohammed bin Salman";
/// english_name("المملكة العربية السعودية", LexiconKind::country) == "Saudi Arabia"
[[nodiscard]] std::string english_name(std::string_view arabic_phrase, LexiconKind hint,
                                       const Lexicon& lexicon = Lexicon::builtin());

/// The Roman numeral of an ordinal in matching form as it follows a ruler's name ("الثاني" →
/// "II", "الاول" → "I", up to "العاشر"), or "" for any other word.
[[nodiscard]] std::string_view regnal_numeral(std::string_view key);

}  // namespace khulasa
