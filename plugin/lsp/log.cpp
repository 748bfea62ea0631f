#include "log.hpp"

namespace khulasa::lsp {

std::optional<LogLevel> parse_log_level(std::string_view name) {
  if (name == "error") return LogLevel::error;
  if (name == "warn") return LogLevel::warn;
  if (name == "info") return LogLevel::info;
  if (name == "debug") return LogLevel::debug;
  return std::nullopt;
}

void Logger::log(LogLevel level, std::string_view message) {
  if (!enabled(level)) return;
  static constexpr std::string_view kNames[] = {"error", "warn", "info", "debug"};
  const std::lock_guard lock(mutex_);
  out_ << "khulasa-lsp: " << kNames[static_cast<int>(level)] << ": " << message << '\n';
  out_.flush();
}

}  // namespace khulasa::lsp
