// `khulasa segment FILE`: the sentences (and other units) of an article with byte offsets.
#include <cinttypes>

#include "commands.hpp"
#include "input.hpp"
#include "json_writer.hpp"
#include "khulasa/sentences.hpp"

namespace khulasa::cli {
namespace {

/// Writes `s` with its line ends (a sentence of a hard-wrapped paragraph spans several) as spaces,
/// so the text format keeps one unit per line. JSON keeps the exact text.
void write_on_one_line(Output& out, std::string_view s) {
  std::size_t from = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\n' && s[i] != '\r') continue;
    out.write(s.substr(from, i - from));
    if (!(s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n')) out.write(" ");
    from = i + 1;
  }
  out.write(s.substr(from));
}

int run_segment(const ParsedArgs& args, const Streams& streams) {
  auto input = read_input(args.input, args.has("lenient"), streams);
  if (!input) return kInputError;
  const DecodedText& d = input->decoded;
  const std::string_view text = d.text;
  const bool json = args.get("format", "text") == "json";

  Output out(streams.out);
  SentenceSplitter splitter;
  std::size_t index = 0;
  if (json) {
    nlohmann::ordered_json header = {
        {"file", input->name},
        {"bytes", d.to_input.is_identity() ? text.size()
                                           : d.to_input.to_original(ByteRange{0, text.size()}).end},
        {"repaired", d.repaired}};
    JsonArrayWriter writer(out, header, "sentences");
    splitter.for_each(text, [&](const Sentence& s) {
      const ByteRange r = d.to_input.to_original(s.range);
      writer.add(nlohmann::ordered_json{{"index", index++},
                                        {"begin", r.begin},
                                        {"end", r.end},
                                        {"kind", to_string(s.kind)},
                                        {"language", to_string(s.language)},
                                        {"text", s.range.slice(text)}});
    });
    writer.finish();
  } else {
    char prefix[96];
    splitter.for_each(text, [&](const Sentence& s) {
      const ByteRange r = d.to_input.to_original(s.range);
      std::snprintf(prefix, sizeof prefix, "%4zu  %zu-%zu  %s/%s  ", ++index, r.begin, r.end,
                    to_string(s.kind).data(), to_string(s.language).data());
      out.write(prefix);
      write_on_one_line(out, s.range.slice(text));
      out.write("\n");
    });
  }
  return finish(out, streams);
}

}  // namespace

const Command& segment_command() {
  static const Command command{
      "segment",
      "split an article into sentences, headings, list items, datelines and bylines",
      "Usage: khulasa segment [OPTIONS] FILE\n"
      "Splits an Arabic, English or mixed news article into sentences and other units (headings,\n"
      "list items, table rows, datelines, bylines, separators). FILE may be - for standard input.\n"
      "\n"
      "Options:\n"
      "  --format text|json  text (default): one unit per line as\n"
      "                        INDEX  BEGIN-END  KIND/LANGUAGE  TEXT\n"
      "                      json: {\"file\", \"bytes\", \"repaired\", \"sentences\": "
      "[{\"index\",\n"
      "                        \"begin\", \"end\", \"kind\", \"language\", \"text\"}]}\n"
      "                      BEGIN and END are byte offsets into the input, END exclusive.\n"
      "  --lenient           replace invalid UTF-8 and NUL bytes with U+FFFD instead of failing;\n"
      "                      offsets still point into the original input\n"
      "  --help              show this help\n"
      "\n"
      "Exit codes: 0 success, 2 usage error, 3 input error (unreadable file, invalid UTF-8, "
      "binary).\n",
      {{"format", true, {"text", "json"}}, {"lenient", false, {}}},
      &run_segment};
  return command;
}

}  // namespace khulasa::cli
