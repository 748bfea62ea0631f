// Running the `khulasa` command line in-process for the CLI tests.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "cli.hpp"

namespace khulasa::cli::test_support {

struct Result {
  int code;
  std::string out;
  std::string err;
};

inline std::string read_all(std::FILE* f) {
  std::rewind(f);
  std::string s;
  char buf[1 << 16];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) s.append(buf, n);
  return s;
}

/// Runs the CLI with `args`, `stdin_bytes` on standard input, output captured (or discarded).
inline Result run_cli(const std::vector<std::string>& args, const std::string& stdin_bytes = "",
                      bool keep_output = true) {
  std::FILE* in = std::tmpfile();
  std::FILE* out = keep_output ? std::tmpfile() : std::fopen("/dev/null", "wb");
  std::FILE* err = std::tmpfile();
  std::fwrite(stdin_bytes.data(), 1, stdin_bytes.size(), in);
  std::rewind(in);
  Result r;
  r.code = run(args, Streams{in, out, err});
  r.out = keep_output ? read_all(out) : "";
  r.err = read_all(err);
  std::fclose(in);
  std::fclose(out);
  std::fclose(err);
  return r;
}

}  // namespace khulasa::cli::test_support
