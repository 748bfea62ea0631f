// The language server: lifecycle, dispatch, documents and settings, over a Transport.
//
// Two threads. The reader thread reads and parses messages into the inbox as they arrive and never
// waits for analysis (only for room: at most kReadAheadMessages / kReadAheadBytes wait unhandled,
// so memory stays bounded); the loop thread handles them in order. Because the reader runs ahead:
//   - a `$/cancelRequest` marks its request while it waits, and the request answers -32800 unrun;
//   - a request about a document that a queued didChange/didClose is about to change answers
//     -32801 (ContentModified) unrun: its result would be stale before the client got it;
//   - analysis is lazy (a didChange only edits the Document, an incremental re-parse; analyze()
//     runs when a request needs it, once per version), so a burst of edits costs one analysis.
// Analyses of documents of ServerOptions::progress_bytes or more report `$/progress` (the request's
// workDoneToken, else a token the server creates when the client supports window.workDoneProgress).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
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
/// Documents this large or larger report progress while they are analyzed (about 100 ms).
inline constexpr std::size_t kProgressBytes = std::size_t{512} << 10;

struct ServerOptions {
  std::size_t progress_bytes = kProgressBytes;                ///< `--progress-bytes`
  std::size_t max_document_bytes = kDefaultMaxAnalyzedBytes;  ///< `--max-document-bytes`
};

class Server {
 public:
  /// `version` goes into serverInfo. Transport and logger are not owned.
  Server(Transport& transport, Logger& log, std::string version, ServerOptions options = {});

  /// Serves until `exit` or the end of input. Returns the process exit code: 0 when `shutdown`
  /// came before (`exit` or the end of input), 1 otherwise. After `exit` the reader thread may
  /// still be blocked reading input that never ends: it is detached, and the process must end
  /// without destroying the transport (main() calls std::_Exit).
  int run();

  /// Whether run() left its reader thread blocked on input (then end the process with _Exit).
  [[nodiscard]] bool reader_left_behind() const { return reader_left_behind_; }

 private:
  struct Queued {
    std::optional<Message> message;
    std::string error_response;  ///< a ready answer (parse error, invalid request)
    std::size_t bytes = 0;
    std::string uri;         ///< params.textDocument.uri, when there is one
    bool cancelled = false;  ///< a request whose $/cancelRequest came while it waited
  };
  /// What the reader thread hands to the loop. Shared, so a detached reader never outlives it.
  struct Inbox {
    std::mutex mutex;
    std::condition_variable changed;  ///< an item came, room was made, the input ended, or stop
    std::deque<Queued> items;
    std::size_t bytes = 0;
    bool closed = false;    ///< the input ended
    bool stopping = false;  ///< the loop ended: the reader queues nothing more
    /// The reader has queued all the input that was waiting: it waits for more input or for room.
    /// The loop takes the next item only then, so what the client has already sent (a cancel, a
    /// change) is seen before the requests it concerns run.
    bool caught_up = false;
  };
  enum class State : std::uint8_t { uninitialized, running, shut_down };

  void bind_methods();
  /// The reader thread: reads and parses messages into the inbox until the input ends.
  void read_loop(std::shared_ptr<Inbox> inbox);
  /// The next item for the loop (waits for one); nullopt when the input ended and all is handled.
  /// `stale` tells whether a queued didChange/didClose will change the item's document.
  std::optional<Queued> next_item(bool& stale);
  void handle(Queued& item);
  void handle_request(Message& m);
  void handle_notification(Message& m);
  void send(const std::string& text);
  /// For a request about a document whose analysis will take long: a progress token, with
  /// `$/progress` begin sent on it (and window/workDoneProgress/create when the server made it).
  std::optional<Json> begin_progress(const Message& m, const std::string& uri);
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
  /// One window/showMessage per document that grew past the live limit.
  void tell_if_too_large(OpenDocument& doc);
  // Features
  Json semantic_tokens_full(const Json& params);
  Json semantic_tokens_delta(const Json& params);

  Transport& transport_;
  Logger& log_;
  std::string version_;
  ServerOptions options_;
  MethodTable methods_;
  DocumentStore documents_;
  Settings settings_;
  PositionEncoding encoding_ = PositionEncoding::utf16;
  State state_ = State::uninitialized;
  bool refresh_support_ = false;
  bool code_lens_refresh_support_ = false;
  bool progress_support_ = false;  ///< the client announced window.workDoneProgress

  std::shared_ptr<Inbox> inbox_ = std::make_shared<Inbox>();
  std::size_t current_repaired_ = 0;
  bool output_failed_ = false;
  std::optional<int> exit_code_;
  bool reader_left_behind_ = false;
  std::uint64_t next_result_id_ = 1;
  std::uint64_t next_request_id_ = 1;
};

}  // namespace khulasa::lsp
