#include "transport.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace khulasa::lsp {
namespace {

constexpr std::string_view kContentLength = "content-length:";

char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [](char x, char y) { return lower(x) == lower(y); });
}

/// Position of "content-length:" in `line`, any case, or npos.
std::size_t find_content_length(std::string_view line) {
  if (line.size() < kContentLength.size()) return std::string_view::npos;
  for (std::size_t i = 0; i + kContentLength.size() <= line.size(); ++i) {
    if (iequals(line.substr(i, kContentLength.size()), kContentLength)) return i;
  }
  return std::string_view::npos;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

/// A header field name: letters, digits and '-' (RFC 7230 tokens, narrowed to what LSP uses).
bool is_header_name(std::string_view s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

/// The first bytes of `s` for a log line, with control characters shown as '?'.
std::string excerpt(std::string_view s) {
  std::string out(s.substr(0, 40));
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20) c = '?';
  }
  return s.size() > 40 ? out + "…" : out;
}

}  // namespace

Transport::Transport(std::streambuf& in, std::streambuf& out, TransportLimits limits)
    : in_(in), out_(out), limits_(limits) {}

bool Transport::input_ready() const {
  return in_.in_avail() > 0;
}

bool Transport::read_line(std::string& line, bool& complete) {
  line.clear();
  complete = false;
  line_bytes_ = 0;
  line_dropped_ = 0;
  for (;;) {
    const auto c = in_.sbumpc();
    if (c == std::streambuf::traits_type::eof()) break;
    ++line_bytes_;
    if (c == '\n') {
      complete = true;
      break;
    }
    line.push_back(static_cast<char>(c));
    // Keep the tail of an over-long line: a header glued to junk sits at its end.
    if (line.size() > 2 * limits_.max_header_line) {
      const std::size_t drop = line.size() - limits_.max_header_line;
      line.erase(0, drop);
      line_dropped_ += drop;
    }
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line_bytes_ > 0;
}

std::size_t Transport::skip(std::size_t count) {
  std::array<char, 1 << 16> scratch{};
  std::size_t skipped = 0;
  while (skipped < count) {
    const auto want = static_cast<std::streamsize>(std::min(scratch.size(), count - skipped));
    const std::streamsize got = in_.sgetn(scratch.data(), want);
    if (got <= 0) break;
    skipped += static_cast<std::size_t>(got);
  }
  return skipped;
}

Incoming Transport::read() {
  Incoming result;
  std::size_t junk_bytes = 0;
  const auto report_junk = [&] {
    if (junk_bytes > 0) {
      result.problems.push_back("skipped " + std::to_string(junk_bytes) +
                                " bytes that were not a message header");
      junk_bytes = 0;
    }
  };
  std::string line;
  for (;;) {
    // One header block.
    bool any_header = false;
    bool length_valid = false;
    std::string length_text;
    std::size_t length = 0;
    for (;;) {
      bool complete = false;
      if (!read_line(line, complete) || !complete) {
        junk_bytes += line_bytes_;
        report_junk();
        if (any_header || find_content_length(line) != std::string_view::npos) {
          result.problems.push_back("the input ended inside a message header");
        }
        result.end_of_input = true;
        return result;
      }
      if (line.empty()) {
        if (any_header) break;
        junk_bytes += line_bytes_;  // a blank line between messages
        continue;
      }
      if (!any_header) {
        // Resynchronize: a header block starts at "Content-Length:", even in the middle of junk.
        const std::size_t at = find_content_length(line);
        if (at != std::string_view::npos && at + line_dropped_ > 0) {
          junk_bytes += line_dropped_ + at;
          line.erase(0, at);
        }
      }
      const std::size_t colon = line.find(':');
      const std::string_view name = colon == std::string::npos
                                        ? std::string_view()
                                        : trim(std::string_view(line).substr(0, colon));
      if (!is_header_name(name)) {
        junk_bytes += line_bytes_;
        continue;
      }
      if (!any_header) report_junk();
      any_header = true;
      if (iequals(name, "content-length")) {
        const std::string_view value = trim(std::string_view(line).substr(colon + 1));
        length_text = std::string(value);
        const auto [end, error] =
            std::from_chars(value.data(), value.data() + value.size(), length);
        length_valid = error == std::errc() && end == value.data() + value.size() && !value.empty();
      }
      // Content-Type and unknown headers are accepted and ignored.
    }
    if (!length_valid) {
      result.problems.push_back(
          length_text.empty()
              ? std::string("a message header had no Content-Length; the message was dropped")
              : "a message header had an invalid Content-Length '" + excerpt(length_text) +
                    "'; the message was dropped");
      continue;
    }
    if (length > limits_.max_message_bytes) {
      const std::size_t skipped = skip(length);
      result.problems.push_back("a message of " + std::to_string(length) +
                                " bytes is larger than the limit of " +
                                std::to_string(limits_.max_message_bytes) + " bytes; skipped it");
      if (skipped < length) {
        result.problems.push_back("the input ended inside that message");
        result.end_of_input = true;
        return result;
      }
      continue;
    }
    std::string body(length, '\0');
    const std::streamsize got =
        length == 0 ? 0 : in_.sgetn(body.data(), static_cast<std::streamsize>(length));
    if (got < static_cast<std::streamsize>(length)) {
      result.problems.push_back("the input ended after " +
                                std::to_string(std::max<std::streamsize>(got, 0)) + " of the " +
                                std::to_string(length) + " bytes of a message");
      result.end_of_input = true;
      return result;
    }
    result.body = std::move(body);
    return result;
  }
}

bool Transport::write(std::string_view body) {
  const std::string header = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  const auto put = [&](std::string_view s) {
    return out_.sputn(s.data(), static_cast<std::streamsize>(s.size())) ==
           static_cast<std::streamsize>(s.size());
  };
  const bool ok = put(header) && put(body);
  return out_.pubsync() == 0 && ok;
}

}  // namespace khulasa::lsp
