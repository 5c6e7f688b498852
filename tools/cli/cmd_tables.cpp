// sakipcheck tables FILE [--sheet NAME]: for people, each table found: sheet, range, kind,
// confidence, title, column roles, and how many rows sit at each level.
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "ingest/read_error.h"
#include "ingest/messages.h"
#include "ingest/reader.h"
#include "ingest/table.h"
#include "tools/cli/options.h"

namespace sakip::cli {

int cmd_tables(const Args& args) {
  std::string file, sheet, lang_text;
  po::options_description desc("Options");
  desc.add_options()("help,h", "show this help")("sheet", po::value<std::string>(&sheet), "only this sheet")(
      "file", po::value<std::string>(&file)->required(), "input file");
  add_lang_option(desc, lang_text);
  po::positional_options_description pos;
  pos.add("file", 1);
  po::variables_map vm;
  if (auto rc = parse_args(args, "sakipcheck tables FILE [--sheet NAME]", desc, pos, vm)) return *rc;
  Lang lang;
  if (!resolve_lang(lang_text, lang)) return kExitUsage;
  const bool id = lang == Lang::Id;
  std::optional<Workbook> read = read_or_report(file, sheet, lang);
  if (!read) return kExitUnreadable;
  Workbook& wb = *read;
  std::vector<Table> tables = recognize_tables(wb);
  std::cout << "# " << file << " (" << to_string(wb.format) << "): " << tables.size()
            << (id ? " tabel\n" : " tables\n");
  size_t n = 0;
  for (const Table& t : tables) {
    if (!sheet.empty() && t.sheet != sheet) continue;
    ++n;
    std::ostringstream conf;
    conf << std::fixed << std::setprecision(2) << t.confidence;
    std::cout << "\n## " << (id ? "Tabel " : "Table ") << n << ": " << quote_sheet_name(t.sheet) << "!"
              << to_a1(t.range) << "  " << to_string(t.kind) << " (" << (id ? "keyakinan " : "confidence ")
              << conf.str() << ")\n"
              << (id ? "jenis: " : "kind: ") << table_kind_name(t.kind, lang) << "\n";
    if (!t.title.empty()) std::cout << (id ? "judul: " : "title: ") << t.title << "\n";
    std::cout << (id ? "baris judul kolom: " : "header rows: ");
    for (size_t i = 0; i < t.header_rows.size(); ++i) std::cout << (i ? "," : "") << t.header_rows[i] + 1;
    if (t.numbering_row) std::cout << (id ? "; nomor kolom: " : "; column numbers: ") << *t.numbering_row + 1;
    std::cout << "\n" << (id ? "kolom:\n" : "columns:\n");
    for (const Column& c : t.columns) {
      std::cout << "  " << column_letters(c.col) << "  " << std::left << std::setw(18) << to_string(c.role)
                << std::right;
      if (c.year) std::cout << " " << (id ? "tahun=" : "year=") << c.year;
      if (c.period) std::cout << " " << (id ? "tahun-ke=" : "period=") << c.period;
      if (c.quarter) std::cout << " tw=" << c.quarter;
      if (c.end_of_period) std::cout << (id ? " akhir-periode" : " end-of-period");
      if (c.is_money) std::cout << " rp";
      if (!c.header.empty()) std::cout << "  \"" << c.header << "\"";
      if (!c.numbering.empty()) std::cout << "  (" << c.numbering << ")";
      std::cout << "\n";
    }
    std::map<std::string, size_t> levels;
    std::map<std::string, size_t> types;
    for (const Row& r : t.rows) {
      ++levels[std::string(to_string(r.level))];
      ++types[std::string(to_string(r.type))];
    }
    std::cout << (id ? "baris: " : "rows: ") << t.rows.size() << " (";
    bool first = true;
    for (const auto& [k, v] : types) {
      std::cout << (first ? "" : ", ") << k << " " << v;
      first = false;
    }
    std::cout << ")\n" << (id ? "tingkat: " : "levels: ");
    first = true;
    for (const auto& [k, v] : levels) {
      std::cout << (first ? "" : ", ") << k << " " << v;
      first = false;
    }
    std::cout << "\n";
    if (!t.footer_cells.empty())
      std::cout << (id ? "kaki tabel: " : "footer: ") << t.footer_cells.size() << (id ? " sel dari " : " cells from ")
                << to_a1(t.footer_cells.front()) << "\n";
  }
  return kExitOk;
}

}  // namespace sakip::cli
