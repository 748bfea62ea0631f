// Shared helpers of the fuzz targets: turning bytes into the valid UTF-8 text the core expects,
// and checking invariants (a failed check aborts with a message, which both libFuzzer and the
// replay driver report as a crash).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "khulasa/byte_range.hpp"
#include "khulasa/utf8.hpp"

namespace khulasa::fuzz {

/// Inputs larger than this are ignored: the targets look for crashes and wrong results, not
/// slowness on big inputs (the bad-input tests cover those).
inline constexpr std::size_t kMaxInput = 64 * 1024;

[[noreturn]] inline void fail(const char* what, std::size_t a = 0, std::size_t b = 0) {
  std::fprintf(stderr, "fuzz check failed: %s (%zu, %zu)\n", what, a, b);
  std::abort();
}

inline void check(bool ok, const char* what, std::size_t a = 0, std::size_t b = 0) {
  if (!ok) fail(what, a, b);
}

/// The bytes as the CLI and the server see them: decoded leniently (bad bytes and NUL become
/// U+FFFD), so the result is valid UTF-8 without NUL.
inline std::string lenient_text(const std::uint8_t* data, std::size_t size) {
  DecodeOptions options;
  options.lenient = true;
  DecodeResult r = decode_text(std::string(reinterpret_cast<const char*>(data), size), options);
  check(r.text.has_value(), "lenient decoding gave no text");
  return std::move(r.text->text);
}

/// With KHULASA_FUZZ_DUMP=DIR set, writes `text` to DIR/NAME (to look at a failing input's
/// intermediate texts with the CLI).
inline void dump(const std::string& name, std::string_view text) {
  const char* dir = std::getenv("KHULASA_FUZZ_DUMP");
  if (dir == nullptr) return;
  if (std::FILE* f = std::fopen((std::string(dir) + "/" + name).c_str(), "wb")) {
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
  }
}

inline bool is_boundary(std::string_view text, std::size_t p) {
  return p == 0 || p >= text.size() || (static_cast<unsigned char>(text[p]) & 0xC0) != 0x80;
}

/// A range inside `text`, on character boundaries.
inline void check_range(std::string_view text, ByteRange r, const char* what) {
  check(r.begin <= r.end && r.end <= text.size(), what, r.begin, r.end);
  check(is_boundary(text, r.begin) && is_boundary(text, r.end), what, r.begin, r.end);
}

}  // namespace khulasa::fuzz
