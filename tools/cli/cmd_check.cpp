// sakipcheck check FILE|DIR... : reads the files (in parallel), recognises their tables, runs
// every consistency rule over them as one submission (cross-table rules across all files) and
// reports to the console (grouped by file/sheet/table), as JSON (--json FILE or --format json)
// and as one HTML page (--html FILE). Exit codes: 0 ok, 1 errors (or warnings with --werror),
// 2 usage, 3 an input could not be read (the others are still checked and reported).
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "rules/config.h"
#include "rules/report.h"
#include "rules/rule.h"
#include "rules/submission.h"
#include "tools/cli/options.h"

namespace sakip::cli {
namespace {

std::vector<std::string> split_patterns(const std::vector<std::string>& in) {
  std::vector<std::string> out;
  for (const auto& s : in) {
    std::stringstream ss(s);
    std::string item;
    while (std::getline(ss, item, ',')) {
      while (!item.empty() && item.back() == ' ') item.pop_back();
      while (!item.empty() && item.front() == ' ') item.erase(item.begin());
      if (!item.empty()) out.push_back(item);
    }
  }
  return out;
}

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

}  // namespace

int cmd_check(const Args& args) {
  std::vector<std::string> inputs, select, ignore;
  std::string json_path, html_path, format, lang_text, config_path;
  bool werror = false;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  po::options_description desc("Options");
  desc.add_options()("help,h", "show this help")(
      "json", po::value<std::string>(&json_path), "write the JSON report to FILE")(
      "html", po::value<std::string>(&html_path), "write a self-contained HTML report to FILE")(
      "format", po::value<std::string>(&format)->default_value("text"), "stdout: text (default) or json")(
      "config", po::value<std::string>(&config_path), "INI file with tolerances, scales, negative indicators")(
      "select", po::value<std::vector<std::string>>(&select)->composing(),
      "only these rules (id or prefix: sum, sum.*, pct.capaian; repeat or comma-separate)")(
      "ignore", po::value<std::vector<std::string>>(&ignore)->composing(), "skip these rules (id or prefix)")(
      "werror", po::bool_switch(&werror), "exit 1 on warnings too")(
      "jobs,j", po::value<unsigned>(&jobs), "files read in parallel (default: number of cores)")(
      "input", po::value<std::vector<std::string>>(&inputs), "files or directories");
  add_lang_option(desc, lang_text);
  po::positional_options_description pos;
  pos.add("input", -1);
  po::variables_map vm;
  if (auto rc = parse_args(args,
                           "sakipcheck check FILE|DIR... [--json FILE] [--html FILE] [--format text|json] "
                           "[--select RULES] [--ignore RULES] [--werror] [--config FILE] [--jobs N] [--lang id|en]",
                           desc, pos, vm))
    return *rc;
  Lang lang;
  if (!resolve_lang(lang_text, lang)) return kExitUsage;
  if (format != "text" && format != "json") {
    std::cerr << "sakipcheck: --format must be text or json\n";
    return kExitUsage;
  }
  if (inputs.empty()) {
    std::cerr << "sakipcheck: " << (lang == Lang::Id ? "tidak ada berkas untuk diperiksa" : "no files to check")
              << "\nUsage: sakipcheck check FILE|DIR...\n";
    return kExitUsage;
  }
  if (jobs == 0) jobs = 1;
  Config cfg = Config::defaults();
  if (!config_path.empty()) {
    try {
      cfg = load_config(config_path);
    } catch (const std::exception& e) {
      std::cerr << "sakipcheck: --config " << config_path << ": " << e.what() << "\n";
      return kExitUsage;
    }
  }
  RuleFilter filter;
  filter.select = split_patterns(select);
  filter.ignore = split_patterns(ignore);
  for (const auto* list : {&filter.select, &filter.ignore}) {
    for (const auto& p : *list) {
      bool known = false;
      for (const auto& r : rule_registry()) known |= RuleFilter::matches(p, r.id) || RuleFilter::matches(r.id, p);
      if (!known && p.rfind("read", 0) != 0) {
        std::cerr << "sakipcheck: " << (lang == Lang::Id ? "aturan tidak dikenal: " : "unknown rule: ") << p
                  << " (sakipcheck rules)\n";
        return kExitUsage;
      }
    }
  }

  const auto paths = expand_inputs(inputs);
  if (paths.empty()) {
    std::cerr << "sakipcheck: " << (lang == Lang::Id ? "folder tidak berisi spreadsheet" : "the directories hold no spreadsheets")
              << "\n";
    return kExitUsage;
  }
  const bool bar = isatty(STDERR_FILENO) && paths.size() > 1;
  auto progress = [&](size_t done, size_t total) {
    if (!bar) return;
    const int width = 30;
    const int filled = static_cast<int>(width * done / total);
    std::cerr << "\r[" << std::string(filled, '#') << std::string(width - filled, ' ') << "] " << done << "/" << total
              << (lang == Lang::Id ? " berkas" : " files") << std::flush;
    if (done == total) std::cerr << "\r" << std::string(width + 24, ' ') << "\r" << std::flush;
  };
  Submission sub = load_submission(paths, jobs, progress);
  std::vector<Finding> findings = run_rules(sub.file_tables(), cfg, filter);
  diagnostics_findings(sub, filter, findings);
  sort_findings(findings);

  if (!json_path.empty() && !write_file(json_path, report_json(sub, findings, cfg, lang))) {
    std::cerr << "sakipcheck: " << (lang == Lang::Id ? "tidak dapat menulis " : "cannot write ") << json_path << "\n";
    return kExitUsage;
  }
  if (!html_path.empty() && !write_file(html_path, report_html(sub, findings, cfg, lang))) {
    std::cerr << "sakipcheck: " << (lang == Lang::Id ? "tidak dapat menulis " : "cannot write ") << html_path << "\n";
    return kExitUsage;
  }
  if (format == "json") {
    std::cout << report_json(sub, findings, cfg, lang);
  } else {
    report_console(std::cout, sub, findings, lang, isatty(STDOUT_FILENO));
  }
  if (sub.any_unreadable()) {
    for (const auto& f : sub.files)
      if (f.unreadable) std::cerr << f.path << ": " << f.error_text(lang) << "\n";
    return kExitUnreadable;
  }
  const Summary sm = summarize(findings);
  if (sm.errors > 0 || (werror && sm.warnings > 0)) return kExitFindings;
  return kExitOk;
}

}  // namespace sakip::cli
