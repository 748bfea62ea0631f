// Fuzz target: the text layer. Raw bytes through strict and lenient decoding, normalization with
// its offset map, sentence segmentation and tokens; every range must lie inside the text on
// character boundaries, in order, and every derived text must be valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_common.hpp"
#include "khulasa/normalize.hpp"
#include "khulasa/sentences.hpp"
#include "khulasa/tokens.hpp"
#include "khulasa/utf8.hpp"

using namespace khulasa;
using khulasa::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > fuzz::kMaxInput) return 0;
  const std::string input(reinterpret_cast<const char*>(data), size);

  // Strict: either an error inside the input, or text that maps back onto the input.
  const auto error = find_utf8_error(input, /*allow_nul=*/false);
  DecodeResult strict = decode_text(input);
  check(strict.text.has_value() != strict.error.has_value(), "strict: text xor error");
  check(error.has_value() == strict.error.has_value(), "strict: decode agrees with validation");
  if (strict.error) {
    check(strict.error->byte_offset < size && strict.error->length >= 1, "strict: error offset",
          strict.error->byte_offset, size);
    check(strict.error->byte_offset == error->byte_offset, "strict: same offset");
    check(!strict.error->message().empty(), "strict: message");
  }

  DecodeOptions lenient_options;
  lenient_options.lenient = true;
  DecodeResult lenient = decode_text(input, lenient_options);
  check(lenient.text.has_value(), "lenient: text");
  const DecodedText& decoded = *lenient.text;
  check(!find_utf8_error(decoded.text, false).has_value(), "lenient: output is valid UTF-8");
  check(decoded.content_begin <= decoded.text.size(), "lenient: content_begin");
  check(decoded.to_input.is_identity() || decoded.to_input.derived_size() == decoded.text.size(),
        "lenient: map size", decoded.to_input.derived_size(), decoded.text.size());
  if (!error) check(decoded.repaired == 0 && decoded.text == input, "lenient: valid input kept");
  for (std::size_t i = 0; i <= decoded.text.size(); i += 1 + decoded.text.size() / 64) {
    const ByteRange r = decoded.to_input.to_original(ByteRange{i, i});
    check(r.begin <= r.end && r.end <= size, "lenient: map into the input", r.begin, r.end);
  }

  const std::string& text = decoded.text;
  // Normalization: valid UTF-8 and a map back into the text.
  const NormalizedText n = normalize(text);
  check(!find_utf8_error(n.text, true).has_value(), "normalize: valid UTF-8");
  check(n.map.is_identity() || n.map.derived_size() == n.text.size(), "normalize: map size");
  for (std::size_t i = 0; i < n.text.size(); i += 1 + n.text.size() / 64) {
    const ByteRange r = n.map.to_original(ByteRange{i, i + 1});
    check(r.begin <= r.end && r.end <= text.size(), "normalize: map into the text", r.begin, r.end);
  }
  check(normalize_for_matching(text) == n.text, "normalize: both entry points agree");

  // Sentences: inside the text, on boundaries, in order, disjoint; the same with a wrap width.
  SentenceSplitter splitter;
  for (const bool wrapped : {false, true}) {
    SplitOptions options;
    if (wrapped) options.wrap_width = detect_wrap_width(text);
    std::size_t last = 0;
    for (const Sentence& s : splitter.split(text, options)) {
      fuzz::check_range(text, s.range, "sentence range");
      check(s.range.begin >= last, "sentences in order", s.range.begin, last);
      check(!s.range.empty(), "sentence not empty", s.range.begin);
      last = s.range.end;
    }
  }

  // Tokens.
  Tokenizer tokenizer;
  std::size_t last = 0;
  for (const Token& t : tokenizer.tokenize(text)) {
    fuzz::check_range(text, t.range, "token range");
    check(t.range.begin >= last && !t.range.empty(), "tokens in order", t.range.begin, last);
    last = t.range.end;
  }
  return 0;
}
