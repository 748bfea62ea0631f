// Closed word lists of the entity layer (the team's own): words that introduce organizations, verbs
// of saying, titles before names. And the bridge from tokens to the bilingual lexicon: the
// gazetteer bits the tagger sees. Words are in the matching form with clitics stripped
// (ner::strip_clitics): "شركه", "قال", "رييس" is never needed because ئ is kept.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "khulasa/lexicon.hpp"

namespace khulasa::ner {

/// A word that introduces an organization's name: شركة، جامعة، مختبر، صحيفة، وزارة، وكالة …
bool is_org_trigger(std::string_view core);

/// A verb of saying or reporting in the past or present (قال، قالت، يقول، أكد، أوضح، صرّح، وصف،
/// أشار، أضاف) in its matching form, with a leading و/ف already stripped.
bool is_saying_verb(std::string_view core);

/// A title or role word that often comes right before a person's name (الرئيس، الوزير، الدكتور،
/// الشيخ، المتحدث، مؤسس).
bool is_title_word(std::string_view core);

/// The English of a title word in matching form ("الناطقه" → "spokesperson"), empty when the
/// word is no title.
std::string_view title_english(std::string_view word);

/// A function word: preposition, conjunction, pronoun, demonstrative, relative, auxiliary, time
/// word (في، من، الذي، هذا، كان، يوم، أمس). Never the start of a name.
bool is_function_word(std::string_view norm);

/// The GazetteerBit kinds of the lexicon entries whose key is exactly `key` (a matching-form
/// phrase, words joined by one space).
std::uint32_t lexicon_bits(std::string_view key);

/// The GazetteerBit of a lexicon kind.
std::uint32_t bit_of(LexiconKind kind);

/// The English of the lexicon entry `key` of `kind`, empty when there is none.
std::string_view lexicon_english(std::string_view key, LexiconKind kind);

/// The most words of a lexicon key that starts with `first_word` (1 when none is a phrase).
std::size_t lexicon_phrase_words(std::string_view first_word);

/// The longest lexicon key, in words.
std::size_t lexicon_max_words();

/// The GazetteerBit set of one token from its matching form, its clitic-stripped core and the
/// clitics stripped (strip_clitics).
std::uint32_t word_bits(std::string_view norm, std::string_view core, std::string_view prefix);

}  // namespace khulasa::ner
