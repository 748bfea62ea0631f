// The subcommands of `khulasa` and the small argument parser they share.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cli.hpp"

namespace khulasa::cli {

/// One option a command accepts: `--name VALUE` (or `--name=VALUE`) when it takes a value, else a
/// switch `--name`.
struct OptionSpec {
  std::string name;
  bool takes_value = false;
  std::vector<std::string> choices;  ///< allowed values; empty means any
};

/// A command: its name, help text and options, and the function that runs it.
struct Command {
  std::string name;
  std::string summary;  ///< one line for `khulasa --help`
  std::string help;     ///< the full text of `khulasa NAME --help`
  std::vector<OptionSpec> options;
  int (*run)(const struct ParsedArgs&, const Streams&);
};

/// The parsed command line of one command: option values and the one input path.
struct ParsedArgs {
  std::map<std::string, std::string> values;  ///< option name → value ("" for switches)
  std::string input;                          ///< FILE, or "-" for standard input

  [[nodiscard]] bool has(const std::string& name) const { return values.count(name) != 0; }
  [[nodiscard]] std::string get(const std::string& name, const std::string& fallback) const {
    auto it = values.find(name);
    return it == values.end() ? fallback : it->second;
  }
};

const Command& summarize_command();
const Command& segment_command();
const Command& normalize_command();
const Command& outline_command();
const Command& eval_rouge_command();
const Command& eval_ner_command();
const Command& entities_command();
const Command& facts_command();

}  // namespace khulasa::cli
