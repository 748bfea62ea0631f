// Messages (plugin/lsp/protocol.*), settings and the bidi isolates of hover text.
#include "protocol.hpp"

#include <gtest/gtest.h>

#include "bidi.hpp"
#include "settings.hpp"

namespace khulasa::lsp {
namespace {

Json error_of(const ParsedBody& p) {
  EXPECT_TRUE(p.error_response.has_value());
  return p.error_response ? Json::parse(*p.error_response) : Json();
}

TEST(protocol_test, classifies_messages) {
  ParsedBody p =
      parse_message(R"({"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{}})");
  ASSERT_TRUE(p.message);
  EXPECT_EQ(p.message->kind, Message::Kind::request);
  EXPECT_EQ(p.message->id, 3);
  p = parse_message(R"({"jsonrpc":"2.0","method":"initialized"})");
  ASSERT_TRUE(p.message);
  EXPECT_EQ(p.message->kind, Message::Kind::notification);
  EXPECT_TRUE(p.message->params.is_null());
  p = parse_message(R"({"jsonrpc":"2.0","id":"k1","result":null})");
  ASSERT_TRUE(p.message);
  EXPECT_EQ(p.message->kind, Message::Kind::response);
}

TEST(protocol_test, malformed_json_is_a_parse_error_with_id_null) {
  const Json e = error_of(parse_message(R"({"jsonrpc":"2.0","id":1,"method":)"));
  EXPECT_EQ(e["id"], nullptr);
  EXPECT_EQ(e["error"]["code"], kParseError);
}

TEST(protocol_test, invalid_requests) {
  EXPECT_EQ(error_of(parse_message("[1,2]"))["error"]["code"], kInvalidRequest);
  EXPECT_EQ(error_of(parse_message(R"({"jsonrpc":"2.0","id":{},"method":"x"})"))["id"], nullptr);
  const Json e = error_of(parse_message(R"({"jsonrpc":"1.0","id":7,"method":"x"})"));
  EXPECT_EQ(e["id"], 7);
  EXPECT_EQ(e["error"]["code"], kInvalidRequest);
  EXPECT_EQ(error_of(parse_message(R"({"jsonrpc":"2.0","id":1,"method":"x","params":5})"))["id"],
            1);
  // An invalid notification is only logged.
  const ParsedBody n = parse_message(R"({"jsonrpc":"1.0","method":"x"})");
  EXPECT_FALSE(n.message);
  EXPECT_FALSE(n.error_response);
  EXPECT_FALSE(n.problem.empty());
}

TEST(protocol_test, repairs_bad_utf8_and_lone_surrogates) {
  std::string body = "{\"jsonrpc\":\"2.0\",\"method\":\"m\",\"params\":{\"t\":\"a\xFF\xC3z\"}}";
  ParsedBody p = parse_message(body);
  ASSERT_TRUE(p.message) << p.problem;
  EXPECT_EQ(p.message->repaired, 2u);
  EXPECT_EQ(p.message->params["t"], "a\uFFFD\uFFFDz");
  p = parse_message(
      R"({"jsonrpc":"2.0","method":"m","params":{"t":"\ud83d x \ude00 \ud83d\ude00 \\ud83d"}})");
  ASSERT_TRUE(p.message) << p.problem;
  EXPECT_EQ(p.message->repaired, 2u);
  EXPECT_EQ(p.message->params["t"], "\uFFFD x \uFFFD 😀 \\ud83d");
}

TEST(protocol_test, refuses_deep_nesting) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(error_of(parse_message(deep))["error"]["code"], kParseError);
}

TEST(protocol_test, parameter_errors_name_the_field) {
  const Json params =
      Json::parse(R"({"textDocument":{"uri":"file:///a"},"position":{"line":-1,"character":0}})");
  EXPECT_EQ(text_document_uri(params), "file:///a");
  try {
    (void)parse_position(params["position"], "params.position");
    FAIL();
  } catch (const LspError& e) {
    EXPECT_EQ(e.code(), kInvalidParams);
    EXPECT_STREQ(e.what(), "params.position.line must be a non-negative integer");
  }
  EXPECT_THROW((void)text_document_uri(Json::object()), LspError);
  // Huge numbers clamp (positions past the end are clamped later).
  EXPECT_EQ(parse_position(Json::parse(R"({"line":99999999999,"character":1})"), "p").line,
            UINT32_MAX);
}

TEST(settings_test, accepts_nested_and_dotted_keys) {
  Settings s;
  SettingsChange c = apply_settings(s, Json::parse(R"({"khulasa":{"ui":{"language":"ar"}}})"));
  EXPECT_EQ(s.language, UiLanguage::ar);
  EXPECT_TRUE(c.warnings.empty());
  c = apply_settings(
      s,
      Json::parse(R"({"khulasa.highlight.kinds":["person","quote"],"summary":{"sentences":5}})"));
  EXPECT_TRUE(c.highlight_changed);
  EXPECT_TRUE(s.highlight[0]);
  EXPECT_FALSE(s.highlight[1]);
  EXPECT_TRUE(s.highlight[kQuoteTokenType]);
  EXPECT_EQ(s.summary_sentences, 5u);
  c = apply_settings(
      s,
      Json::parse(R"({"khulasa":{"ui":{"language":"fr"},"summary":{"sentences":0},"other":1}})"));
  EXPECT_EQ(c.warnings.size(), 2u);
  EXPECT_EQ(c.ignored.size(), 1u);
  EXPECT_EQ(s.language, UiLanguage::ar);
  EXPECT_EQ(s.summary_sentences, 5u);
  c = apply_settings(s, Json::parse(R"({"khulasa":{"highlight":{"kinds":["people"]}}})"));
  EXPECT_EQ(c.warnings.size(), 1u);
  EXPECT_FALSE(c.highlight_changed);
}

TEST(bidi_test, isolates_latin_runs_inside_arabic) {
  EXPECT_EQ(isolate_latin_runs("شريكها Samsung SDI الكوري"),
            "شريكها \u2068Samsung SDI\u2069 الكوري");
  EXPECT_EQ(isolate_latin_runs("قال Dr. Omar Haddad، إن"), "قال \u2068Dr. Omar Haddad\u2069، إن");
  EXPECT_EQ(isolate_latin_runs("Samsung SDI"), "Samsung SDI");
  EXPECT_EQ(isolate_latin_runs("خالد"), "خالد");
  EXPECT_EQ(isolate("USD 5"), "\u2068USD 5\u2069");
}

}  // namespace
}  // namespace khulasa::lsp
