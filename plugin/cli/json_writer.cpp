#include "json_writer.hpp"

namespace khulasa::cli {

std::string dump(const nlohmann::ordered_json& value) {
  // The text is valid UTF-8 by the time it gets here; `replace` only guards against a bug.
  return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

JsonArrayWriter::JsonArrayWriter(Output& out, const nlohmann::ordered_json& header,
                                 std::string_view array_name)
    : out_(out) {
  std::string head = dump(header);  // "{...}" → "{..., "name": ["
  head.pop_back();
  if (head.size() > 1) head += ",";
  head += "\"";
  head += array_name;
  head += "\":[";
  out_.write(head);
}

void JsonArrayWriter::add(const nlohmann::ordered_json& element) {
  out_.write(first_ ? "\n" : ",\n");
  out_.write(dump(element));
  first_ = false;
}

void JsonArrayWriter::finish() {
  out_.write("\n]}\n");
}

}  // namespace khulasa::cli
