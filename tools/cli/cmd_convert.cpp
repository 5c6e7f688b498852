// sakipcheck convert FILE... [-o DIR]: clean, typed JSON for each input (ingest/clean_json.h).
// One file without -o: the document goes to stdout. Otherwise each input FILE is written to
// DIR/<file name>.json (DIR defaults to the current directory). An unreadable input is reported
// on stderr and the others are still converted (exit 3).
#include <filesystem>
#include <fstream>
#include <iostream>

#include "ingest/clean_json.h"
#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "ingest/table.h"
#include "tools/cli/options.h"

namespace sakip::cli {

int cmd_convert(const Args& args) {
  std::vector<std::string> files;
  std::string out_dir, lang_text;
  po::options_description desc("Options");
  desc.add_options()("help,h", "show this help")("output,o", po::value<std::string>(&out_dir),
                                                 "write FILE.json files into this directory")(
      "file", po::value<std::vector<std::string>>(&files)->required(), "input files");
  add_lang_option(desc, lang_text);
  po::positional_options_description pos;
  pos.add("file", -1);
  po::variables_map vm;
  if (auto rc = parse_args(args, "sakipcheck convert FILE... [-o DIR]", desc, pos, vm)) return *rc;
  Lang lang;
  if (!resolve_lang(lang_text, lang)) return kExitUsage;
  const bool to_stdout = out_dir.empty() && files.size() == 1;
  if (!to_stdout) {
    if (out_dir.empty()) out_dir = ".";
    std::error_code ec;
    std::filesystem::create_directories(out_dir, ec);
    if (!std::filesystem::is_directory(out_dir)) {
      std::cerr << "sakipcheck: " << (lang == Lang::Id ? "bukan direktori: " : "not a directory: ") << out_dir << "\n";
      return kExitUsage;
    }
  }
  int rc = kExitOk;
  for (const std::string& file : files) {
    std::optional<Workbook> read = read_or_report(file, "", lang);
    if (!read) {
      rc = kExitUnreadable;
      continue;
    }
    const Workbook& wb = *read;
    std::string doc = clean_json(wb, recognize_tables(wb), file);
    if (to_stdout) {
      std::cout << doc;
      continue;
    }
    std::filesystem::path out = std::filesystem::path(out_dir) / std::filesystem::path(file).filename();
    out.concat(".json");
    std::ofstream os(out, std::ios::binary);
    os << doc;
    if (!os) {
      std::cerr << "sakipcheck: " << (lang == Lang::Id ? "tidak dapat menulis " : "cannot write ") << out.string() << "\n";
      rc = kExitUnreadable;
    }
  }
  return rc;
}

}  // namespace sakip::cli
