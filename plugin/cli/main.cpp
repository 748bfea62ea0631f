// `khulasa`: the command-line surface of libkhulasa. All logic lives in cli.cpp and the commands.
#include <exception>
#include <string>
#include <vector>

#include "cli.hpp"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    return khulasa::cli::run(args, khulasa::cli::Streams{});
  } catch (const std::exception& e) {
    std::fprintf(stderr, "khulasa: internal error: %s\n", e.what());
    return 70;  // EX_SOFTWARE: a bug, not a bad input
  }
}
