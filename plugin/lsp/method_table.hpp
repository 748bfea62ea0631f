// Method binding: the table from JSON-RPC method names to handlers. The server fills it once
// (Server::bind_methods); dispatch looks methods up here, so the list of what the server answers
// is in one place.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "protocol.hpp"

namespace khulasa::lsp {

/// Answers a request: returns the result, or throws LspError (or any exception: internal error).
using RequestHandler = std::function<Json(const Json& params)>;
/// Handles a notification; exceptions are logged, never answered.
using NotificationHandler = std::function<void(const Json& params)>;

class MethodTable {
 public:
  void on_request(std::string method, RequestHandler handler);
  void on_notification(std::string method, NotificationHandler handler);

  /// The handler of a request method, or nullptr.
  [[nodiscard]] const RequestHandler* request(std::string_view method) const;
  /// The handler of a notification method, or nullptr.
  [[nodiscard]] const NotificationHandler* notification(std::string_view method) const;

 private:
  std::map<std::string, RequestHandler, std::less<>> requests_;
  std::map<std::string, NotificationHandler, std::less<>> notifications_;
};

}  // namespace khulasa::lsp
