// The `khulasa` command line: subcommands over libkhulasa, each thin. Exit codes are part of the
// interface: 0 success, 2 usage error, 3 input error (the message on stderr names the file and the
// byte offset).
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace khulasa::cli {

enum ExitCode : int { kOk = 0, kUsage = 2, kInputError = 3 };

/// Where a command writes. Tests pass temporary files; main() passes stdout and stderr.
struct Streams {
  std::FILE* in = stdin;
  std::FILE* out = stdout;
  std::FILE* err = stderr;
};

/// Runs the command line `args` (without the program name) and returns the exit code.
int run(const std::vector<std::string>& args, const Streams& streams);

}  // namespace khulasa::cli
