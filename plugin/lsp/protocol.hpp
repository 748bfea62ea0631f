// Protocol: JSON-RPC 2.0 messages and the LSP structures the server uses, as JSON.
//
// Incoming bodies become a Message (request, notification or response) or a ready error response;
// outgoing messages are built here; LspError carries a JSON-RPC error code out of a handler.
// Parameter accessors throw LspError(invalid_params) with the path of the bad field, so handlers
// read params in a line each and bad params always answer -32602 with a useful message.
//
// This is the only place besides the handlers that sees nlohmann::json; position numbers come from
// position_map.hpp.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "position_map.hpp"

namespace khulasa::lsp {

using Json = nlohmann::ordered_json;

/// JSON-RPC and LSP error codes.
enum ErrorCode : int {
  kParseError = -32700,
  kInvalidRequest = -32600,
  kMethodNotFound = -32601,
  kInvalidParams = -32602,
  kInternalError = -32603,
  kServerNotInitialized = -32002,
  kRequestFailed = -32803,
  kRequestCancelled = -32800,
  kContentModified = -32801,
};

/// Thrown by handlers; becomes an error response.
class LspError : public std::runtime_error {
 public:
  LspError(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
  [[nodiscard]] int code() const { return code_; }

 private:
  int code_;
};

/// An incoming message.
struct Message {
  enum class Kind : std::uint8_t { request, notification, response };
  Kind kind = Kind::notification;
  Json id;             ///< requests and responses: a number or a string
  std::string method;  ///< requests and notifications
  Json params;         ///< null when absent
  /// Invalid UTF-8 sequences and lone surrogate escapes replaced with U+FFFD in the body.
  std::size_t repaired = 0;
};

/// What a body parses into: a message, or an error response to send at once (-32700 with id null
/// for bad JSON; -32600 for JSON that is no JSON-RPC message).
struct ParsedBody {
  std::optional<Message> message;
  std::optional<std::string> error_response;
  std::string problem;  ///< for the log when error_response is set
};

/// Parses a message body. Bad UTF-8 is repaired (U+FFFD for each maximal bad subpart), lone UTF-16
/// surrogate escapes ("\ud83d" without its partner) become "\ufffd", and nesting deeper than 256
/// arrays or objects is refused as a parse error.
[[nodiscard]] ParsedBody parse_message(std::string body);

/// Serializes a message; UTF-8 is written as is.
[[nodiscard]] std::string to_text(const Json& message);
[[nodiscard]] std::string make_response(const Json& id, Json result);
[[nodiscard]] std::string make_error(const Json& id, int code, std::string_view message);
[[nodiscard]] std::string make_notification(std::string_view method, Json params);
[[nodiscard]] std::string make_request(const Json& id, std::string_view method, Json params);

// --- Parameter accessors: each throws LspError(kInvalidParams) naming `path`. -----------------

/// `object[key]`, which must exist. `path` names the object for messages ("params.position").
const Json& require(const Json& object, std::string_view key, std::string_view path);
/// `object[key]` when `object` is an object holding a non-null `key`, else nullptr.
const Json* find(const Json& object, std::string_view key);
std::string require_string(const Json& object, std::string_view key, std::string_view path);
std::uint32_t require_uint(const Json& object, std::string_view key, std::string_view path);

/// `params.textDocument.uri`.
std::string text_document_uri(const Json& params);
Position parse_position(const Json& value, std::string_view path);
Range parse_range(const Json& value, std::string_view path);

Json to_json(Position position);
Json to_json(Range range);

}  // namespace khulasa::lsp
