// Reading and decoding a command's input file (or "-" for standard input), with the error messages
// and exit codes of the CLI.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cli.hpp"
#include "commands.hpp"
#include "khulasa/utf8.hpp"

namespace khulasa::cli {

/// The largest input the CLI reads at once.
inline constexpr std::size_t kMaxInputBytes = std::size_t{1} << 30;  // 1 GiB

struct Input {
  std::string name;  ///< the path as given, or "<stdin>"
  DecodedText decoded;
};

/// Reads and decodes `path`. On failure writes "khulasa: NAME: what (at byte N)" to streams.err and
/// returns nothing; the caller exits with kInputError.
std::optional<Input> read_input(const std::string& path, bool lenient, const Streams& streams);

/// Inputs longer than this are analysed (summarize, entities, facts) in chunks of at most this many
/// bytes, cut at paragraph breaks (khulasa/chunks.hpp): memory stays about 18 bytes per chunk byte
/// (some 75 MB) plus the input, whatever the input's size.
inline constexpr std::size_t kDefaultChunkBytes = std::size_t{4} << 20;  // 4 MiB
/// The smallest --chunk-bytes accepted.
inline constexpr std::size_t kMinChunkBytes = 64;

/// The --chunk-bytes option of `args` (default kDefaultChunkBytes). On a bad value writes a usage
/// error for `command` to streams.err and returns nothing; the caller exits with kUsage.
std::optional<std::size_t> chunk_bytes_option(const ParsedArgs& args, const std::string& command,
                                              const Streams& streams);

/// The help text of --chunk-bytes, for the commands' --help.
inline constexpr std::string_view kChunkBytesHelp =
    "  --chunk-bytes N     analyse an input longer than N bytes (default 4194304, 4 MiB; at least\n"
    "                      64) in chunks of at most N bytes cut at paragraph breaks, and merge\n"
    "                      them; offsets still point into FILE. Memory: about 18 bytes per chunk\n"
    "                      byte plus the input\n";

/// A buffered writer over a FILE* for large outputs; reports write errors once at the end.
class Output {
 public:
  explicit Output(std::FILE* file) : file_(file) { buffer_.reserve(kFlushAt); }
  ~Output() { flush(); }
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  void write(std::string_view s) {
    buffer_.append(s);
    if (buffer_.size() >= kFlushAt) flush();
  }
  /// Writes what is buffered; returns false when the stream failed at any point.
  bool flush();

 private:
  static constexpr std::size_t kFlushAt = 1 << 16;
  std::FILE* file_;
  std::string buffer_;
  bool failed_ = false;
};

/// Flushes a command's output: kOk, or kInputError with a message when writing failed (a full
/// disk, a closed pipe).
int finish(Output& out, const Streams& streams);

}  // namespace khulasa::cli
