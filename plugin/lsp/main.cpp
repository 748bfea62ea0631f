// `khulasa-lsp`: the language server over stdio. All logic lives in the khulasa_lsp library; this
// file parses the command line and wires file descriptors.
#include <unistd.h>

#include <charconv>
#include <csignal>
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>

#include "fd_stream.hpp"
#include "log.hpp"
#include "server.hpp"
#include "transport.hpp"

namespace {

constexpr std::string_view kUsage =
    "Usage: khulasa-lsp [--log-level error|warn|info|debug]\n"
    "The Khulasa language server: Arabic–English news analysis (entities, key facts, outline)\n"
    "for editors, over the Language Server Protocol on standard input and output.\n"
    "\n"
    "Options:\n"
    "  --log-level LEVEL  what to log on standard error (default: warn)\n"
    "  --max-message-bytes N  skip messages larger than N bytes (default: 64 MiB)\n"
    "  --stdio            accepted and ignored (stdio is the only transport)\n"
    "  --version          print the version and exit\n"
    "  --help             print this help and exit\n"
    "\n"
    "Settings (initializationOptions or workspace/didChangeConfiguration):\n"
    "  khulasa.ui.language ar|en, khulasa.summary.sentences N, khulasa.highlight.kinds [...]\n"
    "Exit code: 0 after shutdown, 1 otherwise; 2 for a bad command line.\n";

}  // namespace

int main(int argc, char** argv) {
  khulasa::lsp::LogLevel level = khulasa::lsp::LogLevel::warn;
  khulasa::lsp::TransportLimits limits;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--help" || a == "-h") {
      std::fwrite(kUsage.data(), 1, kUsage.size(), stdout);
      return 0;
    }
    if (a == "--version") {
      std::printf("khulasa-lsp %s\n", KHULASA_VERSION);
      return 0;
    }
    if (a == "--stdio" || a.starts_with("--clientProcessId")) continue;  // vscode-languageclient
    if (a == "--max-message-bytes" && i + 1 < argc) {
      const std::string_view n = argv[++i];
      std::size_t bytes = 0;
      const auto [end, error] = std::from_chars(n.data(), n.data() + n.size(), bytes);
      if (error != std::errc() || end != n.data() + n.size() || bytes == 0) {
        std::fprintf(stderr, "khulasa-lsp: --max-message-bytes needs a positive number\n");
        return 2;
      }
      limits.max_message_bytes = bytes;
      continue;
    }
    std::string_view value;
    if (a == "--log-level" && i + 1 < argc) {
      value = argv[++i];
    } else if (a.starts_with("--log-level=")) {
      value = a.substr(12);
    } else {
      std::fprintf(stderr, "khulasa-lsp: unknown option '%s'\nTry `khulasa-lsp --help`.\n",
                   argv[i]);
      return 2;
    }
    const auto parsed = khulasa::lsp::parse_log_level(value);
    if (!parsed) {
      std::fprintf(stderr, "khulasa-lsp: --log-level must be error, warn, info or debug\n");
      return 2;
    }
    level = *parsed;
  }

  // The protocol gets its own copy of stdout; fd 1 then points at stderr, so nothing printed by a
  // library can corrupt the protocol stream.
  const int protocol_fd = ::dup(STDOUT_FILENO);
  if (protocol_fd < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
    std::perror("khulasa-lsp: dup");
    return 1;
  }
  std::signal(SIGPIPE, SIG_IGN);  // a closed client shows as a failed write instead

  khulasa::lsp::FdInputBuffer in(STDIN_FILENO);
  khulasa::lsp::FdOutputBuffer out(protocol_fd);
  khulasa::lsp::Transport transport(in, out, limits);
  khulasa::lsp::Logger log(std::cerr, level);
  try {
    khulasa::lsp::Server server(transport, log, KHULASA_VERSION);
    return server.run();
  } catch (const std::exception& e) {
    log.error(std::string("internal error: ") + e.what());
    return 70;
  }
}
