// Fuzz target: the language server fed a stream of JSON-RPC messages. Each line of the input is one
// message body, framed with a correct Content-Length; an input whose first line is "#raw" is fed
// as it is (framing included). The server runs on in-memory streams until the input ends; every
// message it writes must be a well-framed JSON object.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_common.hpp"
#include "log.hpp"
#include "server.hpp"
#include "transport.hpp"

using khulasa::fuzz::check;
namespace lsp = khulasa::lsp;

namespace {

std::string frame(std::string_view data) {
  constexpr std::string_view kRaw = "#raw\n";
  if (data.starts_with(kRaw)) return std::string(data.substr(kRaw.size()));
  std::string out;
  std::size_t begin = 0;
  while (begin < data.size()) {
    std::size_t end = data.find('\n', begin);
    if (end == std::string_view::npos) end = data.size();
    const std::string_view body = data.substr(begin, end - begin);
    if (!body.empty()) {
      out += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
      out += body;
    }
    begin = end + 1;
  }
  return out;
}

/// Everything one session needs. After an `exit` message the server may leave its reader thread
/// reading the rest of the input (see Server::run); such a session is kept alive (reachable, so
/// not a leak) until the process ends, as the real server's process would simply end.
struct Session {
  std::stringbuf in;
  std::stringbuf out;
  std::ostringstream log_stream;
  lsp::Logger log{log_stream, lsp::LogLevel::debug};
  lsp::Transport transport;
  lsp::Server server;

  explicit Session(std::string input, lsp::TransportLimits limits, lsp::ServerOptions options)
      : in(std::move(input)), transport(in, out, limits), server(transport, log, "fuzz", options) {}
};

std::mutex g_left_mutex;
std::vector<std::unique_ptr<Session>> g_left_behind;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > khulasa::fuzz::kMaxInput / 4) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  lsp::TransportLimits limits;
  limits.max_message_bytes = 4096;  // small limits, so oversized messages and documents occur
  limits.max_header_line = 256;
  lsp::ServerOptions options;
  options.max_document_bytes = 2048;
  options.progress_bytes = 512;
  auto session = std::make_unique<Session>(frame(bytes), limits, options);
  const int code = session->server.run();
  check(code == 0 || code == 1, "exit code", static_cast<std::size_t>(code));

  // What the server wrote: well-framed JSON-RPC objects.
  std::stringbuf written(session->out.str());
  std::stringbuf unused;
  lsp::Transport reader(written, unused);
  for (;;) {
    lsp::Incoming msg = reader.read();
    check(msg.problems.empty(), "server output is well framed");
    if (msg.end_of_input) break;
    const auto json = nlohmann::json::parse(msg.body, nullptr, /*allow_exceptions=*/false);
    check(json.is_object(), "server output is a JSON object", msg.body.size());
    check(json.value("jsonrpc", "") == "2.0", "server output says jsonrpc 2.0");
  }
  if (session->server.reader_left_behind()) {
    const std::lock_guard lock(g_left_mutex);
    g_left_behind.push_back(std::move(session));
  }
  return 0;
}
