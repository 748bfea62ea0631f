#include "protocol.hpp"

#include <limits>

#include "khulasa/utf8.hpp"

namespace khulasa::lsp {
namespace {

constexpr int kMaxNesting = 256;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// The code unit of the escape "\uXXXX" whose 'u' is at `at`, or -1 when it is not one.
long escape_at(const std::string& s, std::size_t at) {
  if (at + 4 >= s.size() || s[at] != 'u') return -1;
  long v = 0;
  for (std::size_t k = 1; k <= 4; ++k) {
    const int h = hex_value(s[at + k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

/// Rewrites lone surrogate escapes in JSON strings as "\uFFFD" (same length, in place) and checks
/// nesting. Returns the number of escapes rewritten, or nothing when the nesting is too deep.
std::optional<std::size_t> repair_escapes(std::string& s) {
  std::size_t repaired = 0;
  bool in_string = false;
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (!in_string) {
      if (c == '"') in_string = true;
      if (c == '[' || c == '{') {
        if (++depth > kMaxNesting) return std::nullopt;
      }
      if (c == ']' || c == '}') --depth;
      continue;
    }
    if (c == '"') {
      in_string = false;
    } else if (c == '\\' && i + 1 < s.size()) {
      const long unit = escape_at(s, i + 1);
      if (unit < 0) {
        ++i;  // "\n", "\"", "\\", or a bad escape the parser will report
        continue;
      }
      const bool high = unit >= 0xD800 && unit <= 0xDBFF;
      const bool low = unit >= 0xDC00 && unit <= 0xDFFF;
      if (high && i + 11 < s.size() && s[i + 6] == '\\') {
        const long next = escape_at(s, i + 7);
        if (next >= 0xDC00 && next <= 0xDFFF) {
          i += 11;  // a proper pair
          continue;
        }
      }
      if (high || low) {
        s.replace(i + 2, 4, "FFFD");
        ++repaired;
      }
      i += 5;
    }
  }
  return repaired;
}

std::string path_of(std::string_view path, std::string_view key) {
  std::string out(path);
  if (!out.empty()) out += '.';
  out += key;
  return out;
}

}  // namespace

ParsedBody parse_message(std::string body) {
  ParsedBody out;
  std::size_t repaired = 0;
  if (find_utf8_error(body, /*allow_nul=*/true)) {
    DecodeResult decoded =
        decode_text(std::move(body), DecodeOptions{.lenient = true, .allow_nul = true});
    repaired += decoded.text->repaired;
    body = std::move(decoded.text->text);
  }
  const std::optional<std::size_t> escapes = repair_escapes(body);
  if (!escapes) {
    out.problem = "a message nested deeper than " + std::to_string(kMaxNesting) + " levels";
    out.error_response = make_error(nullptr, kParseError, "Parse error: " + out.problem);
    return out;
  }
  repaired += *escapes;
  Json j;
  try {
    j = Json::parse(body);
  } catch (const Json::exception& e) {
    out.problem = std::string("malformed JSON: ") + e.what();
    out.error_response = make_error(nullptr, kParseError, "Parse error: " + std::string(e.what()));
    return out;
  }
  const auto invalid = [&](const Json& id, const std::string& why) {
    out.problem = "invalid JSON-RPC message: " + why;
    // Notifications get no answer; requests and unidentifiable messages do (id null).
    if (!(j.is_object() && j.contains("method") && !j.contains("id"))) {
      out.error_response = make_error(id, kInvalidRequest, "Invalid request: " + why);
    }
    return out;
  };
  if (!j.is_object()) return invalid(nullptr, "not a JSON object");
  Json id = nullptr;
  if (const auto it = j.find("id"); it != j.end()) {
    if (!it->is_number_integer() && !it->is_string() && !it->is_null()) {
      return invalid(nullptr, "the id must be a number or a string");
    }
    id = *it;
  }
  if (const auto it = j.find("jsonrpc"); it == j.end() || *it != "2.0") {
    return invalid(id, "\"jsonrpc\" must be \"2.0\"");
  }
  Message m;
  m.repaired = repaired;
  m.id = id;
  if (const auto it = j.find("method"); it != j.end()) {
    if (!it->is_string()) return invalid(id, "the method must be a string");
    m.method = it->get<std::string>();
    m.kind = j.contains("id") ? Message::Kind::request : Message::Kind::notification;
    if (const auto p = j.find("params"); p != j.end()) {
      if (!p->is_object() && !p->is_array() && !p->is_null()) {
        return invalid(id, "params must be an object or an array");
      }
      m.params = std::move(*p);
    }
  } else if (j.contains("result") || j.contains("error")) {
    m.kind = Message::Kind::response;
    if (const auto e = j.find("error"); e != j.end()) m.params = std::move(*e);
  } else {
    return invalid(id, "neither a method nor a result");
  }
  out.message = std::move(m);
  return out;
}

std::string to_text(const Json& message) {
  return message.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string make_response(const Json& id, Json result) {
  return to_text(Json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

std::string make_error(const Json& id, int code, std::string_view message) {
  return to_text(Json{{"jsonrpc", "2.0"},
                      {"id", id},
                      {"error", Json{{"code", code}, {"message", std::string(message)}}}});
}

std::string make_notification(std::string_view method, Json params) {
  return to_text(
      Json{{"jsonrpc", "2.0"}, {"method", std::string(method)}, {"params", std::move(params)}});
}

std::string make_request(const Json& id, std::string_view method, Json params) {
  Json j{{"jsonrpc", "2.0"}, {"id", id}, {"method", std::string(method)}};
  if (!params.is_null()) j["params"] = std::move(params);
  return to_text(j);
}

const Json* find(const Json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return nullptr;
  return &*it;
}

const Json& require(const Json& object, std::string_view key, std::string_view path) {
  if (!object.is_object()) {
    throw LspError(kInvalidParams,
                   std::string(path.empty() ? "params" : path) + " must be an object");
  }
  const Json* value = find(object, key);
  if (value == nullptr) throw LspError(kInvalidParams, "missing " + path_of(path, key));
  return *value;
}

std::string require_string(const Json& object, std::string_view key, std::string_view path) {
  const Json& v = require(object, key, path);
  if (!v.is_string()) throw LspError(kInvalidParams, path_of(path, key) + " must be a string");
  return v.get<std::string>();
}

std::uint32_t require_uint(const Json& object, std::string_view key, std::string_view path) {
  const Json& v = require(object, key, path);
  if (v.is_number_unsigned()) {
    // Past the end of a line or of the document is clamped later; keep huge numbers huge.
    const auto u = v.get<std::uint64_t>();
    return static_cast<std::uint32_t>(
        std::min<std::uint64_t>(u, std::numeric_limits<std::uint32_t>::max()));
  }
  throw LspError(kInvalidParams, path_of(path, key) + " must be a non-negative integer");
}

std::string text_document_uri(const Json& params) {
  const Json& doc = require(params, "textDocument", "params");
  return require_string(doc, "uri", "params.textDocument");
}

Position parse_position(const Json& value, std::string_view path) {
  if (!value.is_object()) throw LspError(kInvalidParams, std::string(path) + " must be an object");
  return Position{require_uint(value, "line", path), require_uint(value, "character", path)};
}

Range parse_range(const Json& value, std::string_view path) {
  if (!value.is_object()) throw LspError(kInvalidParams, std::string(path) + " must be an object");
  return Range{parse_position(require(value, "start", path), path_of(path, "start")),
               parse_position(require(value, "end", path), path_of(path, "end"))};
}

Json to_json(Position position) {
  return Json{{"line", position.line}, {"character", position.character}};
}

Json to_json(Range range) {
  return Json{{"start", to_json(range.start)}, {"end", to_json(range.end)}};
}

}  // namespace khulasa::lsp
