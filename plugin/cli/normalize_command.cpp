// `khulasa normalize FILE`: the matching form of a text, as the core compares words.
#include "commands.hpp"
#include "input.hpp"
#include "json_writer.hpp"
#include "khulasa/lines.hpp"
#include "khulasa/normalize.hpp"
#include "khulasa/stem.hpp"
#include "khulasa/tokens.hpp"

namespace khulasa::cli {
namespace {

NormalizeOptions options_from(const ParsedArgs& args) {
  NormalizeOptions o;
  o.nfkc = !args.has("no-nfkc");
  o.case_fold = !args.has("no-case-fold");
  o.remove_tashkeel = !args.has("keep-tashkeel");
  o.remove_tatweel = !args.has("keep-tatweel");
  o.fold_alef = !args.has("keep-alef");
  o.fold_yaa = !args.has("keep-yaa");
  o.fold_taa_marbuta = !args.has("keep-taa-marbuta");
  o.fold_hamza_carriers = args.has("fold-hamza-carriers");
  o.ascii_digits = !args.has("keep-digits");
  return o;
}

int run_normalize(const ParsedArgs& args, const Streams& streams) {
  auto input = read_input(args.input, args.has("lenient"), streams);
  if (!input) return kInputError;
  const DecodedText& d = input->decoded;
  const std::string_view text = d.text;
  const NormalizeOptions options = options_from(args);
  Output out(streams.out);

  if (args.get("format", "text") == "text") {
    // Line by line, keeping each line end as it was: memory stays bounded by the longest line.
    for (std::size_t pos = 0; pos < text.size();) {
      const Line line = line_at(text, pos);
      out.write(normalize_for_matching(line.content.slice(text), options));
      out.write(text.substr(line.content.end, line.next_begin - line.content.end));
      pos = line.next_begin;
    }
  } else {
    const bool words = args.has("words");
    Tokenizer tokenizer;
    std::vector<Token> tokens;
    JsonArrayWriter writer(out, {{"file", input->name}, {"repaired", d.repaired}}, "lines");
    for (std::size_t pos = 0; pos < text.size();) {
      const Line line = line_at(text, pos);
      pos = line.next_begin;
      if (line.content.empty()) continue;
      const ByteRange r = d.to_input.to_original(line.content);
      nlohmann::ordered_json element = {
          {"begin", r.begin},
          {"end", r.end},
          {"text", line.content.slice(text)},
          {"normalized", normalize_for_matching(line.content.slice(text), options)}};
      if (words) {
        tokens.clear();
        tokenizer.tokenize(text, line.content, tokens);
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const Token& t : tokens) {
          if (t.script == Script::punctuation) continue;
          const ByteRange tr = d.to_input.to_original(t.range);
          const std::string folded = normalize_for_matching(t.range.slice(text), options);
          list.push_back({{"begin", tr.begin},
                          {"end", tr.end},
                          {"text", t.range.slice(text)},
                          {"script", to_string(t.script)},
                          {"normalized", folded},
                          {"stem", light_stem(folded)}});
        }
        element["words"] = std::move(list);
      }
      writer.add(element);
    }
    writer.finish();
  }
  return finish(out, streams);
}

}  // namespace

const Command& normalize_command() {
  static const Command command{
      "normalize",
      "print the matching form of a text (diacritics, tatweel, alef/yaa/taa, digits, case folded)",
      "Usage: khulasa normalize [OPTIONS] FILE\n"
      "Prints the form in which Khulasa compares words: NFKC, case folding, no tashkeel or\n"
      "tatweel, أ إ آ ٱ → ا, ى → ي, ة → ه, Arabic-Indic digits → ASCII. Line ends are kept. This "
      "form\n"
      "is for matching only; Khulasa always shows the original text. FILE may be - for stdin.\n"
      "\n"
      "Options:\n"
      "  --format text|json     text (default): the normalized text\n"
      "                         json: {\"file\", \"repaired\", \"lines\": [{\"begin\", \"end\", "
      "\"text\",\n"
      "                           \"normalized\"}]} with byte offsets into the input\n"
      "  --words                with json: each line's words with begin, end, script,\n"
      "                         normalized form and light stem\n"
      "  --keep-taa-marbuta     do not fold ة → ه\n"
      "  --fold-hamza-carriers  also fold ؤ → و and ئ → ي\n"
      "  --keep-tashkeel, --keep-tatweel, --keep-alef, --keep-yaa, --keep-digits,\n"
      "  --no-nfkc, --no-case-fold\n"
      "                         turn one folding off\n"
      "  --lenient              replace invalid UTF-8 and NUL bytes with U+FFFD instead of "
      "failing\n"
      "  --help                 show this help\n"
      "\n"
      "Exit codes: 0 success, 2 usage error, 3 input error (unreadable file, invalid UTF-8, "
      "binary).\n",
      {{"format", true, {"text", "json"}},
       {"words", false, {}},
       {"lenient", false, {}},
       {"keep-taa-marbuta", false, {}},
       {"fold-hamza-carriers", false, {}},
       {"keep-tashkeel", false, {}},
       {"keep-tatweel", false, {}},
       {"keep-alef", false, {}},
       {"keep-yaa", false, {}},
       {"keep-digits", false, {}},
       {"no-nfkc", false, {}},
       {"no-case-fold", false, {}}},
      &run_normalize};
  return command;
}

}  // namespace khulasa::cli
