// A main() for fuzz targets built without libFuzzer (any compiler): runs LLVMFuzzerTestOneInput
// on every file named on the command line, and on every file inside the directories named. Used
// by ctest to replay the seed corpus and the regressions; exits 1 when an argument cannot be read.
//
// With --expect-failure first, each input runs in a child process and must fail (crash or fail a
// check): for reproducers of bugs not fixed yet (regressions/open/). One that passes makes the run
// fail with a message saying so, so a fix is noticed and the input moves to regressions/<target>/.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

bool g_expect_failure = false;

bool run_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "replay: cannot read %s\n", path.c_str());
    return false;
  }
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  std::fprintf(stderr, "replay: %s (%zu bytes)\n", path.c_str(), bytes.size());
  if (!g_expect_failure) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    return true;
  }
  std::fflush(nullptr);
  const pid_t child = fork();
  if (child == 0) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    std::fflush(nullptr);
    _exit(0);
  }
  int status = 0;
  if (child < 0 || waitpid(child, &status, 0) != child) {
    std::fprintf(stderr, "replay: cannot run %s in a child process\n", path.c_str());
    return false;
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    std::fprintf(stderr,
                 "replay: %s no longer fails: the bug is fixed, move the file from "
                 "regressions/open/ to regressions/<target>/\n",
                 path.c_str());
    return false;
  }
  std::fprintf(stderr, "replay: %s fails, as expected (a known open bug)\n", path.c_str());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t count = 0;
  bool ok = true;
  int first = 1;
  if (argc > 1 && std::string(argv[1]) == "--expect-failure") {
    g_expect_failure = true;
    first = 2;
  }
  for (int i = first; i < argc; ++i) {
    const std::filesystem::path arg = argv[i];
    if (arg.empty() || arg.string()[0] == '-') {
      continue;  // libFuzzer flags (-runs=0 ...) are accepted and ignored
    }
    if (!std::filesystem::exists(arg)) {
      std::fprintf(stderr, "replay: %s does not exist: skipped\n", arg.c_str());
    } else if (std::filesystem::is_directory(arg)) {
      std::vector<std::filesystem::path> files;
      for (const auto& e : std::filesystem::recursive_directory_iterator(arg)) {
        if (e.is_regular_file() && e.path().filename() != "README.md") files.push_back(e.path());
      }
      std::sort(files.begin(), files.end());
      for (const auto& f : files) {
        ok = run_file(f) && ok;
        ++count;
      }
    } else {
      ok = run_file(arg) && ok;
      ++count;
    }
  }
  std::fprintf(stderr,
               g_expect_failure ? "replay: %zu input(s) ran\n"
                                : "replay: %zu input(s) ran without a crash\n",
               count);
  return ok ? 0 : 1;
}
