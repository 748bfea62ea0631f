#include "method_table.hpp"

namespace khulasa::lsp {

void MethodTable::on_request(std::string method, RequestHandler handler) {
  requests_[std::move(method)] = std::move(handler);
}

void MethodTable::on_notification(std::string method, NotificationHandler handler) {
  notifications_[std::move(method)] = std::move(handler);
}

const RequestHandler* MethodTable::request(std::string_view method) const {
  const auto it = requests_.find(method);
  return it == requests_.end() ? nullptr : &it->second;
}

const NotificationHandler* MethodTable::notification(std::string_view method) const {
  const auto it = notifications_.find(method);
  return it == notifications_.end() ? nullptr : &it->second;
}

}  // namespace khulasa::lsp
