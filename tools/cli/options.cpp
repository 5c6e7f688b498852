#include "tools/cli/options.h"

#include "ingest/read_error.h"
#include "ingest/reader.h"

namespace sakip::cli {

std::optional<int> parse_args(const Args& args, const std::string& usage_line,
                              const po::options_description& desc,
                              const po::positional_options_description& pos, po::variables_map& vm) {
  try {
    po::store(po::command_line_parser(args).options(desc).positional(pos).run(), vm);
    if (vm.count("help")) {
      std::cout << "Usage: " << usage_line << "\n\n" << desc << "\n";
      return kExitOk;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "sakipcheck: " << e.what() << "\nUsage: " << usage_line << "\n";
    return kExitUsage;
  }
  return std::nullopt;
}

void add_lang_option(po::options_description& desc, std::string& lang_text) {
  desc.add_options()("lang", po::value<std::string>(&lang_text)->default_value("id"),
                     "message language: id (Bahasa Indonesia) or en");
}

bool resolve_lang(const std::string& lang_text, Lang& lang) {
  if (parse_lang(lang_text, lang)) return true;
  std::cerr << "sakipcheck: --lang must be 'id' or 'en', not '" << lang_text << "'\n";
  return false;
}

std::optional<Workbook> read_or_report(const std::string& file, const std::string& sheet, Lang lang) {
  try {
    ReadOptions opt;
    opt.only_sheet = sheet;
    return read_workbook(file, opt);
  } catch (const ReadError& e) {
    std::cerr << read_error_line(file, e, lang) << "\n";
    return std::nullopt;
  }
}

}  // namespace sakip::cli
