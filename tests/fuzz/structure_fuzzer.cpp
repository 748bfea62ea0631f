// Fuzz target: the document structure. Any text parses into blocks, sections and sentences that
// lie inside the text, in order, with sentences inside their blocks and valid parent indexes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_common.hpp"
#include "fuzz_document.hpp"
#include "khulasa/document.hpp"

using namespace khulasa;
using khulasa::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > fuzz::kMaxInput) return 0;
  const Document doc(fuzz::lenient_text(data, size));
  fuzz::check_document(doc);
  check(!doc.syntax_tree().empty(), "syntax tree");
  return 0;
}
