// Transcript tests: readable LSP sessions in tests/lsp/transcripts/*.txt, played against the real
// `khulasa-lsp` binary as a subprocess (stdin from a file, stdout and stderr to files).
//
// Format, one item per line (a JSON message may continue on following lines indented by a space):
//
//   # comment                  anything starting with '#', and blank lines, is kept as is
//   @args --log-level debug    command-line arguments of the server
//   @exit 0                    the expected exit code (default 0)
//   @text NAME                 a text block: the lines up to "@end", each ending in "\n"
//   @text-crlf NAME            the same with "\r\n" line ends
//   --> {JSON}                 a client message, framed with Content-Length; "jsonrpc": "2.0" is
//                              added when missing; a string "${NAME}" anywhere is replaced by the
//                              text block NAME
//   ==> body TEXT              a raw body, framed; TEXT has C escapes (\r \n \t \\ \xHH)
//   ==> bytes TEXT             raw bytes sent exactly as written (for framing errors)
//   @sync                      wait until the server has sent every response listed so far before
//                              sending more (without it, the whole input is waiting at once, as
//                              from a client that writes faster than the server reads)
//   <-- {JSON}                 an expected server message; only the fields listed are compared,
//                              arrays must have the listed length, "<any>" matches any value
//
// Responses are matched by id (and must come in the listed order); server notifications by method,
// in order; server notifications that are not listed (window/logMessage) are ignored, responses
// and server requests that are not listed fail the test. With KHULASA_UPDATE_TRANSCRIPTS=1 the
// runner rewrites the expected messages from what the server sent (keeping the fields listed,
// adding unexpected responses after their request) and passes: review the change with `git diff`.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

const fs::path kTranscripts = fs::path(KHULASA_TEST_DATA_DIR) / "lsp" / "transcripts";

struct Item {
  enum class Kind { verbatim, client, raw_body, raw_bytes, expect };
  Kind kind = Kind::verbatim;
  std::vector<std::string> lines;  ///< the item's lines in the file
  Json json;                       ///< client and expect
  std::string raw;                 ///< raw_body and raw_bytes, unescaped
};

struct Transcript {
  std::vector<Item> items;
  std::vector<std::string> args;
  int exit_code = 0;
  std::map<std::string, std::string> texts;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    const char c = s[++i];
    if (c == 'r') {
      out += '\r';
    } else if (c == 'n') {
      out += '\n';
    } else if (c == 't') {
      out += '\t';
    } else if (c == 'x' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

Transcript parse_transcript(const std::string& content) {
  std::vector<std::string> lines;
  std::istringstream in(content);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  Transcript t;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    Item item;
    item.lines.push_back(line);
    if (line.starts_with("@text ") || line.starts_with("@text-crlf ")) {
      const bool crlf = line.starts_with("@text-crlf ");
      const std::string name = line.substr(line.find(' ') + 1);
      std::string text;
      while (++i < lines.size() && lines[i] != "@end") {
        item.lines.push_back(lines[i]);
        text += lines[i] + (crlf ? "\r\n" : "\n");
      }
      item.lines.push_back("@end");
      t.texts[name] = text;
    } else if (line.starts_with("@args ")) {
      std::istringstream words(line.substr(6));
      for (std::string w; words >> w;) t.args.push_back(w);
    } else if (line.starts_with("@exit ")) {
      t.exit_code = std::stoi(line.substr(6));
    } else if (line.starts_with("-->") || line.starts_with("<--")) {
      std::string text = line.substr(3);
      while (i + 1 < lines.size() && !lines[i + 1].empty() &&
             (lines[i + 1][0] == ' ' || lines[i + 1][0] == '\t')) {
        item.lines.push_back(lines[++i]);
        text += "\n" + lines[i];
      }
      item.kind = line.starts_with("-->") ? Item::Kind::client : Item::Kind::expect;
      item.json = Json::parse(text);  // a bad transcript throws: the test fails with the message
    } else if (line.starts_with("==> body ")) {
      item.kind = Item::Kind::raw_body;
      item.raw = unescape(line.substr(9));
    } else if (line.starts_with("==> bytes ")) {
      item.kind = Item::Kind::raw_bytes;
      item.raw = unescape(line.substr(10));
    }
    t.items.push_back(std::move(item));
  }
  return t;
}

Json substitute(const Json& j, const std::map<std::string, std::string>& texts) {
  if (j.is_string()) {
    const auto& s = j.get_ref<const std::string&>();
    if (s.starts_with("${") && s.ends_with("}")) {
      const auto it = texts.find(s.substr(2, s.size() - 3));
      if (it != texts.end()) return it->second;
    }
    return j;
  }
  if (j.is_object() || j.is_array()) {
    Json out = j;
    for (auto it = out.begin(); it != out.end(); ++it) *it = substitute(*it, texts);
    return out;
  }
  return j;
}

std::string frame(const std::string& body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

/// What the runner writes to the server's stdin: chunks, each sent once the server has answered
/// `responses_before` requests (the responses listed before the chunk's @sync).
struct Chunk {
  std::string bytes;
  std::size_t responses_before = 0;
};

std::vector<Chunk> client_input(const Transcript& t) {
  std::vector<Chunk> chunks(1);
  std::size_t responses = 0;
  for (const Item& item : t.items) {
    std::string& out = chunks.back().bytes;
    if (item.kind == Item::Kind::expect && item.json.contains("id") &&
        (item.json.contains("result") || item.json.contains("error"))) {
      ++responses;
    } else if (item.kind == Item::Kind::verbatim && item.lines.front() == "@sync") {
      chunks.push_back(Chunk{"", responses});
    } else if (item.kind == Item::Kind::client) {
      Json message = Json::object();
      if (!item.json.contains("jsonrpc")) message["jsonrpc"] = "2.0";
      for (const auto& [k, v] : item.json.items()) message[k] = substitute(v, t.texts);
      out += frame(message.dump());
    } else if (item.kind == Item::Kind::raw_body) {
      out += frame(item.raw);
    } else if (item.kind == Item::Kind::raw_bytes) {
      out += item.raw;
    }
  }
  return chunks;
}

struct ServerRun {
  std::string sync_problem;  ///< an @sync that waited in vain
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::vector<Json> split_output(const std::string& out, std::string& error);

/// How many responses (messages with an id and a result or error) `out` holds so far.
std::size_t responses_in(const std::string& out) {
  std::string error;
  std::size_t n = 0;
  for (const Json& m : split_output(out, error)) {
    if (m.contains("id") && (m.contains("result") || m.contains("error"))) ++n;
  }
  return n;
}

/// Runs the server with the chunks written to its stdin (a pipe), each after the responses before
/// it arrived (at most 20 s each); kills the server after 60 s.
ServerRun run_server(const std::vector<Chunk>& input, const std::vector<std::string>& args,
                     const fs::path& dir) {
  const fs::path out_path = dir / "out.bin";
  const fs::path err_path = dir / "err.txt";
  std::vector<std::string> argv_storage = {KHULASA_LSP_BINARY};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  int in_pipe[2];
  if (pipe2(in_pipe, O_CLOEXEC) != 0) return ServerRun{"pipe2 failed", -1, "", ""};
  const pid_t pid = fork();
  if (pid == 0) {
    const int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (out < 0 || err < 0) _exit(126);
    dup2(in_pipe[0], 0);
    dup2(out, 1);
    dup2(err, 2);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(in_pipe[0]);
  signal(SIGPIPE, SIG_IGN);  // a server that exited early shows as a failed write
  ServerRun r;
  int status = 0;
  bool exited = false;
  for (const Chunk& chunk : input) {
    const auto wait_until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!exited && responses_in(read_file(out_path)) < chunk.responses_before) {
      exited = waitpid(pid, &status, WNOHANG) == pid;
      if (std::chrono::steady_clock::now() > wait_until) {
        r.sync_problem = "@sync: no " + std::to_string(chunk.responses_before) +
                         " responses after 20 s (are the responses listed right?)";
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    for (std::size_t at = 0; at < chunk.bytes.size();) {
      const ssize_t n = write(in_pipe[1], chunk.bytes.data() + at, chunk.bytes.size() - at);
      if (n <= 0) break;
      at += static_cast<std::size_t>(n);
    }
  }
  close(in_pipe[1]);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!exited) {
    exited = waitpid(pid, &status, WNOHANG) == pid;
    if (exited) break;
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      r.err = "(killed after 60 s)\n";
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = read_file(out_path);
  r.err += read_file(err_path);
  return r;
}

/// Splits the server's stdout into messages; anything but well-framed JSON is an error.
std::vector<Json> split_output(const std::string& out, std::string& error) {
  std::vector<Json> messages;
  std::size_t at = 0;
  while (at < out.size()) {
    const std::string prefix = "Content-Length: ";
    const std::size_t header_end = out.find("\r\n\r\n", at);
    if (out.compare(at, prefix.size(), prefix) != 0 || header_end == std::string::npos) {
      error = "stdout holds something other than framed messages at byte " + std::to_string(at);
      return messages;
    }
    const std::size_t length = std::stoul(out.substr(at + prefix.size(), header_end - at));
    const std::size_t body = header_end + 4;
    if (body + length > out.size()) {
      error = "the last message on stdout is truncated";
      return messages;
    }
    messages.push_back(Json::parse(out.substr(body, length)));
    at = body + length;
  }
  return messages;
}

/// Whether `actual` holds everything `expected` lists; `why` names the first difference.
bool subset(const Json& expected, const Json& actual, const std::string& path, std::string& why) {
  if (expected == "<any>") return true;
  if (expected.is_object()) {
    if (!actual.is_object()) {
      why = path + ": expected an object, got " + actual.dump();
      return false;
    }
    for (const auto& [k, v] : expected.items()) {
      if (!actual.contains(k)) {
        why = path + "." + k + ": missing";
        return false;
      }
      if (!subset(v, actual[k], path + "." + k, why)) return false;
    }
    return true;
  }
  if (expected.is_array()) {
    if (!actual.is_array() || actual.size() != expected.size()) {
      why = path + ": expected " + expected.dump() + ", got " + actual.dump();
      return false;
    }
    for (std::size_t i = 0; i < expected.size(); ++i) {
      if (!subset(expected[i], actual[i], path + "[" + std::to_string(i) + "]", why)) return false;
    }
    return true;
  }
  if (expected != actual) {
    why = path + ": expected " + expected.dump() + ", got " + actual.dump();
    return false;
  }
  return true;
}

/// `actual` cut down to the fields `expected` lists (for rewriting a transcript).
Json project(const Json& expected, const Json& actual) {
  if (expected == "<any>") return expected;
  if (expected.is_object() && actual.is_object()) {
    Json out = Json::object();
    for (const auto& [k, v] : expected.items()) {
      if (actual.contains(k)) out[k] = project(v, actual[k]);
    }
    return out;
  }
  if (expected.is_array() && actual.is_array() && expected.size() == actual.size()) {
    Json out = Json::array();
    for (std::size_t i = 0; i < expected.size(); ++i)
      out.push_back(project(expected[i], actual[i]));
    return out;
  }
  return actual;
}

bool is_response_or_request(const Json& m) {
  return m.is_object() && m.contains("id");
}

/// The expected messages matched to actual ones: index into `actual` per item, or nothing.
struct Matching {
  std::vector<std::optional<std::size_t>> of_item;
  std::vector<bool> used;
};

Matching match(const Transcript& t, const std::vector<Json>& actual) {
  Matching m;
  m.of_item.resize(t.items.size());
  m.used.assign(actual.size(), false);
  std::size_t notifications_from = 0;
  for (std::size_t i = 0; i < t.items.size(); ++i) {
    const Item& item = t.items[i];
    if (item.kind != Item::Kind::expect) continue;
    if (item.json.contains("id")) {
      for (std::size_t a = 0; a < actual.size(); ++a) {
        if (!m.used[a] && is_response_or_request(actual[a]) && actual[a]["id"] == item.json["id"]) {
          m.of_item[i] = a;
          m.used[a] = true;
          break;
        }
      }
    } else {
      for (std::size_t a = notifications_from; a < actual.size(); ++a) {
        if (!m.used[a] && !is_response_or_request(actual[a]) &&
            actual[a].value("method", "") == item.json.value("method", "")) {
          m.of_item[i] = a;
          m.used[a] = true;
          notifications_from = a + 1;
          break;
        }
      }
    }
  }
  return m;
}

/// One line of a transcript; "jsonrpc" is left out (the runner adds it to client messages and
/// does not compare what is not listed).
std::string render(const Json& j, const char* arrow) {
  Json shown = j;
  if (shown.is_object()) shown.erase("jsonrpc");
  return std::string(arrow) + " " + shown.dump();
}

void rewrite(const fs::path& path, const Transcript& t, const std::vector<Json>& actual,
             const Matching& m, int exit_code) {
  std::vector<std::vector<std::string>> blocks;  // lines per item, after rewriting
  for (std::size_t i = 0; i < t.items.size(); ++i) {
    const Item& item = t.items[i];
    if (item.kind == Item::Kind::expect) {
      blocks.push_back(m.of_item[i] ? std::vector<std::string>{render(
                                          project(item.json, actual[*m.of_item[i]]), "<--")}
                                    : std::vector<std::string>{});
    } else if (item.lines.front().starts_with("@exit ")) {
      blocks.push_back({"@exit " + std::to_string(exit_code)});
    } else {
      blocks.push_back(item.lines);
    }
  }
  // Unexpected responses and server requests go after the client message with the same id.
  std::vector<std::string> tail;
  for (std::size_t a = 0; a < actual.size(); ++a) {
    if (m.used[a] || !is_response_or_request(actual[a])) continue;
    bool placed = false;
    for (std::size_t i = t.items.size(); i-- > 0;) {
      if (t.items[i].kind == Item::Kind::client &&
          t.items[i].json.value("id", Json()) == actual[a]["id"]) {
        blocks[i].push_back(render(actual[a], "<--"));
        placed = true;
        break;
      }
    }
    if (!placed) tail.push_back(render(actual[a], "<--"));
  }
  std::ofstream out(path, std::ios::binary);
  for (const auto& block : blocks) {
    for (const std::string& line : block) out << line << '\n';
  }
  for (const std::string& line : tail) out << line << '\n';
  if (exit_code != t.exit_code && std::none_of(t.items.begin(), t.items.end(), [](const Item& i) {
        return i.lines.front().starts_with("@exit ");
      })) {
    out << "@exit " << exit_code << '\n';
  }
}

std::vector<std::string> transcript_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kTranscripts)) {
    if (entry.path().extension() == ".txt") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class transcript_test : public ::testing::TestWithParam<std::string> {};

TEST_P(transcript_test, session) {
  const fs::path path = kTranscripts / (GetParam() + ".txt");
  const Transcript t = parse_transcript(read_file(path));
  const fs::path dir = fs::temp_directory_path() /
                       ("khulasa-lsp-transcript-" + std::to_string(getpid()) + "-" + GetParam());
  fs::create_directories(dir);
  const ServerRun r = run_server(client_input(t), t.args, dir);
  fs::remove_all(dir);
  std::string framing_error;
  const std::vector<Json> actual = split_output(r.out, framing_error);
  ASSERT_TRUE(framing_error.empty()) << framing_error << "\nstderr:\n" << r.err;
  EXPECT_EQ(r.sync_problem, "");
  const Matching m = match(t, actual);
  if (std::getenv("KHULASA_UPDATE_TRANSCRIPTS") != nullptr) {
    rewrite(path, t, actual, m, r.exit_code);
    return;
  }
  const std::string hint = "\n(rerun with KHULASA_UPDATE_TRANSCRIPTS=1 and review `git diff`)";
  std::optional<std::size_t> last_response;
  for (std::size_t i = 0; i < t.items.size(); ++i) {
    const Item& item = t.items[i];
    if (item.kind != Item::Kind::expect) continue;
    const std::string where = path.filename().string() + ", expected " + item.json.dump();
    if (!m.of_item[i]) {
      ADD_FAILURE() << where << ": no such message from the server" << hint << "\nstderr:\n"
                    << r.err;
      continue;
    }
    std::string why;
    EXPECT_TRUE(subset(item.json, actual[*m.of_item[i]], "", why))
        << where << "\n  " << why << "\n  got " << actual[*m.of_item[i]].dump() << hint;
    if (item.json.contains("id")) {
      EXPECT_TRUE(!last_response || *last_response < *m.of_item[i])
          << where << ": the server answered out of the listed order";
      last_response = m.of_item[i];
    }
  }
  for (std::size_t a = 0; a < actual.size(); ++a) {
    if (!m.used[a] && is_response_or_request(actual[a])) {
      ADD_FAILURE() << path.filename().string() << ": unexpected message " << actual[a].dump()
                    << hint;
    }
  }
  EXPECT_EQ(r.exit_code, t.exit_code) << "stderr:\n" << r.err;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(transcripts, transcript_test, ::testing::ValuesIn(transcript_names()),
                         test_name);

}  // namespace
