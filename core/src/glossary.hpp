// English for the common words of institution names ("وزارة الصحة" → Ministry of Health,
// "مركز الأمن الوطني" → National Security Center), written by the Khulasa team. Internal.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace khulasa::glossary {

/// The English of the words of a name after its institution word (matching forms, e.g. "الصحه",
/// "الوطنيه", "والري"), in English order (adjectives before their noun: "National Security"), or
/// "" when a word is neither in the glossary nor a country or nationality of the lexicon. A
/// nationality at the end ("وزارة الداخلية السعودية") goes to `nationality` ("Saudi"), for the
/// caller to put before the whole name.
std::string render(const std::vector<std::string>& words, std::string& nationality);

/// The first of `words` that starts with the preposition ل (or لل) before a glossary noun: where
/// what an institution is for begins ("المعهد الوطني لرصد الزلازل": the National Institute for
/// Earthquake Monitoring). `words.size()` when none does.
std::size_t purpose_start(const std::vector<std::string>& words);

}  // namespace khulasa::glossary
