#include "bidi.hpp"

#include "khulasa/utf8.hpp"

namespace khulasa::lsp {
namespace {

bool is_arabic(char32_t c) {
  return (c >= 0x600 && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F) || (c >= 0x8A0 && c <= 0x8FF) ||
         (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

bool is_latin(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

template <typename Pred>
bool any_code_point(std::string_view s, Pred pred) {
  for (std::size_t i = 0; i < s.size();) {
    if (pred(next_code_point(s, i))) return true;
  }
  return false;
}

}  // namespace

bool has_arabic(std::string_view s) {
  return any_code_point(s, is_arabic);
}
bool has_latin(std::string_view s) {
  return any_code_point(s, is_latin);
}

std::string isolate(std::string_view s) {
  if (s.empty()) return {};
  std::string out;
  out.reserve(s.size() + 6);
  out.append(kFsi).append(s).append(kPdi);
  return out;
}

std::string isolate_latin_runs(std::string_view s) {
  if (!has_arabic(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 12);
  std::size_t copied = 0;
  std::size_t run_begin = std::string_view::npos;  // first Latin letter of the open run
  std::size_t run_end = 0;                         // just after its last Latin letter
  const auto close_run = [&] {
    if (run_begin == std::string_view::npos) return;
    out.append(s.substr(copied, run_begin - copied));
    out.append(isolate(s.substr(run_begin, run_end - run_begin)));
    copied = run_end;
    run_begin = std::string_view::npos;
  };
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    const char32_t c = next_code_point(s, i);
    if (is_latin(c)) {
      if (run_begin == std::string_view::npos) run_begin = at;
      run_end = i;
    } else if (is_arabic(c)) {
      close_run();
    }
  }
  close_run();
  out.append(s.substr(copied));
  return out;
}

}  // namespace khulasa::lsp
