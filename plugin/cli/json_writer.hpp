// Streaming JSON output for the CLI: a document header, then one element at a time, so a 100 MB
// input never builds its whole JSON tree in memory.
#pragma once

#include <nlohmann/json.hpp>

#include "input.hpp"

namespace khulasa::cli {

/// Writes `{...header fields..., "<array_name>": [` then elements, then `]}`.
class JsonArrayWriter {
 public:
  JsonArrayWriter(Output& out, const nlohmann::ordered_json& header, std::string_view array_name);
  void add(const nlohmann::ordered_json& element);
  void finish();

 private:
  Output& out_;
  bool first_ = true;
};

/// JSON text of `value`, UTF-8 kept as is (not \u-escaped).
std::string dump(const nlohmann::ordered_json& value);

}  // namespace khulasa::cli
