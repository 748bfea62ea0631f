// Running the `khulasa` command line in-process for the CLI tests.
#pragma once

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
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

/// Every object of the output with "begin" and "end" lies inside the input; with `exact`, its
/// "text" (when it has one) is exactly the input's bytes there. Returns how many spans it saw.
inline std::size_t check_spans(const nlohmann::json& j, const std::string& input, bool exact) {
  std::size_t n = 0;
  if (j.is_object()) {
    if (j.contains("begin") && j.contains("end") && j["begin"].is_number()) {
      const std::size_t b = j["begin"], e = j["end"];
      EXPECT_LE(b, e);
      EXPECT_LE(e, input.size());
      if (exact && j.contains("text") && j["text"].is_string() && b <= e && e <= input.size()) {
        EXPECT_EQ(input.substr(b, e - b), j["text"].get<std::string>()) << b << "-" << e;
      }
      ++n;
    }
    for (const auto& [key, value] : j.items()) n += check_spans(value, input, exact);
  } else if (j.is_array()) {
    for (const auto& value : j) n += check_spans(value, input, exact);
  }
  return n;
}

/// A test with a temporary directory of its own (removed after it), named after `prefix`, the
/// run's seed and the test, so parallel runs never share one.
class TempDirTest : public ::testing::Test {
 protected:
  explicit TempDirTest(std::string prefix) : prefix_(std::move(prefix)) {}
  std::string write_file(const std::string& name, const std::string& bytes) {
    const std::filesystem::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  void SetUp() override {
    const auto* unit = ::testing::UnitTest::GetInstance();
    dir_ = std::filesystem::temp_directory_path() / (prefix_ + std::to_string(unit->random_seed()) +
                                                     "-" + unit->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;

 private:
  std::string prefix_;
};

}  // namespace khulasa::cli::test_support
