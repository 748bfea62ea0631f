// Values in news text: money, percentages, dates and numbers (in digits or in words), with a
// normalized form and an English rendering. Part of the entity layer (issue 4); people,
// organizations and places come separately.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "khulasa/byte_range.hpp"

namespace khulasa {

enum class ValueKind : std::uint8_t {
  money,  ///< "14.3 مليار دولار", "$14.3 billion", "٣٠٠ مليون يورو", "مئات الملايين من الدولارات"
  percent,  ///< "35%", "٣٥٪", "15 بالمئة", "35 percent"
  date,  ///< "04.09.2025", "4 سبتمبر 2025", "سبتمبر 2025", "يوليو", "منتصف عام 2025", "عام 2024"
  number,  ///< "450", "ثمانية موظفين", "عشرات العلماء", "1.8 مليون"
};

/// "money", "percent", "date" or "number".
[[nodiscard]] std::string_view to_string(ValueKind kind);

struct Value {
  ValueKind kind;
  /// The value's bytes in the text given to find_values(), with the unit or currency.
  ByteRange range;
  /// A machine form: money "USD 14300000000" (or "USD hundreds of millions" when vague), percent
  /// "35%", date ISO 8601 as far as it is known ("2025-09-04", "2025-09", "2025"; "--07" for a
  /// month alone; Hijri dates as "AH 1446-09-12"), number "8" or "tens".
  std::string normalized;
  /// How an English news reader would write it: "$14.3 billion", "35%", "4 September 2025", "8".
  std::string english;
  /// The amount for money, percent and numbers (the lower bound of a vague amount, e.g. 100 for
  /// "hundreds"); nothing for dates and for vague amounts without a lower bound.
  std::optional<double> amount;
  /// ISO 4217 code for money when the currency is unambiguous ("USD", "EUR"); empty otherwise.
  std::string currency;
};

/// Whether a word in matching form (normalize_for_matching) could be part of a value without
/// digits: a number word, a scale or vague amount, a month. A sentence with no digit and no such
/// word holds no value, so callers may skip find_values() on it.
[[nodiscard]] bool is_value_word(std::string_view normalized_word);

/// Finds the values of valid UTF-8 `text`, in text order and not overlapping. Offsets are into
/// `text`; matching is done on the normalized form, so diacritics, tatweel, hamza forms and
/// Arabic-Indic digits do not matter, and a leading و / ب / ل clitic stays outside the range.
[[nodiscard]] std::vector<Value> find_values(std::string_view text);

}  // namespace khulasa
