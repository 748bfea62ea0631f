// UTF-8 validation following the well-formed byte sequences of Unicode (Table 3-7), and lenient
// decoding that replaces each maximal ill-formed subpart with U+FFFD.
#include "khulasa/utf8.hpp"

#include <cstring>

namespace khulasa {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

/// Length of the well-formed sequence at `pos`, or 0 with `error` set to the kind of error and
/// `bad_length` to the length of the maximal ill-formed subpart (at least 1).
std::size_t sequence_length(std::string_view s, std::size_t pos, TextErrorKind& error,
                            std::size_t& bad_length) {
  const auto at = [&](std::size_t i) -> unsigned {
    return pos + i < s.size() ? static_cast<unsigned char>(s[pos + i]) : 0x100u;
  };
  const unsigned b0 = at(0);
  bad_length = 1;
  if (b0 < 0x80) return 1;
  if (b0 < 0xC0) {
    error = TextErrorKind::unexpected_continuation;
    return 0;
  }
  if (b0 < 0xC2) {
    error = TextErrorKind::overlong_encoding;
    return 0;
  }
  if (b0 > 0xF4) {
    error = TextErrorKind::invalid_byte;
    return 0;
  }
  const std::size_t need = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
  // The allowed range of the second byte depends on the first (Table 3-7).
  unsigned lo = 0x80, hi = 0xBF;
  TextErrorKind second_error = TextErrorKind::truncated_sequence;
  if (b0 == 0xE0) lo = 0xA0, second_error = TextErrorKind::overlong_encoding;
  if (b0 == 0xED) hi = 0x9F, second_error = TextErrorKind::surrogate;
  if (b0 == 0xF0) lo = 0x90, second_error = TextErrorKind::overlong_encoding;
  if (b0 == 0xF4) hi = 0x8F, second_error = TextErrorKind::out_of_range;
  const unsigned b1 = at(1);
  if (b1 < lo || b1 > hi) {
    const bool is_continuation = b1 >= 0x80 && b1 <= 0xBF;
    error = is_continuation ? second_error : TextErrorKind::truncated_sequence;
    return 0;
  }
  for (std::size_t i = 2; i < need; ++i) {
    const unsigned b = at(i);
    if (b < 0x80 || b > 0xBF) {
      error = TextErrorKind::truncated_sequence;
      bad_length = i;
      return 0;
    }
  }
  return need;
}

/// Skips ASCII eight bytes at a time; returns the first position at or after `pos` that is not
/// ASCII (or the end).
std::size_t skip_ascii(std::string_view s, std::size_t pos) {
  while (pos + 8 <= s.size()) {
    std::uint64_t word;
    std::memcpy(&word, s.data() + pos, 8);
    if (word & 0x8080808080808080ull) break;
    pos += 8;
  }
  return pos;
}

}  // namespace

std::string TextError::message() const {
  const char* what = "";
  switch (kind) {
    case TextErrorKind::truncated_sequence:
      what = "invalid UTF-8 (truncated sequence)";
      break;
    case TextErrorKind::unexpected_continuation:
      what = "invalid UTF-8 (unexpected continuation byte)";
      break;
    case TextErrorKind::overlong_encoding:
      what = "invalid UTF-8 (overlong encoding)";
      break;
    case TextErrorKind::surrogate:
      what = "invalid UTF-8 (encoded surrogate)";
      break;
    case TextErrorKind::out_of_range:
      what = "invalid UTF-8 (code point above U+10FFFF)";
      break;
    case TextErrorKind::invalid_byte:
      what = "invalid UTF-8 (byte that never occurs in UTF-8)";
      break;
    case TextErrorKind::nul_byte:
      what = "NUL byte (binary file?)";
      break;
  }
  return std::string(what) + " at byte " + std::to_string(byte_offset);
}

std::optional<TextError> find_utf8_error(std::string_view bytes, bool allow_nul) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    if (allow_nul) pos = skip_ascii(bytes, pos);
    if (pos >= bytes.size()) break;
    const auto b = static_cast<unsigned char>(bytes[pos]);
    if (b < 0x80) {
      if (b == 0 && !allow_nul) return TextError{TextErrorKind::nul_byte, pos, 1};
      ++pos;
      continue;
    }
    TextErrorKind kind{};
    std::size_t bad = 0;
    const std::size_t n = sequence_length(bytes, pos, kind, bad);
    if (n == 0) return TextError{kind, pos, bad};
    pos += n;
  }
  return std::nullopt;
}

DecodeResult decode_text(std::string input, const DecodeOptions& options) {
  DecodeResult result;
  auto first_error = find_utf8_error(input, options.allow_nul);
  if (first_error && !options.lenient) {
    result.error = first_error;
    return result;
  }
  DecodedText decoded;
  if (!first_error) {
    decoded.text = std::move(input);
  } else {
    // Copy the valid prefix, then walk the rest replacing each maximal bad subpart.
    std::string out;
    out.reserve(input.size() + 16);
    std::size_t pos = first_error->byte_offset;
    out.append(input, 0, pos);
    decoded.to_input.append_copy(0, pos);
    std::size_t run_begin = pos;  // start of the current run of good bytes
    auto flush_run = [&](std::size_t end) {
      if (end > run_begin) {
        out.append(input, run_begin, end - run_begin);
        decoded.to_input.append_copy(run_begin, end - run_begin);
      }
    };
    while (pos < input.size()) {
      const auto b = static_cast<unsigned char>(input[pos]);
      TextErrorKind kind{};
      std::size_t bad = 1;
      std::size_t n = 1;
      if (b == 0 && !options.allow_nul) {
        n = 0;
      } else if (b >= 0x80) {
        n = sequence_length(input, pos, kind, bad);
      }
      if (n > 0) {
        pos += n;
        continue;
      }
      flush_run(pos);
      out.append(kReplacement);
      decoded.to_input.append_replacement(ByteRange{pos, pos + bad}, kReplacement.size());
      ++decoded.repaired;
      pos += bad;
      run_begin = pos;
    }
    flush_run(pos);
    decoded.text = std::move(out);
  }
  if (decoded.text.starts_with(kUtf8Bom)) decoded.content_begin = kUtf8Bom.size();
  result.text = std::move(decoded);
  return result;
}

char32_t previous_code_point(std::string_view text, std::size_t& pos) {
  std::size_t begin = pos - 1;
  while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0u) == 0x80u) --begin;
  std::size_t cursor = begin;
  const char32_t cp = next_code_point(text, cursor);
  pos = begin;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace khulasa
