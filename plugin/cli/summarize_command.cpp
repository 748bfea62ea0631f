// `khulasa summarize FILE`: what a busy reader needs from a news article, rendered as text,
// Markdown or JSON from the core's Summary (summary.hpp): the gist, the key facts in Arabic and
// English, one key sentence per section, the entities most mentioned and the quotes. Labels are in
// Arabic or English (--lang); the article's sentences are always quoted as written, and JSON
// offsets are bytes of the input file.
#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>

#include "bidi.hpp"
#include "commands.hpp"
#include "input.hpp"
#include "json_writer.hpp"
#include "khulasa/chunks.hpp"
#include "khulasa/summary.hpp"

namespace khulasa::cli {
namespace {

using nlohmann::ordered_json;

/// The words of the interface in one language.
struct Labels {
  std::string_view gist;
  std::string_view gist_headline;  ///< the gist header when the headline stands in for it
  std::string_view gist_empty;     ///< under the gist header when nothing fits
  std::string_view facts;
  std::string_view sections;
  std::string_view entities;
  std::string_view quotes;
  std::array<std::string_view, 4> kinds;  ///< person, organization, location, role
  std::string_view no_speaker;
  std::string_view nothing;  ///< the whole output when there is no headline and no story
  std::string_view list_separator;
};

constexpr Labels kArabic{"الخلاصة",
                         "الخلاصة (العنوان وحده: لا جملة في المتن تصلح لها)",
                         "لا جملة في المتن تصلح للخلاصة",
                         "أهم الوقائع",
                         "الأقسام",
                         "الكيانات",
                         "الاقتباسات",
                         {"أشخاص", "مؤسسات", "أماكن", "مناصب"},
                         "بلا متحدث",
                         "لا شيء للتلخيص: لا عنوان في الملف ولا متن.",
                         "، "};

constexpr Labels kEnglish{"Gist",
                          "Gist (the headline alone: no body sentence fits)",
                          "no body sentence fits a gist",
                          "Key facts",
                          "Sections",
                          "Entities",
                          "Quotes",
                          {"People", "Organizations", "Places", "Roles"},
                          "no speaker",
                          "Nothing to summarize: the file has no headline and no article text.",
                          "; "};

std::string_view kind_label(const Labels& l, EntityKind k) {
  switch (k) {
    case EntityKind::person:
      return l.kinds[0];
    case EntityKind::organization:
      return l.kinds[1];
    case EntityKind::location:
      return l.kinds[2];
    default:
      return l.kinds[3];
  }
}

/// What the renderers need: the decoded input, the document's text, the summary, the labels.
struct View {
  const DecodedText& decoded;
  const Summary& summary;
  const Labels& labels;
  bool english;  // --lang en: English names first
  [[nodiscard]] std::string_view slice(ByteRange r) const { return r.slice(decoded.text); }
};

/// A span on one line: the line ends of a hard-wrapped sentence become one space each.
std::string one_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool in_break = false;
  for (const char c : s) {
    if (c == '\n' || c == '\r') {
      if (!in_break && (out.empty() || out.back() != ' ')) out += ' ';
      in_break = true;
      continue;
    }
    if (in_break && c == ' ' && !out.empty() && out.back() == ' ') continue;
    in_break = false;
    out += c == '\t' ? ' ' : c;
  }
  return out;
}

/// "name (other name)" in the order of the interface's language; one of them when they agree.
std::string name_pair(const View& v, const std::string& name, const std::string& english) {
  const std::string& first = v.english && !english.empty() ? english : name;
  const std::string& second = v.english && !english.empty() ? name : english;
  std::string out = one_line(first);
  if (!second.empty() && second != first) {
    out += " (";
    out += one_line(second);
    out += ')';
  }
  return out;
}

std::string entity_entry(const View& v, const SummaryEntity& e) {
  std::string out = name_pair(v, e.name, e.english);
  out += " ×";
  out += std::to_string(e.mentions);
  return out;
}

std::string speaker_of(const View& v, const SummaryQuote& q) {
  if (!q.speaker) {
    std::string out = "(";
    out += v.labels.no_speaker;
    out += ')';
    return out;
  }
  return name_pair(v, q.speaker_name, q.speaker_english);
}

/// The entities of one kind joined into one line, or "" when there are none.
std::string entities_of_kind(const View& v, EntityKind kind,
                             std::string (*format)(const View&, const std::string&)) {
  std::string line;
  for (const SummaryEntity& e : v.summary.entities) {
    if (e.kind != kind) continue;
    if (!line.empty()) line += v.labels.list_separator;
    line += format(v, entity_entry(v, e));
  }
  return line;
}

constexpr std::array<EntityKind, 4> kEntityKinds = {EntityKind::person, EntityKind::organization,
                                                    EntityKind::location, EntityKind::role};

bool is_empty(const Summary& s) {
  return s.gist.empty() && s.headline.empty() && s.facts.empty() && s.entities.empty() &&
         s.quotes.empty();
}

// ---- text -------------------------------------------------------------------------------------

std::string as_is(const View&, const std::string& s) {
  return s;
}

std::string render_text(const View& v) {
  const Summary& s = v.summary;
  const Labels& l = v.labels;
  if (is_empty(s)) return std::string(l.nothing) + "\n";
  std::string out;
  if (!s.headline.empty() && s.gist_source != GistSource::headline) {
    out += one_line(v.slice(s.headline));
    out += "\n\n";
  }
  out += s.gist_source == GistSource::headline ? l.gist_headline : l.gist;
  out += ":\n";
  if (s.gist.empty()) {
    out += "  (";
    out += l.gist_empty;
    out += ")\n";
  }
  for (const SummarySentence& g : s.gist) {
    out += "  • ";
    out += one_line(v.slice(g.range));
    out += '\n';
  }
  if (!s.facts.empty()) {
    out += '\n';
    out += l.facts;
    out += ":\n";
    for (std::size_t i = 0; i < s.facts.size(); ++i) {
      const std::string number = std::to_string(i + 1) + ". ";
      out += "  ";
      out += number;
      out += s.facts[i].english;
      out += "\n  ";
      out += std::string(number.size(), ' ');
      out += one_line(v.slice(s.facts[i].range));
      out += '\n';
    }
  }
  if (!s.sections.empty()) {
    out += '\n';
    out += l.sections;
    out += ":\n";
    for (const SectionBullet& b : s.sections) {
      out += "  ■ ";
      out += one_line(v.slice(b.heading));
      out += "\n    ";
      out += one_line(v.slice(b.sentence.range));
      out += '\n';
    }
  }
  if (!s.entities.empty()) {
    out += '\n';
    out += l.entities;
    out += ":\n";
    for (const EntityKind kind : kEntityKinds) {
      const std::string line = entities_of_kind(v, kind, as_is);
      if (line.empty()) continue;
      out += "  ";
      out += kind_label(l, kind);
      out += ": ";
      out += line;
      out += '\n';
    }
  }
  if (!s.quotes.empty()) {
    out += '\n';
    out += l.quotes;
    out += ":\n";
    for (const SummaryQuote& q : s.quotes) {
      out += "  • ";
      out += one_line(v.slice(q.range));
      out += " — ";
      out += speaker_of(v, q);
      out += '\n';
    }
  }
  return out;
}

// ---- Markdown ---------------------------------------------------------------------------------

/// Text as Markdown shows it literally: on one line, with the inline markup characters escaped.
std::string md(std::string_view s) {
  std::string out;
  for (const char c : one_line(s)) {
    if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' ||
        c == '>' || c == '~' || c == '|') {
      out += '\\';
    }
    out += c;
  }
  return out;
}

std::string md_entry(const View&, const std::string& s) {
  return md(s);
}

std::string render_markdown(const View& v) {
  const Summary& s = v.summary;
  const Labels& l = v.labels;
  if (is_empty(s)) return std::string(l.nothing) + "\n";
  std::string out;
  if (!s.headline.empty() && s.gist_source != GistSource::headline) {
    out += "# ";
    out += md(v.slice(s.headline));
    out += "\n\n";
  }
  out += "## ";
  out += s.gist_source == GistSource::headline ? l.gist_headline : l.gist;
  out += "\n\n";
  if (s.gist.empty()) {
    out += '(';
    out += l.gist_empty;
    out += ")\n";
  }
  for (const SummarySentence& g : s.gist) {
    out += "- ";
    out += md(v.slice(g.range));
    out += '\n';
  }
  if (!s.facts.empty()) {
    out += "\n## ";
    out += l.facts;
    out += "\n\n";
    for (std::size_t i = 0; i < s.facts.size(); ++i) {
      const std::string number = std::to_string(i + 1) + ". ";
      out += number;
      out += "**";
      out += md(s.facts[i].english);
      out += "**\\\n";  // a hard line break: the Arabic source under its English rendering
      out += std::string(number.size(), ' ');
      out += md(v.slice(s.facts[i].range));
      out += '\n';
    }
  }
  if (!s.sections.empty()) {
    out += "\n## ";
    out += l.sections;
    out += '\n';
    for (const SectionBullet& b : s.sections) {
      out += "\n### ";
      out += md(v.slice(b.heading));
      out += "\n\n";
      out += md(v.slice(b.sentence.range));
      out += '\n';
    }
  }
  if (!s.entities.empty()) {
    out += "\n## ";
    out += l.entities;
    out += "\n\n";
    for (const EntityKind kind : kEntityKinds) {
      const std::string line = entities_of_kind(v, kind, md_entry);
      if (line.empty()) continue;
      out += "- **";
      out += kind_label(l, kind);
      out += "**: ";
      out += line;
      out += '\n';
    }
  }
  if (!s.quotes.empty()) {
    out += "\n## ";
    out += l.quotes;
    out += "\n\n";
    for (const SummaryQuote& q : s.quotes) {
      out += "- ";
      out += md(v.slice(q.range));
      out += " — ";
      out += md(speaker_of(v, q));
      out += '\n';
    }
  }
  // Right-to-left readability: every line with both directions gets its minority runs isolated.
  std::string isolated;
  isolated.reserve(out.size() + 64);
  for (std::size_t begin = 0; begin < out.size();) {
    const std::size_t end = out.find('\n', begin);
    isolated += isolate_bidi_runs(std::string_view(out).substr(begin, end - begin));
    isolated += '\n';
    begin = end + 1;
  }
  return isolated;
}

// ---- JSON -------------------------------------------------------------------------------------

double rounded(double x) {
  return std::round(x * 10000) / 10000;
}

ordered_json span_json(const View& v, ByteRange r) {
  const ByteRange o = v.decoded.to_input.to_original(r);
  return ordered_json{{"text", v.slice(r)}, {"begin", o.begin}, {"end", o.end}};
}

ordered_json sentence_json(const View& v, const SummarySentence& s) {
  ordered_json j = span_json(v, s.range);
  j["sentence"] = s.sentence;
  j["score"] = rounded(s.score);
  j["parts"] = ordered_json{{"position", rounded(s.parts.position)},
                            {"centrality", rounded(s.parts.centrality)},
                            {"headline", rounded(s.parts.headline)},
                            {"density", rounded(s.parts.density)},
                            {"length", rounded(s.parts.length)}};
  return j;
}

std::string render_json(const View& v, const std::string& file) {
  const Summary& s = v.summary;
  ordered_json gist = ordered_json::array();
  for (const SummarySentence& g : s.gist) gist.push_back(sentence_json(v, g));
  ordered_json facts = ordered_json::array();
  for (const SummaryFact& f : s.facts) {
    ordered_json j = span_json(v, f.range);
    j["english"] = f.english;
    j["salience"] = rounded(f.salience);
    facts.push_back(std::move(j));
  }
  ordered_json sections = ordered_json::array();
  for (const SectionBullet& b : s.sections) {
    sections.push_back(ordered_json{{"heading", span_json(v, b.heading)},
                                    {"sentence", sentence_json(v, b.sentence)},
                                    {"in_gist", b.in_gist}});
  }
  ordered_json entities = ordered_json::array();
  for (const SummaryEntity& e : s.entities) {
    const ByteRange first = v.decoded.to_input.to_original(e.first_mention);
    entities.push_back(
        ordered_json{{"kind", to_string(e.kind)},
                     {"name", e.name},
                     {"english", e.english},
                     {"mentions", e.mentions},
                     {"first_mention", {{"begin", first.begin}, {"end", first.end}}}});
  }
  ordered_json quotes = ordered_json::array();
  for (const SummaryQuote& q : s.quotes) {
    ordered_json j = span_json(v, q.range);
    j["quote"] = span_json(v, q.text);
    j["speaker"] = q.speaker
                       ? ordered_json{{"name", q.speaker_name}, {"english", q.speaker_english}}
                       : ordered_json(nullptr);
    quotes.push_back(std::move(j));
  }
  const ordered_json j = {
      {"file", file},
      {"headline", s.headline.empty() ? ordered_json(nullptr) : span_json(v, s.headline)},
      {"gist_source", to_string(s.gist_source)},
      {"gist", std::move(gist)},
      {"facts", std::move(facts)},
      {"sections", std::move(sections)},
      {"entities", std::move(entities)},
      {"quotes", std::move(quotes)}};
  // Indented: a summary is small, and people read it.
  return j.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

// ---- the command ------------------------------------------------------------------------------

int usage(const Streams& streams, const std::string& what) {
  std::fprintf(streams.err, "khulasa summarize: %s\nTry `khulasa summarize --help`.\n",
               what.c_str());
  return kUsage;
}

/// A positive whole number, or nothing.
std::optional<std::size_t> positive(const std::string& text) {
  std::size_t n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || n == 0) return std::nullopt;
  return n;
}

int run_summarize(const ParsedArgs& args, const Streams& streams) {
  SummaryOptions options;
  if (args.has("sentences") && args.has("max-words")) {
    return usage(streams, "--sentences and --max-words exclude each other: give one");
  }
  for (const char* name : {"sentences", "max-words"}) {
    if (!args.has(name)) continue;
    const std::string value = args.get(name, "");
    const std::optional<std::size_t> n = positive(value);
    if (!n) {
      return usage(streams, std::string("--") + name + " must be a positive whole number, got '" +
                                value + "'");
    }
    options.max_sentences = std::string_view(name) == "sentences" ? *n : 0;
    options.max_words = std::string_view(name) == "max-words" ? *n : 0;
  }
  const std::optional<std::size_t> chunk_bytes = chunk_bytes_option(args, "summarize", streams);
  if (!chunk_bytes) return kUsage;
  auto input = read_input(args.input, args.has("lenient"), streams);
  if (!input) return kInputError;
  const std::string_view text = input->decoded.text;
  const Summary summary = summarize_in_chunks(text, split_into_chunks(text, *chunk_bytes), options);
  const bool english = args.get("lang", "ar") == "en";
  const View view{input->decoded, summary, english ? kEnglish : kArabic, english};
  const std::string format = args.get("format", "text");
  Output out(streams.out);
  if (format == "json") {
    out.write(render_json(view, input->name));
  } else if (format == "markdown") {
    out.write(render_markdown(view));
  } else {
    out.write(render_text(view));
  }
  return finish(out, streams);
}

}  // namespace

const Command& summarize_command() {
  static const Command c{
      "summarize",
      "the gist, key facts, sections, entities and quotes of an article (the main job)",
      "Usage: khulasa summarize [OPTIONS] FILE\n"
      "Summarizes a news article (Arabic, English or mixed; plain text or light Markdown) for a\n"
      "busy reader: the gist (the sentences that say most, as written), the key facts with their\n"
      "English renderings, one key sentence per section, the people, organizations, places and\n"
      "roles most mentioned, and the quotes with their speakers. Headlines, bylines, datelines,\n"
      "tables, footers and boilerplate are never gist sentences; a file that is only a headline\n"
      "gets the headline as its gist, flagged as such.\n"
      "\n"
      "Options:\n"
      "  --sentences N       the gist has at most N sentences (default 3)\n"
      "  --max-words N       the gist has at most N words instead (the first sentence is always\n"
      "                      taken); excludes --sentences\n"
      "  --lang ar|en        the language of the labels, and which name comes first (default ar)\n"
      "  --format text|markdown|json\n"
      "                      text (default); markdown, with Latin runs inside Arabic lines (and\n"
      "                      Arabic inside Latin ones) wrapped in Unicode isolates; json: "
      "{\"file\",\n"
      "                      \"headline\", \"gist_source\" (ranked|headline|none), \"gist\",\n"
      "                      \"facts\", \"sections\", \"entities\", \"quotes\"}, every span with\n"
      "                      \"text\" and \"begin\"/\"end\" byte offsets into FILE\n"
      "  --lenient           replace invalid UTF-8 instead of failing\n" +
          std::string(kChunkBytesHelp) +
          "  --help              show this help\n"
          "\n"
          "A file longer than the chunk size gets the summary of its chunks merged: the gist\n"
          "chosen among each chunk's best sentences (the lead prior counted from the start of\n"
          "the file), the most salient facts, every section, entity counts summed.\n"
          "\n"
          "Exit codes: 0 success, 2 usage error, 3 input error.\n",
      {{"sentences", true, {}},
       {"max-words", true, {}},
       {"lang", true, {"ar", "en"}},
       {"format", true, {"text", "markdown", "json"}},
       {"lenient", false, {}},
       {"chunk-bytes", true, {}}},
      run_summarize};
  return c;
}

}  // namespace khulasa::cli
