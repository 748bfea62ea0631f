// `khulasa entities FILE` and `khulasa facts FILE`: the entity layer of an article. Entities with
// their kind, canonical name, English rendering, normalized value and every mention (byte ranges
// into the input); quotes with speakers; key facts ranked by salience with the Arabic source span
// and the English rendering.
#include <cmath>
#include <cstdio>
#include <optional>

#include "commands.hpp"
#include "input.hpp"
#include "json_writer.hpp"
#include "khulasa/chunks.hpp"
#include "khulasa/entities.hpp"

namespace khulasa::cli {
namespace {

using nlohmann::ordered_json;

/// A range of the decoded text as input offsets and the text itself.
ordered_json span_json(const DecodedText& d, ByteRange r) {
  const ByteRange o = d.to_input.to_original(r);
  return ordered_json{{"text", r.slice(d.text)}, {"begin", o.begin}, {"end", o.end}};
}

std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  return out;
}

std::string range_text(const DecodedText& d, ByteRange r) {
  const ByteRange o = d.to_input.to_original(r);
  return std::to_string(o.begin) + "-" + std::to_string(o.end);
}

ordered_json entity_json(const Analysis& a, const DecodedText& d, std::size_t e) {
  const Entity& en = a.entities[e];
  ordered_json mentions = ordered_json::array();
  for (std::size_t m : en.mentions) mentions.push_back(span_json(d, a.mentions[m].range));
  ordered_json j = {
      {"id", e},
      {"kind", to_string(en.kind)},
      {"name", en.name},
      {"english", en.english},
      {"normalized", en.normalized.empty() ? ordered_json(nullptr) : ordered_json(en.normalized)},
      {"mentions", std::move(mentions)}};
  return j;
}

/// Writes `,"KEY":[...]` with `count` elements made one at a time by `element`: the bytes dump()
/// gives for the array, without building it (a file of 100 MB has millions of mentions).
template <typename F>
void write_array(Output& out, std::string_view key, std::size_t count, F&& element) {
  out.write(",\"");
  out.write(key);
  out.write("\":[");
  for (std::size_t i = 0; i < count; ++i) {
    if (i != 0) out.write(",");
    out.write(dump(element(i)));
  }
  out.write("]");
}

ordered_json quote_json(const Analysis& a, const DecodedText& d, const Quote& q) {
  ordered_json j = span_json(d, q.range);
  j["quote"] = span_json(d, q.text);
  j["speaker"] = q.speaker ? ordered_json{{"id", *q.speaker},
                                          {"name", a.entities[*q.speaker].name},
                                          {"english", a.entities[*q.speaker].english}}
                           : ordered_json(nullptr);
  j["verb"] = q.verb.empty() ? ordered_json(nullptr) : span_json(d, q.verb);
  return j;
}

ordered_json fact_json(const DecodedText& d, const Fact& f) {
  ordered_json j = span_json(d, f.range);
  j["english"] = f.english;
  j["salience"] = std::round(f.salience * 100) / 100;
  ordered_json ents = ordered_json::array(), vals = ordered_json::array();
  for (std::size_t e : f.entities) ents.push_back(e);
  for (std::size_t e : f.values) vals.push_back(e);
  j["entities"] = std::move(ents);
  j["values"] = std::move(vals);
  j["event"] = f.event.empty() ? ordered_json(nullptr) : span_json(d, f.event);
  return j;
}

int run_entities(const ParsedArgs& args, const Streams& streams) {
  const std::optional<std::size_t> chunk_bytes = chunk_bytes_option(args, "entities", streams);
  if (!chunk_bytes) return kUsage;
  auto input = read_input(args.input, args.has("lenient"), streams);
  if (!input) return kInputError;
  const DecodedText& d = input->decoded;
  const Analysis a = analyze_in_chunks(d.text, split_into_chunks(d.text, *chunk_bytes));
  Output out(streams.out);
  if (args.get("format", "text") == "json") {
    out.write("{\"file\":" + dump(input->name));
    write_array(out, "entities", a.entities.size(),
                [&](std::size_t e) { return entity_json(a, d, e); });
    write_array(out, "quotes", a.quotes.size(),
                [&](std::size_t q) { return quote_json(a, d, a.quotes[q]); });
    out.write("}\n");
    return finish(out, streams);
  }
  for (std::size_t k = 0; k < kEntityKindCount; ++k) {
    const auto kind = static_cast<EntityKind>(k);
    bool header = false;
    for (const Entity& en : a.entities) {
      if (en.kind != kind) continue;
      if (!header) {
        out.write(std::string(to_string(kind)) + ":\n");
        header = true;
      }
      std::string line = "  " + one_line(en.name) + "  →  " + en.english;
      if (!en.normalized.empty() && en.normalized != en.english)
        line += "  [" + en.normalized + "]";
      line += "  ×" + std::to_string(en.mentions.size()) + "  @";
      for (std::size_t i = 0; i < en.mentions.size() && i < 6; ++i) {
        line += (i ? "," : "") + range_text(d, a.mentions[en.mentions[i]].range);
      }
      if (en.mentions.size() > 6) line += ",…";
      out.write(line + "\n");
    }
  }
  if (!a.quotes.empty()) out.write("quotes:\n");
  for (const Quote& q : a.quotes) {
    out.write("  " + one_line(q.range.slice(d.text)) + "  — " +
              (q.speaker ? one_line(a.entities[*q.speaker].name) + " (" +
                               a.entities[*q.speaker].english + ")"
                         : std::string("(no speaker)")) +
              "  @" + range_text(d, q.range) + "\n");
  }
  return finish(out, streams);
}

int run_facts(const ParsedArgs& args, const Streams& streams) {
  const std::optional<std::size_t> chunk_bytes = chunk_bytes_option(args, "facts", streams);
  if (!chunk_bytes) return kUsage;
  auto input = read_input(args.input, args.has("lenient"), streams);
  if (!input) return kInputError;
  const DecodedText& d = input->decoded;
  const Analysis a = analyze_in_chunks(d.text, split_into_chunks(d.text, *chunk_bytes));
  std::size_t limit = a.facts.size();
  if (args.has("max")) limit = std::min<std::size_t>(limit, std::stoul(args.get("max", "0")));
  Output out(streams.out);
  if (args.get("format", "text") == "json") {
    out.write("{\"file\":" + dump(input->name));
    write_array(out, "facts", limit, [&](std::size_t f) { return fact_json(d, a.facts[f]); });
    write_array(out, "entities", a.entities.size(),
                [&](std::size_t e) { return entity_json(a, d, e); });
    out.write("}\n");
    return finish(out, streams);
  }
  for (std::size_t i = 0; i < limit; ++i) {
    const Fact& f = a.facts[i];
    out.write(std::to_string(i + 1) + ". " + f.english + "\n   " + one_line(f.range.slice(d.text)) +
              "  @" + range_text(d, f.range) + "\n");
  }
  return finish(out, streams);
}

const std::vector<OptionSpec> kCommon = {
    {"format", true, {"text", "json"}}, {"lenient", false, {}}, {"chunk-bytes", true, {}}};

}  // namespace

const Command& entities_command() {
  static const Command c{
      "entities",
      "list people, organizations, places, roles, values and quotes with English renderings",
      "Usage: khulasa entities [OPTIONS] FILE\n"
      "Lists the entities of an article grouped by kind: the canonical name as written, its\n"
      "English rendering, the normalized value (money, dates, percentages, numbers) and the byte\n"
      "ranges of its mentions in FILE (clitics such as و، ب، ل left out); then quotes with their\n"
      "speakers. JSON gives every mention.\n\n"
      "Options:\n"
      "  --format text|json\n"
      "  --lenient           replace invalid UTF-8 instead of failing\n" +
          std::string(kChunkBytesHelp) +
          "\nA file longer than the chunk size gets its chunks' entities merged (one per kind\n"
          "and name, or value), their mentions from every chunk.\n",
      kCommon, run_entities};
  return c;
}

const Command& facts_command() {
  static std::vector<OptionSpec> options = [] {
    auto o = kCommon;
    o.push_back({"max", true, {}});
    return o;
  }();
  static const Command c{
      "facts", "list key facts (values and events with their entities), most salient first",
      "Usage: khulasa facts [OPTIONS] FILE\n"
      "Lists key facts: a sentence's amount, percentage, quantity or date, or its event, with the\n"
      "entities of the sentence; each with its English rendering and the Arabic source sentence\n"
      "and its byte range. Most salient first.\n\n"
      "Options:\n"
      "  --max N             at most N facts\n"
      "  --format text|json\n"
      "  --lenient           replace invalid UTF-8 instead of failing\n" +
          std::string(kChunkBytesHelp) +
          "\nA file longer than the chunk size gets its chunks' facts ranked together, each\n"
          "with its place in the whole file.\n",
      options, run_facts};
  return c;
}

}  // namespace khulasa::cli
