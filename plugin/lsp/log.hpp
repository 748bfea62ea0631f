// Logging for the server: one line per event on stderr (never stdout, which carries the protocol).
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <ostream>
#include <string_view>

namespace khulasa::lsp {

enum class LogLevel : std::uint8_t { error, warn, info, debug };

/// "error", "warn", "info", "debug" → the level; anything else → nothing.
[[nodiscard]] std::optional<LogLevel> parse_log_level(std::string_view name);

/// Writes "khulasa-lsp: LEVEL: message" lines at or above a level. Thread-safe: lines
/// from the server's two threads never interleave.
class Logger {
 public:
  Logger(std::ostream& out, LogLevel level) : out_(out), level_(level) {}

  [[nodiscard]] bool enabled(LogLevel level) const { return level <= level_; }
  void log(LogLevel level, std::string_view message);
  void error(std::string_view message) { log(LogLevel::error, message); }
  void warn(std::string_view message) { log(LogLevel::warn, message); }
  void info(std::string_view message) { log(LogLevel::info, message); }
  void debug(std::string_view message) { log(LogLevel::debug, message); }

 private:
  std::ostream& out_;
  LogLevel level_;
  std::mutex mutex_;
};

}  // namespace khulasa::lsp
