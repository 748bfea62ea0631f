// Framing (plugin/lsp/transport.*) on in-memory streams: clean messages, header variants, and every
// way a stream can be damaged: the transport must report it and find the next message.
#include "transport.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace khulasa::lsp {
namespace {

std::string frame(const std::string& body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

struct Pipe {
  explicit Pipe(const std::string& input, TransportLimits limits = {})
      : in(input), transport(in, out, limits) {}
  std::stringbuf in;
  std::stringbuf out;
  Transport transport;
};

TEST(transport_test, reads_messages_back_to_back) {
  Pipe p(frame(R"({"a":1})") + frame("{\"b\":\"خالد\"}"));
  EXPECT_TRUE(p.transport.input_ready());
  Incoming m = p.transport.read();
  EXPECT_FALSE(m.end_of_input);
  EXPECT_EQ(m.body, R"({"a":1})");
  EXPECT_TRUE(m.problems.empty());
  EXPECT_EQ(p.transport.read().body, "{\"b\":\"خالد\"}");  // Content-Length counts bytes
  m = p.transport.read();
  EXPECT_TRUE(m.end_of_input);
  EXPECT_TRUE(m.problems.empty());
  EXPECT_FALSE(p.transport.input_ready());
}

TEST(transport_test, accepts_content_type_any_case_and_bare_newlines) {
  Pipe p("content-length: 2\nContent-Type: application/vscode-jsonrpc; charset=utf-8\n\n{}" +
         std::string("CONTENT-LENGTH:3\r\n\r\n[1]"));
  EXPECT_EQ(p.transport.read().body, "{}");
  const Incoming m = p.transport.read();
  EXPECT_EQ(m.body, "[1]");
  EXPECT_TRUE(m.problems.empty());
}

TEST(transport_test, empty_input_and_an_empty_body) {
  Pipe empty("");
  EXPECT_TRUE(empty.transport.read().end_of_input);
  Pipe zero("Content-Length: 0\r\n\r\n");
  const Incoming m = zero.transport.read();
  EXPECT_FALSE(m.end_of_input);
  EXPECT_EQ(m.body, "");
}

TEST(transport_test, a_header_without_content_length_is_dropped) {
  Pipe p("Content-Type: x\r\n\r\n{\"lost\":1}\r\n" + frame("{}"));
  const Incoming m = p.transport.read();
  EXPECT_EQ(m.body, "{}");
  ASSERT_EQ(m.problems.size(), 2u);
  EXPECT_NE(m.problems[0].find("no Content-Length"), std::string::npos);
  EXPECT_NE(m.problems[1].find("skipped 12 bytes"), std::string::npos);
}

TEST(transport_test, an_invalid_content_length_is_dropped_and_the_stream_resyncs) {
  for (const std::string bad : {"abc", "-5", "12x", ""}) {
    Pipe p("Content-Length: " + bad + "\r\n\r\n{\"id\":1}" + frame("{\"id\":2}"));
    const Incoming m = p.transport.read();
    EXPECT_EQ(m.body, "{\"id\":2}") << bad;
    EXPECT_FALSE(m.problems.empty()) << bad;
  }
}

TEST(transport_test, a_header_glued_to_junk_is_found) {
  // A Content-Length that was too short leaves the body's tail before the next header.
  Pipe p("Content-Length: 5\r\n\r\n{\"id\":1}" + frame("{\"id\":2}"));
  EXPECT_EQ(p.transport.read().body, "{\"id\"");
  const Incoming m = p.transport.read();
  EXPECT_EQ(m.body, "{\"id\":2}");
  ASSERT_EQ(m.problems.size(), 1u);
  EXPECT_NE(m.problems[0].find("skipped 3 bytes"), std::string::npos);
}

TEST(transport_test, an_oversized_message_is_skipped_unread) {
  TransportLimits limits;
  limits.max_message_bytes = 16;
  Pipe p(frame(std::string(100, 'x')) + frame("{}"), limits);
  const Incoming m = p.transport.read();
  EXPECT_EQ(m.body, "{}");
  ASSERT_EQ(m.problems.size(), 1u);
  EXPECT_NE(m.problems[0].find("larger than the limit of 16 bytes"), std::string::npos);
}

TEST(transport_test, an_oversized_message_cut_by_the_end_of_input) {
  TransportLimits limits;
  limits.max_message_bytes = 16;
  Pipe p("Content-Length: 99999999999\r\n\r\n{}", limits);
  const Incoming m = p.transport.read();
  EXPECT_TRUE(m.end_of_input);
  EXPECT_EQ(m.problems.size(), 2u);
}

TEST(transport_test, a_truncated_body_at_the_end_of_input) {
  Pipe p(frame("{}") + "Content-Length: 50\r\n\r\n{\"jsonrpc\"");
  EXPECT_EQ(p.transport.read().body, "{}");
  const Incoming m = p.transport.read();
  EXPECT_TRUE(m.end_of_input);
  ASSERT_EQ(m.problems.size(), 1u);
  EXPECT_NE(m.problems[0].find("after 10 of the 50 bytes"), std::string::npos);
}

TEST(transport_test, the_end_of_input_inside_a_header) {
  Pipe p("Content-Length: 5\r\n");
  const Incoming m = p.transport.read();
  EXPECT_TRUE(m.end_of_input);
  ASSERT_EQ(m.problems.size(), 1u);
  EXPECT_NE(m.problems[0].find("inside a message header"), std::string::npos);
}

TEST(transport_test, junk_without_any_header_ends_quietly_at_the_end_of_input) {
  Pipe p("hello\nworld");
  const Incoming m = p.transport.read();
  EXPECT_TRUE(m.end_of_input);
  ASSERT_EQ(m.problems.size(), 1u);
  EXPECT_NE(m.problems[0].find("skipped 11 bytes"), std::string::npos);
}

TEST(transport_test, a_very_long_junk_line_keeps_its_glued_header) {
  TransportLimits limits;
  limits.max_header_line = 64;
  Pipe p(std::string(10000, 'j') + frame("{}"), limits);
  const Incoming m = p.transport.read();
  EXPECT_EQ(m.body, "{}");
  ASSERT_EQ(m.problems.size(), 1u);
  EXPECT_NE(m.problems[0].find("skipped 10000 bytes"), std::string::npos);
}

TEST(transport_test, writes_framed_messages) {
  Pipe p("");
  EXPECT_TRUE(p.transport.write("{\"x\":\"ب\"}"));
  EXPECT_EQ(p.out.str(), "Content-Length: 10\r\n\r\n{\"x\":\"ب\"}");
}

}  // namespace
}  // namespace khulasa::lsp
