#include "input.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <charconv>
#include <cstring>

namespace khulasa::cli {
namespace {

void report(const Streams& streams, const std::string& name, const std::string& what) {
  std::fprintf(streams.err, "khulasa: %s: %s\n", name.c_str(), what.c_str());
}

/// Reads the whole stream; false with errno set on a read error, or when it exceeds the limit.
bool read_all(std::FILE* f, std::string& out, bool& too_large) {
  char chunk[1 << 16];
  too_large = false;
  while (true) {
    const std::size_t n = std::fread(chunk, 1, sizeof chunk, f);
    if (n > 0) {
      if (out.size() + n > kMaxInputBytes) {
        too_large = true;
        return false;
      }
      out.append(chunk, n);
    }
    if (n < sizeof chunk) return std::ferror(f) == 0;
  }
}

}  // namespace

std::optional<Input> read_input(const std::string& path, bool lenient, const Streams& streams) {
  Input input;
  input.name = path == "-" ? "<stdin>" : path;
  std::string bytes;
  bool too_large = false;
  bool ok = false;
  if (path == "-") {
    ok = read_all(streams.in, bytes, too_large);
  } else {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) {
      report(streams, input.name, std::strerror(errno));
      return std::nullopt;
    }
    // A regular file is read into a buffer of its size: no reallocation, no transient second copy.
    struct stat st {};
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
        static_cast<std::size_t>(st.st_size) <= kMaxInputBytes) {
      bytes.reserve(static_cast<std::size_t>(st.st_size));
    }
    ok = read_all(f, bytes, too_large);
    const int saved = errno;
    std::fclose(f);
    errno = saved;
  }
  if (too_large) {
    report(streams, input.name, "larger than the 1 GiB the CLI reads at once");
    return std::nullopt;
  }
  if (!ok) {
    report(streams, input.name, std::string("read error: ") + std::strerror(errno));
    return std::nullopt;
  }
  DecodeResult result = decode_text(std::move(bytes), DecodeOptions{lenient, false});
  if (result.error) {
    // The message of a NUL byte already asks "binary file?".
    report(streams, input.name,
           result.error->message() + " (--lenient replaces bad bytes with U+FFFD)");
    return std::nullopt;
  }
  input.decoded = std::move(*result.text);
  if (input.decoded.repaired > 0) {
    std::fprintf(streams.err,
                 "khulasa: %s: warning: replaced %zu bad byte sequence(s) with U+FFFD\n",
                 input.name.c_str(), input.decoded.repaired);
  }
  return input;
}

std::optional<std::size_t> chunk_bytes_option(const ParsedArgs& args, const std::string& command,
                                              const Streams& streams) {
  if (!args.has("chunk-bytes")) return kDefaultChunkBytes;
  const std::string value = args.get("chunk-bytes", "");
  std::size_t n = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec == std::errc() && end == value.data() + value.size() && n >= kMinChunkBytes) return n;
  std::fprintf(streams.err,
               "khulasa %s: --chunk-bytes must be a whole number of bytes, at least %zu, got "
               "'%s'\nTry `khulasa %s --help`.\n",
               command.c_str(), kMinChunkBytes, value.c_str(), command.c_str());
  return std::nullopt;
}

bool Output::flush() {
  if (!buffer_.empty() && !failed_) {
    if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) failed_ = true;
  }
  buffer_.clear();
  if (std::fflush(file_) != 0) failed_ = true;
  return !failed_;
}

int finish(Output& out, const Streams& streams) {
  if (out.flush()) return kOk;
  std::fprintf(streams.err, "khulasa: error writing the output\n");
  return kInputError;
}

}  // namespace khulasa::cli
