// sakipcheck rules [--lang id|en] [--format text|json]: every rule id with its usual severity
// and description (Indonesian by default); --default-config prints the INI defaults.
#include <iostream>

#include "rules/config.h"
#include "rules/report.h"
#include "rules/rule.h"
#include "tools/cli/options.h"

namespace sakip::cli {

int cmd_rules(const Args& args) {
  std::string lang_text, format;
  bool default_config = false;
  po::options_description desc("Options");
  desc.add_options()("help,h", "show this help")(
      "format", po::value<std::string>(&format)->default_value("text"), "text or json")(
      "default-config", po::bool_switch(&default_config), "print the default INI configuration (for --config)");
  add_lang_option(desc, lang_text);
  po::positional_options_description pos;
  po::variables_map vm;
  if (auto rc = parse_args(args, "sakipcheck rules [--lang id|en] [--format text|json]", desc, pos, vm)) return *rc;
  Lang lang;
  if (!resolve_lang(lang_text, lang)) return kExitUsage;
  if (format != "text" && format != "json") {
    std::cerr << "sakipcheck: --format must be text or json\n";
    return kExitUsage;
  }
  if (default_config) {
    std::cout << default_config_text();
    return kExitOk;
  }
  const auto& rules = rule_registry();
  if (format == "json") {
    std::cout << "[";
    for (size_t i = 0; i < rules.size(); ++i) {
      const auto& r = rules[i];
      std::cout << (i ? ",\n " : "\n ") << "{\"id\": " << json_string(r.id) << ", \"severity\": "
                << json_string(to_string(r.severity)) << ", \"description\": "
                << json_string(lang == Lang::Id ? r.description_id : r.description_en) << "}";
    }
    std::cout << "\n]\n";
    return kExitOk;
  }
  size_t w = 0;
  for (const auto& r : rules) w = std::max(w, r.id.size());
  for (const auto& r : rules) {
    std::string id(r.id);
    id.resize(w + 2, ' ');
    std::string sev(to_string(r.severity));
    sev.resize(9, ' ');
    std::cout << id << sev << (lang == Lang::Id ? r.description_id : r.description_en) << "\n";
  }
  return kExitOk;
}

}  // namespace sakip::cli
