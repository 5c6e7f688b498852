// Shared option handling for the subcommands (Boost.Program_options).
#pragma once
#include <boost/program_options.hpp>
#include <iostream>
#include <optional>
#include <string>

#include "ingest/messages.h"
#include "ingest/workbook.h"
#include "tools/cli/commands.h"

namespace sakip::cli {

namespace po = boost::program_options;

// Parses `args` against `desc` (and positional `pos`). On --help prints usage and returns
// kExitOk; on a usage error prints it and returns kExitUsage; nullopt when parsing succeeded.
std::optional<int> parse_args(const Args& args, const std::string& usage_line,
                              const po::options_description& desc,
                              const po::positional_options_description& pos, po::variables_map& vm);

// Adds --lang (id|en) and reads it; returns false (after printing) on a bad value.
void add_lang_option(po::options_description& desc, std::string& lang_text);
bool resolve_lang(const std::string& lang_text, Lang& lang);

// Reads `file` (only `sheet` when not empty). When it cannot be read, prints the one line naming
// the file and the problem to stderr and returns nullopt: the caller exits (or goes on) with 3.
std::optional<Workbook> read_or_report(const std::string& file, const std::string& sheet, Lang lang);

}  // namespace sakip::cli
