// Transport: LSP base-protocol framing over byte streams.
//
// A message is a header block ("Content-Length: N\r\n", optionally "Content-Type: ...\r\n", then
// an empty line) and N bytes of body (UTF-8 JSON). The transport knows nothing of JSON: it reads
// bodies and writes bodies.
//
// Reading never gives up on a damaged stream while there is input left. A header block without a
// valid Content-Length is dropped; bytes that are not a header (the body of such a message, stray
// text) are skipped until the next line holding "Content-Length:" — also when it is glued to the
// end of the junk, as it is after a body that was shorter than its header said; a message larger
// than the limit is skipped unread. Every such problem is reported with the next message (or with
// the end of input), so the caller can log it. Only the end of input ends reading.
//
// Streams are std::streambuf so tests use in-memory buffers and the server uses file descriptors
// (fd_stream.hpp), whose in_avail() tells whether a message can be read ahead without blocking.
#pragma once

#include <cstddef>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace khulasa::lsp {

/// The largest body accepted by default: 64 MiB. A 50 MB document sent as one JSON string, with
/// escapes, fits; anything larger is skipped.
inline constexpr std::size_t kDefaultMaxMessageBytes = std::size_t{64} << 20;

struct TransportLimits {
  /// Bodies larger than this are skipped (read and thrown away in small pieces, never held).
  std::size_t max_message_bytes = kDefaultMaxMessageBytes;
  /// Header lines longer than this keep only their last bytes (enough to find a glued header).
  std::size_t max_header_line = 8192;
};

/// What one read gives: a message body, or the end of input; with the framing problems met on the
/// way (empty for a clean stream).
struct Incoming {
  bool end_of_input = false;
  std::string body;                   ///< the message body; empty at the end of input
  std::vector<std::string> problems;  ///< one English sentence per problem, for the log
};

class Transport {
 public:
  /// Neither buffer is owned; both must outlive the transport.
  Transport(std::streambuf& in, std::streambuf& out, TransportLimits limits = {});

  /// Blocks until a whole message has been read or the input ended.
  [[nodiscard]] Incoming read();

  /// Writes one message (header and body) and flushes. Returns false when the output failed (the
  /// client closed its end); the server then stops.
  bool write(std::string_view body);

  /// Whether input bytes are available now, so that read() can start without waiting for the
  /// client. (It may still wait for the rest of a message that is arriving.)
  [[nodiscard]] bool input_ready() const;

 private:
  /// Reads one line up to "\n" (exclusive; a final "\r" removed). Returns false at the end of
  /// input when nothing was read; `complete` tells whether the line ended with "\n".
  bool read_line(std::string& line, bool& complete);
  /// Reads and discards `count` bytes; returns how many there were before the end of input.
  std::size_t skip(std::size_t count);

  std::streambuf& in_;
  std::streambuf& out_;
  TransportLimits limits_;
  std::size_t line_bytes_ = 0;    ///< bytes the last read_line consumed, line end included
  std::size_t line_dropped_ = 0;  ///< bytes it dropped from the front of an over-long line
};

}  // namespace khulasa::lsp
