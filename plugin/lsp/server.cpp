#include "server.hpp"

#include <algorithm>
#include <thread>

#include "features.hpp"
#include "semantic_tokens.hpp"

namespace khulasa::lsp {
namespace {

// MessageType of window/logMessage.
constexpr int kMessageWarning = 2;

/// "640 KB", "16 MB": a size for people.
std::string size_text(std::size_t bytes) {
  return bytes >= (std::size_t{1} << 20) ? std::to_string(bytes >> 20) + " MB"
                                         : std::to_string((bytes + 1023) >> 10) + " KB";
}

std::string id_text(const Json& id) {
  return id.dump();
}

/// params.textDocument.uri, or "" when the params have none.
std::string document_uri_of(const Json& params) {
  const Json* doc = find(params, "textDocument");
  const Json* uri = doc != nullptr && doc->is_object() ? find(*doc, "uri") : nullptr;
  return uri != nullptr && uri->is_string() ? uri->get<std::string>() : std::string();
}

}  // namespace

Server::Server(Transport& transport, Logger& log, std::string version, ServerOptions options)
    : transport_(transport), log_(log), version_(std::move(version)), options_(options) {
  documents_.set_max_analyzed_bytes(options_.max_document_bytes);
  bind_methods();
}

// The method table: every method the server answers, in one place.
void Server::bind_methods() {
  MethodTable& m = methods_;
  m.on_request("initialize", [this](const Json& p) { return initialize(p); });
  m.on_request("shutdown", [this](const Json&) {
    state_ = State::shut_down;
    return Json(nullptr);
  });
  m.on_notification("initialized", [this](const Json&) { log_.info("client initialized"); });
  m.on_notification("exit",
                    [this](const Json&) { exit_code_ = state_ == State::shut_down ? 0 : 1; });
  m.on_notification("workspace/didChangeConfiguration", [this](const Json& p) {
    apply_settings_from(p.is_object() && p.contains("settings") ? p["settings"] : Json(nullptr),
                        "workspace/didChangeConfiguration");
  });
  m.on_notification("textDocument/didOpen", [this](const Json& p) { did_open(p); });
  m.on_notification("textDocument/didChange", [this](const Json& p) { did_change(p); });
  m.on_notification("textDocument/didClose", [this](const Json& p) { did_close(p); });
  m.on_notification("textDocument/didSave", [](const Json&) {});

  m.on_request("textDocument/hover", [this](const Json& p) {
    return hover(document_for(p), position_param(p), encoding_, settings_);
  });
  m.on_request("textDocument/documentHighlight", [this](const Json& p) {
    return document_highlight(document_for(p), position_param(p), encoding_);
  });
  m.on_request("textDocument/semanticTokens/full",
               [this](const Json& p) { return semantic_tokens_full(p); });
  m.on_request("textDocument/semanticTokens/full/delta",
               [this](const Json& p) { return semantic_tokens_delta(p); });
  m.on_request("textDocument/documentSymbol", [this](const Json& p) {
    return document_symbols(document_for(p), encoding_, settings_);
  });
  m.on_request("textDocument/foldingRange",
               [this](const Json& p) { return folding_ranges(document_for(p), encoding_); });
  m.on_request("textDocument/codeLens", [this](const Json& p) {
    return code_lenses(document_for(p), encoding_, settings_);
  });
  m.on_request("khulasa/facts", [this](const Json& p) {
    OpenDocument& doc = document_for(p);
    std::optional<std::size_t> limit;
    if (find(p, "limit") != nullptr) limit = require_uint(p, "limit", "params");
    return key_facts(doc, encoding_, limit);
  });
  m.on_request("khulasa/summary", [this](const Json& p) {
    OpenDocument& doc = document_for(p);
    std::optional<std::uint32_t> sentences;
    if (find(p, "sentences") != nullptr) {
      sentences = require_uint(p, "sentences", "params");
      if (*sentences < 1 || *sentences > 20) {
        throw LspError(kInvalidParams, "params.sentences must be an integer from 1 to 20");
      }
    }
    std::optional<UiLanguage> language;
    if (const Json* lang = find(p, "lang")) {
      if (*lang != "ar" && *lang != "en") {
        throw LspError(kInvalidParams, "params.lang must be \"ar\" or \"en\"");
      }
      language = *lang == "ar" ? UiLanguage::ar : UiLanguage::en;
    }
    if (doc.too_large()) {
      throw LspError(kRequestFailed, "the document is larger than the " +
                                         size_text(doc.max_analyzed_bytes()) +
                                         " analyzed live: run `khulasa summarize` on the file");
    }
    return summary(doc, encoding_, settings_, sentences, language);
  });
  m.on_request("khulasa/mentions", [this](const Json& p) {
    return mentions(document_for(p), encoding_, settings_.language);
  });
}

// ---------------------------------------------------------------------------------------------
// The loop

int Server::run() {
  std::thread reader([this, inbox = inbox_] { read_loop(inbox); });
  while (!exit_code_ && !output_failed_) {
    bool stale = false;
    std::optional<Queued> item = next_item(stale);
    if (!item) break;
    if (item->message && item->message->kind == Message::Kind::request) {
      const Message& m = *item->message;
      if (item->cancelled) {
        send(make_error(m.id, kRequestCancelled, "Request cancelled: " + m.method));
        continue;
      }
      // (A document that is not open gets its own error from the handler, -32602.)
      if (stale && state_ == State::running && documents_.find(item->uri) != nullptr) {
        log_.debug("request " + id_text(m.id) + " " + m.method + ": the document changes next");
        send(make_error(m.id, kContentModified,
                        "The document changed before " + m.method + " ran: ask again"));
        continue;
      }
    }
    handle(*item);
  }
  bool reader_done = false;
  {
    const std::lock_guard lock(inbox_->mutex);
    inbox_->stopping = true;
    reader_done = inbox_->closed;
  }
  inbox_->changed.notify_all();
  // A reader still blocked on input that goes on (the client sent `exit` and keeps its end
  // open) is left behind; it touches only the shared inbox and the transport (see run()'s doc).
  if (reader_done) {
    reader.join();
  } else {
    reader.detach();
    reader_left_behind_ = true;
  }
  if (output_failed_) {
    log_.error("the client closed the output; stopping");
    return 1;
  }
  if (exit_code_) return *exit_code_;
  log_.info("the input ended");
  return state_ == State::shut_down ? 0 : 1;
}

void Server::read_loop(std::shared_ptr<Inbox> inbox) {
  for (;;) {
    if (!transport_.input_ready()) {
      {
        const std::lock_guard lock(inbox->mutex);
        inbox->caught_up = true;
      }
      inbox->changed.notify_all();
    }
    Incoming in = transport_.read();
    {
      const std::lock_guard lock(inbox->mutex);
      inbox->caught_up = false;
    }
    for (const std::string& p : in.problems) log_.warn(p);
    if (in.end_of_input) {
      {
        const std::lock_guard lock(inbox->mutex);
        inbox->closed = true;
      }
      inbox->changed.notify_all();
      return;
    }
    Queued item;
    item.bytes = in.body.size();
    ParsedBody parsed = parse_message(std::move(in.body));
    if (!parsed.problem.empty()) log_.warn(parsed.problem);
    if (parsed.error_response) item.error_response = std::move(*parsed.error_response);
    if (parsed.message) {
      Message& m = *parsed.message;
      if (m.kind == Message::Kind::notification && m.method == "$/cancelRequest") {
        // Handled on arrival: mark the request if it is still waiting.
        const Json* id = find(m.params, "id");
        bool waiting = false;
        if (id != nullptr) {
          const std::lock_guard lock(inbox->mutex);
          for (Queued& q : inbox->items) {
            if (q.message && q.message->kind == Message::Kind::request && q.message->id == *id) {
              q.cancelled = waiting = true;
            }
          }
        }
        log_.debug(std::string("cancel ") + (id ? id_text(*id) : "(no id)") +
                   (waiting ? "" : ": not waiting, nothing to do"));
        continue;
      }
      item.uri = document_uri_of(m.params);
      item.message = std::move(m);
    }
    if (!item.message && item.error_response.empty()) continue;
    std::unique_lock lock(inbox->mutex);
    // Bounded: wait for room while the loop handles what came before (one item always fits).
    const auto room = [&] {
      return inbox->items.empty() || (inbox->items.size() < kReadAheadMessages &&
                                      inbox->bytes + item.bytes <= kReadAheadBytes);
    };
    if (!room()) {
      inbox->caught_up = true;
      inbox->changed.notify_all();
      inbox->changed.wait(lock, [&] { return inbox->stopping || room(); });
      inbox->caught_up = false;
    }
    if (inbox->stopping) return;
    inbox->bytes += item.bytes;
    inbox->items.push_back(std::move(item));
    lock.unlock();
    inbox->changed.notify_all();
  }
}

std::optional<Server::Queued> Server::next_item(bool& stale) {
  std::unique_lock lock(inbox_->mutex);
  inbox_->changed.wait(
      lock, [&] { return inbox_->closed || (!inbox_->items.empty() && inbox_->caught_up); });
  if (inbox_->items.empty()) return std::nullopt;
  Queued item = std::move(inbox_->items.front());
  inbox_->items.pop_front();
  inbox_->bytes -= item.bytes;
  stale = !item.uri.empty() &&
          std::any_of(inbox_->items.begin(), inbox_->items.end(), [&](const Queued& q) {
            return q.uri == item.uri && q.message &&
                   (q.message->method == "textDocument/didChange" ||
                    q.message->method == "textDocument/didClose");
          });
  lock.unlock();
  inbox_->changed.notify_all();
  return item;
}

void Server::handle(Queued& item) {
  if (!item.error_response.empty()) {
    send(item.error_response);
    return;
  }
  Message& m = *item.message;
  switch (m.kind) {
    case Message::Kind::request:
      handle_request(m);
      break;
    case Message::Kind::notification:
      handle_notification(m);
      break;
    case Message::Kind::response:
      log_.debug("the client answered request " + id_text(m.id));
      break;
  }
}

void Server::handle_request(Message& m) {
  if (state_ == State::uninitialized && m.method != "initialize") {
    send(make_error(m.id, kServerNotInitialized, "The server is not initialized: " + m.method));
    return;
  }
  if (state_ != State::uninitialized && m.method == "initialize") {
    send(make_error(m.id, kInvalidRequest, "initialize was already received"));
    return;
  }
  if (state_ == State::shut_down) {
    send(make_error(m.id, kInvalidRequest, "The server is shutting down: " + m.method));
    return;
  }
  const RequestHandler* handler = methods_.request(m.method);
  if (handler == nullptr) {
    log_.info("unknown request " + m.method);
    send(make_error(m.id, kMethodNotFound, "Method not found: " + m.method));
    return;
  }
  log_.debug("request " + id_text(m.id) + " " + m.method);
  current_repaired_ = m.repaired;
  // Progress for a long analysis: begun before the handler runs it, ended after.
  const std::optional<Json> progress = begin_progress(m, document_uri_of(m.params));
  struct EndProgress {
    Server& server;
    const std::optional<Json>& token;
    ~EndProgress() {
      if (token) {
        server.send(make_notification("$/progress",
                                      Json{{"token", *token}, {"value", Json{{"kind", "end"}}}}));
      }
    }
  } end_progress{*this, progress};
  try {
    send(make_response(m.id, (*handler)(m.params)));
  } catch (const LspError& e) {
    log_.info(m.method + ": " + e.what());
    send(make_error(m.id, e.code(), e.what()));
  } catch (const std::exception& e) {
    log_.error(m.method + ": internal error: " + e.what());
    send(make_error(m.id, kInternalError, std::string("Internal error: ") + e.what()));
  }
}

void Server::handle_notification(Message& m) {
  if (m.method == "exit" || state_ == State::running) {
    const NotificationHandler* handler = methods_.notification(m.method);
    if (handler == nullptr) {
      // "$/" notifications are optional by the specification; others are logged.
      if (m.method.starts_with("$/")) {
        log_.debug("ignored notification " + m.method);
      } else {
        log_.info("ignored unknown notification " + m.method);
      }
      return;
    }
    log_.debug("notification " + m.method);
    current_repaired_ = m.repaired;
    try {
      (*handler)(m.params);
    } catch (const std::exception& e) {
      log_.warn(m.method + ": " + e.what());
    }
    return;
  }
  log_.info("dropped notification " + m.method +
            (state_ == State::uninitialized ? " (not initialized)" : " (shutting down)"));
}

std::optional<Json> Server::begin_progress(const Message& m, const std::string& uri) {
  if (uri.empty()) return std::nullopt;
  OpenDocument* doc = documents_.find(uri);
  if (doc == nullptr || doc->has_analysis() || doc->too_large() ||
      doc->text().size() < options_.progress_bytes) {
    return std::nullopt;
  }
  Json token;
  if (const Json* given = find(m.params, "workDoneToken");
      given != nullptr && (given->is_string() || given->is_number_integer())) {
    token = *given;
  } else if (progress_support_) {
    // Messages reach the client in order: it has the token before the first $/progress.
    token = "khulasa-analysis-" + std::to_string(next_request_id_);
    send(make_request("khulasa-" + std::to_string(next_request_id_++),
                      "window/workDoneProgress/create", Json{{"token", token}}));
  } else {
    return std::nullopt;
  }
  send(make_notification(
      "$/progress", Json{{"token", token},
                         {"value", Json{{"kind", "begin"},
                                        {"title", "Khulasa"},
                                        {"message", "analysing " + size_text(doc->text().size())},
                                        {"cancellable", false}}}}));
  return token;
}

void Server::send(const std::string& text) {
  if (output_failed_) return;
  if (!transport_.write(text)) output_failed_ = true;
}

void Server::show_log(int type, const std::string& message) {
  log_.warn(message);
  send(make_notification("window/logMessage", Json{{"type", type}, {"message", message}}));
}

// ---------------------------------------------------------------------------------------------
// Lifecycle and settings

Json Server::initialize(const Json& params) {
  if (!params.is_object()) throw LspError(kInvalidParams, "params must be an object");
  encoding_ = PositionEncoding::utf16;
  if (const Json* caps = find(params, "capabilities")) {
    const Json* general = find(*caps, "general");
    const Json* encodings = general ? find(*general, "positionEncodings") : nullptr;
    if (encodings != nullptr && encodings->is_array()) {
      for (const Json& e : *encodings) {
        if (e == "utf-8") encoding_ = PositionEncoding::utf8;
      }
    }
    const Json* workspace = find(*caps, "workspace");
    const Json* tokens = workspace ? find(*workspace, "semanticTokens") : nullptr;
    const Json* refresh = tokens ? find(*tokens, "refreshSupport") : nullptr;
    refresh_support_ = refresh != nullptr && *refresh == true;
    const Json* lenses = workspace ? find(*workspace, "codeLens") : nullptr;
    const Json* lens_refresh = lenses ? find(*lenses, "refreshSupport") : nullptr;
    code_lens_refresh_support_ = lens_refresh != nullptr && *lens_refresh == true;
    const Json* window = find(*caps, "window");
    const Json* progress = window ? find(*window, "workDoneProgress") : nullptr;
    progress_support_ = progress != nullptr && *progress == true;
  }
  if (const Json* client = find(params, "clientInfo"); client && client->is_object()) {
    log_.info("client: " + client->value("name", std::string("?")) + " " +
              client->value("version", std::string()));
  }
  if (const Json* options = find(params, "initializationOptions")) {
    apply_settings_from(*options, "initializationOptions");
  }
  state_ = State::running;
  log_.info("position encoding: " + std::string(to_string(encoding_)));

  Json token_types = Json::array();
  for (const std::string& t : token_type_names()) token_types.push_back(t);
  Json token_modifiers = Json::array();
  for (const std::string& t : token_modifier_names()) token_modifiers.push_back(t);
  Json capabilities{
      {"positionEncoding", std::string(to_string(encoding_))},
      {"textDocumentSync", Json{{"openClose", true}, {"change", 2}}},
      {"hoverProvider", true},
      {"documentHighlightProvider", true},
      {"semanticTokensProvider",
       Json{{"legend", Json{{"tokenTypes", token_types}, {"tokenModifiers", token_modifiers}}},
            {"full", Json{{"delta", true}}},
            {"range", false}}},
      {"documentSymbolProvider", true},
      {"foldingRangeProvider", true},
      {"codeLensProvider", Json{{"resolveProvider", false}}},
      {"experimental",
       Json{{"khulasa", Json{{"facts", true}, {"summary", true}, {"mentions", true}}}}},
  };
  return Json{{"capabilities", std::move(capabilities)},
              {"serverInfo", Json{{"name", "khulasa-lsp"}, {"version", version_}}}};
}

void Server::apply_settings_from(const Json& value, std::string_view source) {
  const SettingsChange change = apply_settings(settings_, value);
  for (const std::string& w : change.warnings) show_log(kMessageWarning, w);
  for (const std::string& k : change.ignored) {
    log_.debug(std::string(source) + ": ignored setting " + k);
  }
  // Highlights are pulled: ask the client to pull again when what they show changed.
  if (change.highlight_changed && refresh_support_ && state_ == State::running) {
    send(make_request("khulasa-" + std::to_string(next_request_id_++),
                      "workspace/semanticTokens/refresh", nullptr));
  }
  // The lens title is in the UI language: ask for the lenses again when it changed.
  if (change.language_changed && code_lens_refresh_support_ && state_ == State::running) {
    send(make_request("khulasa-" + std::to_string(next_request_id_++), "workspace/codeLens/refresh",
                      nullptr));
  }
}

// ---------------------------------------------------------------------------------------------
// Documents

OpenDocument& Server::document_for(const Json& params) {
  const std::string uri = text_document_uri(params);
  OpenDocument* doc = documents_.find(uri);
  if (doc == nullptr) throw LspError(kInvalidParams, "the document is not open: " + uri);
  return *doc;
}

Position Server::position_param(const Json& params) const {
  return parse_position(require(params, "position", "params"), "params.position");
}

void Server::did_open(const Json& params) {
  const Json& doc = require(params, "textDocument", "params");
  const std::string uri = require_string(doc, "uri", "params.textDocument");
  std::string text = require_string(doc, "text", "params.textDocument");
  std::string language = doc.value("languageId", std::string());
  const Json* version = find(doc, "version");
  const std::int64_t v = version && version->is_number_integer() ? version->get<std::int64_t>() : 0;
  OpenDocument& opened = documents_.open(uri, std::move(language), v, std::move(text));
  log_.info("opened " + uri);
  tell_if_too_large(opened);
  if (current_repaired_ > 0) {
    show_log(kMessageWarning, uri + ": " + std::to_string(current_repaired_) +
                                  " invalid UTF-8 sequence(s) replaced with U+FFFD");
  }
}

void Server::tell_if_too_large(OpenDocument& doc) {
  if (!doc.too_large() || doc.told_too_large) return;
  doc.told_too_large = true;
  const std::string message =
      "Khulasa: " + doc.uri() + " has " + size_text(doc.text().size()) + ", more than the " +
      size_text(doc.max_analyzed_bytes()) +
      " the editor analyzes live; no highlights or summary here. Run `khulasa summarize` on "
      "the file instead.";
  log_.warn(message);
  send(make_notification("window/showMessage",
                         Json{{"type", kMessageWarning}, {"message", message}}));
}

void Server::did_change(const Json& params) {
  const Json& identifier = require(params, "textDocument", "params");
  const std::string uri = require_string(identifier, "uri", "params.textDocument");
  OpenDocument* doc = documents_.find(uri);
  if (doc == nullptr) {
    log_.warn("didChange for a document that is not open: " + uri);
    return;
  }
  const Json* version = find(identifier, "version");
  if (version != nullptr && version->is_number_integer()) {
    const auto v = version->get<std::int64_t>();
    if (v <= doc->version()) {
      log_.warn("ignored a change of " + uri + " to version " + std::to_string(v) +
                ", not newer than " + std::to_string(doc->version()));
      return;
    }
  }
  // Read every change before applying any, so a bad one leaves the document as it was.
  const Json& changes = require(params, "contentChanges", "params");
  if (!changes.is_array()) throw LspError(kInvalidParams, "params.contentChanges must be an array");
  std::vector<std::pair<std::optional<Range>, std::string>> edits;
  for (std::size_t i = 0; i < changes.size(); ++i) {
    const std::string path = "params.contentChanges[" + std::to_string(i) + "]";
    std::optional<Range> range;
    if (const Json* r = find(changes[i], "range")) range = parse_range(*r, path + ".range");
    edits.emplace_back(range, require_string(changes[i], "text", path));
  }
  for (const auto& [range, text] : edits) doc->apply_change(range, text, encoding_);
  tell_if_too_large(*doc);
  if (version != nullptr && version->is_number_integer()) {
    doc->set_version(version->get<std::int64_t>());
  }
  if (current_repaired_ > 0) {
    show_log(kMessageWarning, uri + ": " + std::to_string(current_repaired_) +
                                  " invalid UTF-8 sequence(s) replaced with U+FFFD");
  }
}

void Server::did_close(const Json& params) {
  const std::string uri = text_document_uri(params);
  if (!documents_.close(uri)) log_.warn("didClose for a document that is not open: " + uri);
}

// ---------------------------------------------------------------------------------------------
// Semantic tokens

Json Server::semantic_tokens_full(const Json& params) {
  OpenDocument& doc = document_for(params);
  std::vector<std::uint32_t> data =
      encode_semantic_tokens(doc.analysis(), doc.positions(encoding_), settings_.highlight);
  const std::string id = std::to_string(next_result_id_++);
  Json result{{"resultId", id}, {"data", data}};
  doc.sent_tokens = OpenDocument::SentTokens{id, std::move(data)};
  return result;
}

Json Server::semantic_tokens_delta(const Json& params) {
  OpenDocument& doc = document_for(params);
  const std::string previous = require_string(params, "previousResultId", "params");
  if (previous != doc.sent_tokens.result_id) {
    log_.debug("semanticTokens/full/delta: unknown previousResultId " + previous + "; sent all");
    return semantic_tokens_full(params);
  }
  std::vector<std::uint32_t> data =
      encode_semantic_tokens(doc.analysis(), doc.positions(encoding_), settings_.highlight);
  Json edits = Json::array();
  if (const std::optional<TokenEdit> edit = diff_tokens(doc.sent_tokens.data, data)) {
    edits.push_back(
        Json{{"start", edit->start}, {"deleteCount", edit->delete_count}, {"data", edit->data}});
  }
  const std::string id = std::to_string(next_result_id_++);
  doc.sent_tokens = OpenDocument::SentTokens{id, std::move(data)};
  return Json{{"resultId", id}, {"edits", std::move(edits)}};
}

}  // namespace khulasa::lsp
