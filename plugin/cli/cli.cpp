#include "cli.hpp"

#include <vector>

#include "commands.hpp"

namespace khulasa::cli {
namespace {

constexpr std::string_view kVersion = "khulasa 0.1.0";

/// Every command, in the order `khulasa --help` lists them. A name with a space ("eval ner") is a
/// command group: `khulasa eval ner FILE`.
const std::vector<const Command*>& commands() {
  static const std::vector<const Command*> all = {
      &summarize_command(), &segment_command(), &normalize_command(),  &outline_command(),
      &entities_command(),  &facts_command(),   &eval_rouge_command(), &eval_ner_command()};
  return all;
}

void print_usage(std::FILE* f) {
  std::fprintf(f,
               "Usage: khulasa COMMAND [OPTIONS] FILE\n"
               "Arabic–English news analysis for the command line. FILE may be - for standard "
               "input.\n\nCommands:\n");
  for (const Command* c : commands()) {
    std::fprintf(f, "  %-12s %s\n", c->name.c_str(), c->summary.c_str());
  }
  std::fprintf(f,
               "\nRun `khulasa COMMAND --help` for a command's options.\n"
               "Exit codes: 0 success, 2 usage error, 3 input error.\n");
}

int usage_error(const Streams& streams, const std::string& command, const std::string& what) {
  std::fprintf(streams.err, "khulasa%s%s: %s\nTry `khulasa%s%s --help`.\n",
               command.empty() ? "" : " ", command.c_str(), what.c_str(),
               command.empty() ? "" : " ", command.c_str());
  return kUsage;
}

const OptionSpec* find_option(const Command& c, const std::string& name) {
  for (const OptionSpec& o : c.options) {
    if (o.name == name) return &o;
  }
  return nullptr;
}

}  // namespace

int run(const std::vector<std::string>& args, const Streams& streams) {
  if (args.empty()) {
    print_usage(streams.err);
    return kUsage;
  }
  const std::string name = args[0];
  if (name == "--help" || name == "-h" || name == "help") {
    print_usage(streams.out);
    return kOk;
  }
  if (name == "--version") {
    std::fprintf(streams.out, "%s\n", kVersion.data());
    return kOk;
  }
  const Command* command = nullptr;
  std::size_t first_arg = 1;
  for (const Command* c : commands()) {
    if (c->name == name) command = c;
    // A group's member: "eval" then "ner".
    if (args.size() > 1 && c->name == name + " " + args[1]) {
      command = c;
      first_arg = 2;
    }
  }
  if (command == nullptr) {
    for (const Command* c : commands()) {
      if (c->name.starts_with(name + " ")) {
        return usage_error(
            streams, "", "'" + name + "' needs a subcommand, e.g. `khulasa " + c->name + " FILE`");
      }
    }
    return usage_error(streams, "", "unknown command '" + name + "'");
  }

  ParsedArgs parsed;
  bool have_input = false;
  bool options_done = false;
  for (std::size_t i = first_arg; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (!options_done && (a == "--help" || a == "-h")) {
      std::fprintf(streams.out, "%s", command->help.c_str());
      return kOk;
    }
    if (!options_done && a == "--") {
      options_done = true;
      continue;
    }
    if (!options_done && a.size() > 2 && a.starts_with("--")) {
      std::string key = a.substr(2);
      std::optional<std::string> value;
      if (const auto eq = key.find('='); eq != std::string::npos) {
        value = key.substr(eq + 1);
        key = key.substr(0, eq);
      }
      const OptionSpec* spec = find_option(*command, key);
      if (spec == nullptr)
        return usage_error(streams, command->name, "unknown option '--" + key + "'");
      if (spec->takes_value && !value) {
        if (i + 1 >= args.size())
          return usage_error(streams, command->name, "--" + key + " needs a value");
        value = args[++i];
      }
      if (!spec->takes_value && value) {
        return usage_error(streams, command->name, "--" + key + " takes no value");
      }
      if (!spec->choices.empty()) {
        bool allowed = false;
        for (const std::string& c : spec->choices) allowed = allowed || c == *value;
        if (!allowed) {
          std::string list;
          for (const std::string& c : spec->choices) list += (list.empty() ? "" : "|") + c;
          return usage_error(streams, command->name, "--" + key + " must be one of " + list);
        }
      }
      parsed.values[key] = value.value_or("");
      continue;
    }
    if (!options_done && a.size() > 1 && a[0] == '-' && a != "-") {
      return usage_error(streams, command->name, "unknown option '" + a + "'");
    }
    if (have_input)
      return usage_error(streams, command->name, "expects one FILE, got a second: '" + a + "'");
    parsed.input = a;
    have_input = true;
  }
  if (!have_input)
    return usage_error(streams, command->name, "missing FILE (use - for standard input)");
  return command->run(parsed, streams);
}

}  // namespace khulasa::cli
