// The language server: lifecycle, dispatch, documents and settings, over a Transport.
//
// One thread. Messages are read into a queue before they are handled: whatever input is already
// waiting is read ahead (at most kReadAheadMessages / kReadAheadBytes), so a `$/cancelRequest`
// that arrived behind its request is seen first and the request answers -32800 without being run.
// Analysis is lazy: a didChange only edits the Document (incremental re-parse), and analyze()
// runs when a request needs it, once per version, so a burst of edits costs one analysis.
// (A reader thread that never waits for analysis is the next step; see the issue.)
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "documents.hpp"
#include "log.hpp"
#include "method_table.hpp"
#include "protocol.hpp"
#include "settings.hpp"
#include "transport.hpp"

namespace khulasa::lsp {

inline constexpr std::size_t kReadAheadMessages = 256;
inline constexpr std::size_t kReadAheadBytes = std::size_t{64} << 20;

class Server {
 public:
  /// `version` goes into serverInfo. Transport and logger are not owned.
  Server(Transport& transport, Logger& log, std::string version);

  /// Serves until `exit` or the end of input. Returns the process exit code: 0 when `shutdown`
  /// came before (`exit` or the end of input), 1 otherwise.
  int run();

 private:
  struct Queued {
    std::optional<Message> message;
    std::string error_response;  ///< a ready answer (parse error, invalid request)
    std::size_t bytes = 0;
  };
  enum class State : std::uint8_t { uninitialized, running, shut_down };

  void bind_methods();
  /// Reads one message into the queue; false at the end of input.
  bool read_one();
  void handle(Queued& item);
  void handle_request(Message& m);
  void handle_notification(Message& m);
  void send(const std::string& text);
  /// window/logMessage to the client (and the same line to the log).
  void show_log(int type, const std::string& message);

  OpenDocument& document_for(const Json& params);
  Position position_param(const Json& params) const;

  // Lifecycle
  Json initialize(const Json& params);
  void apply_settings_from(const Json& value, std::string_view source);
  // Documents
  void did_open(const Json& params);
  void did_change(const Json& params);
  void did_close(const Json& params);
  // Features
  Json semantic_tokens_full(const Json& params);
  Json semantic_tokens_delta(const Json& params);

  Transport& transport_;
  Logger& log_;
  std::string version_;
  MethodTable methods_;
  DocumentStore documents_;
  Settings settings_;
  PositionEncoding encoding_ = PositionEncoding::utf16;
  State state_ = State::uninitialized;
  bool refresh_support_ = false;

  std::deque<Queued> queue_;
  std::size_t queued_bytes_ = 0;
  std::vector<Json> cancelled_;  ///< ids of queued requests that were cancelled
  std::size_t current_repaired_ = 0;
  bool input_closed_ = false;
  bool output_failed_ = false;
  std::optional<int> exit_code_;
  std::uint64_t next_result_id_ = 1;
  std::uint64_t next_request_id_ = 1;
};

}  // namespace khulasa::lsp
