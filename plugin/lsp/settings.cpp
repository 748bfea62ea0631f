#include "settings.hpp"

#include <map>

namespace khulasa::lsp {
namespace {

/// Flattens nested objects into dotted keys: {"a": {"b": 1}} → {"a.b": 1}.
void flatten(const Json& value, const std::string& prefix, std::map<std::string, Json>& out) {
  if (value.is_object()) {
    for (const auto& [key, child] : value.items()) {
      flatten(child, prefix.empty() ? key : prefix + "." + key, out);
    }
    return;
  }
  if (!prefix.empty()) out[prefix] = value;
}

}  // namespace

const std::array<std::string, kTokenTypeCount>& token_type_names() {
  static const std::array<std::string, kTokenTypeCount> names = {
      "person", "organization", "location", "role", "money", "percent", "date", "number", "quote"};
  return names;
}

SettingsChange apply_settings(Settings& settings, const Json& value) {
  SettingsChange change;
  if (!value.is_object()) {
    if (!value.is_null()) change.warnings.push_back("settings must be an object; ignored them");
    return change;
  }
  std::map<std::string, Json> flat;
  flatten(value, "", flat);
  for (const auto& [full_key, v] : flat) {
    std::string_view key = full_key;
    if (key.starts_with("khulasa.")) key.remove_prefix(8);
    if (key == "ui.language") {
      if (v == "ar" || v == "en") {
        const UiLanguage language = v == "ar" ? UiLanguage::ar : UiLanguage::en;
        change.language_changed = change.language_changed || language != settings.language;
        settings.language = language;
      } else {
        change.warnings.push_back("khulasa.ui.language must be \"ar\" or \"en\", got " + v.dump());
      }
    } else if (key == "summary.sentences") {
      if (v.is_number_unsigned() && v.get<std::uint64_t>() >= 1 && v.get<std::uint64_t>() <= 20) {
        settings.summary_sentences = v.get<std::uint32_t>();
      } else {
        change.warnings.push_back(
            "khulasa.summary.sentences must be an integer from 1 to 20, got " + v.dump());
      }
    } else if (key == "highlight.kinds") {
      std::array<bool, kTokenTypeCount> kinds{};
      bool ok = v.is_array();
      for (const Json& k : ok ? v : Json::array()) {
        bool known = false;
        for (std::size_t t = 0; t < kTokenTypeCount; ++t) {
          if (k == token_type_names()[t]) kinds[t] = known = true;
        }
        ok = ok && known;
      }
      if (ok) {
        change.highlight_changed = kinds != settings.highlight;
        settings.highlight = kinds;
      } else {
        change.warnings.push_back(
            "khulasa.highlight.kinds must be an array of person, organization, location, role, "
            "money, percent, date, number, quote; got " +
            v.dump());
      }
    } else {
      change.ignored.push_back(full_key);
    }
  }
  return change;
}

}  // namespace khulasa::lsp
