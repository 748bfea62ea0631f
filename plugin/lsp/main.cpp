// `khulasa-lsp`: the language server over stdio. All logic lives in the khulasa_lsp library; this
// file parses the command line and wires file descriptors.
#include <unistd.h>

#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstdlib>
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
    "  --max-document-bytes N  analyze documents up to N bytes live (default: 16 MiB)\n"
    "  --progress-bytes N  report $/progress while analyzing documents of N bytes or more\n"
    "                     (default: 512 KiB)\n"
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
  khulasa::lsp::ServerOptions options;
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
    std::size_t* size_option = a == "--max-message-bytes"    ? &limits.max_message_bytes
                               : a == "--max-document-bytes" ? &options.max_document_bytes
                               : a == "--progress-bytes"     ? &options.progress_bytes
                                                             : nullptr;
    if (size_option != nullptr) {
      const char* name = argv[i];
      const std::string_view n = i + 1 < argc ? argv[++i] : "";
      const auto [end, error] = std::from_chars(n.data(), n.data() + n.size(), *size_option);
      if (error != std::errc() || end != n.data() + n.size() || *size_option == 0) {
        std::fprintf(stderr, "khulasa-lsp: %s needs a positive number of bytes\n", name);
        return 2;
      }
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
    khulasa::lsp::Server server(transport, log, KHULASA_VERSION, options);
    const int code = server.run();
    // A reader thread still blocked on open input must not see the transport destroyed.
    if (server.reader_left_behind()) {
      std::cerr.flush();
      std::_Exit(code);
    }
    return code;
  } catch (const std::exception& e) {
    log.error(std::string("internal error: ") + e.what());
    return 70;
  }
}
