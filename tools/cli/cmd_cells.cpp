// sakipcheck cells FILE [--sheet NAME] [--format text|json]: every non-empty cell the reader
// sees, with its A1 reference, kind, stored text, value and number format. The window into
// the reader for people and tests.
#include <nlohmann/json.hpp>

#include <iostream>

#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "tools/cli/options.h"

namespace sakip::cli {

namespace {

nlohmann::ordered_json cell_json(const Workbook& wb, const Cell& c) {
  nlohmann::ordered_json j;
  j["ref"] = to_a1(c.row, c.col);
  j["kind"] = std::string(to_string(c.kind));
  j["raw"] = std::string(wb.raw(c));
  switch (c.kind) {
    case CellKind::Number: j["value"] = c.number; break;
    case CellKind::Boolean: j["value"] = c.number != 0; break;
    case CellKind::Text:
    case CellKind::Error: j["value"] = std::string(wb.raw(c)); break;
    case CellKind::Blank: j["value"] = nullptr; break;
  }
  if (c.formula) j["formula"] = std::string(wb.formula(c));
  const NumberFormat& f = wb.format_of(c);
  if (c.format != 0) {
    j["format"] = f.code;
    if (f.percent) j["percent"] = true;
    if (f.date) j["date"] = true;
    if (f.decimals >= 0) j["decimals"] = f.decimals;
  }
  return j;
}

}  // namespace

int cmd_cells(const Args& args) {
  std::string file, sheet, format, lang_text;
  bool include_blank = false;
  bool count_only = false;
  po::options_description desc("Options");
  desc.add_options()("help,h", "show this help")(
      "sheet", po::value<std::string>(&sheet), "only this sheet")(
      "format", po::value<std::string>(&format)->default_value("text"), "text or json")(
      "blank", po::bool_switch(&include_blank), "also list styled blank cells")(
      "count", po::bool_switch(&count_only), "print only the number of cells per sheet (reader benchmarks)")(
      "file", po::value<std::string>(&file)->required(), "input file");
  add_lang_option(desc, lang_text);
  po::positional_options_description pos;
  pos.add("file", 1);
  po::variables_map vm;
  if (auto rc = parse_args(args, "sakipcheck cells FILE [--sheet NAME] [--format text|json]", desc, pos, vm))
    return *rc;
  Lang lang;
  if (!resolve_lang(lang_text, lang)) return kExitUsage;
  if (format != "text" && format != "json") {
    std::cerr << "sakipcheck: --format must be text or json\n";
    return kExitUsage;
  }
  std::optional<Workbook> read = read_or_report(file, sheet, lang);
  if (!read) return kExitUnreadable;
  Workbook& wb = *read;
  if (!sheet.empty() && !wb.sheet(sheet)) {
    std::cerr << file << ": " << (lang == Lang::Id ? "sheet tidak ada: " : "no such sheet: ") << sheet << "\n";
    return kExitUsage;
  }
  if (count_only) {
    for (const Sheet& s : wb.sheets) {
      if (!sheet.empty() && s.name != sheet) continue;
      size_t n = 0;
      for (const Cell& c : s.cells) n += (c.kind != CellKind::Blank || include_blank) ? 1 : 0;
      std::cout << s.name << '\t' << n << '\n';
    }
    return kExitOk;
  }
  if (format == "json") {
    // Streamed one cell at a time: a 200,000-row sheet must not become one JSON tree in memory.
    // Same document as before: {file, format, date_system, sheets: [{name, state, merges,
    // hidden_rows, cells: [...]}], diagnostics: [...]}.
    // invalid UTF-8 (possible from the csv/xls readers) is replaced, never a throw
    constexpr auto kReplace = nlohmann::json::error_handler_t::replace;
    auto q = [&](const std::string& v) { return nlohmann::json(v).dump(-1, ' ', false, kReplace); };
    std::cout << "{\n \"file\": " << q(file) << ",\n \"format\": " << q(std::string(to_string(wb.format)))
              << ",\n \"date_system\": \"" << (wb.date_system == DateSystem::D1904 ? "1904" : "1900")
              << "\",\n \"sheets\": [";
    bool first_sheet = true;
    for (const Sheet& s : wb.sheets) {
      if (!sheet.empty() && s.name != sheet) continue;
      nlohmann::ordered_json merges = nlohmann::ordered_json::array();
      for (const Merge& m : s.merges) merges.push_back(to_a1(m.range));
      std::cout << (first_sheet ? "\n  {" : ",\n  {") << "\"name\": " << q(s.name) << ", \"state\": "
                << q(std::string(to_string(s.state))) << ", \"merges\": " << merges.dump(-1, ' ', false, kReplace)
                << ", \"hidden_rows\": " << nlohmann::json(s.hidden_rows).dump() << ", \"cells\": [";
      first_sheet = false;
      bool first_cell = true;
      for (const Cell& c : s.cells) {
        if (c.kind == CellKind::Blank && !include_blank) continue;
        std::cout << (first_cell ? "\n   " : ",\n   ") << cell_json(wb, c).dump(-1, ' ', false, kReplace);
        first_cell = false;
      }
      std::cout << (first_cell ? "]}" : "\n  ]}");
    }
    std::cout << (first_sheet ? "]" : "\n ]") << ",\n \"diagnostics\": [";
    bool first_diag = true;
    for (const Diagnostic& d : wb.diagnostics) {
      nlohmann::ordered_json j = {{"code", d.code}, {"sheet", d.sheet}, {"cell", d.cell}, {"detail", d.detail}};
      std::cout << (first_diag ? "\n  " : ",\n  ") << j.dump(-1, ' ', false, kReplace);
      first_diag = false;
    }
    std::cout << (first_diag ? "]" : "\n ]") << "\n}\n";
    return kExitOk;
  }
  std::cout << "# " << file << " (" << to_string(wb.format) << ")\n";
  for (const Sheet& s : wb.sheets) {
    if (!sheet.empty() && s.name != sheet) continue;
    std::cout << "## " << s.name;
    if (s.state != SheetState::Visible) std::cout << " [" << to_string(s.state) << "]";
    std::cout << "\n";
    for (const Cell& c : s.cells) {
      if (c.kind == CellKind::Blank && !include_blank) continue;
      std::cout << to_a1(c.row, c.col) << '\t' << to_string(c.kind) << '\t' << wb.raw(c);
      if (c.formula) std::cout << "\t=" << wb.formula(c);
      if (c.format != 0) std::cout << "\t[" << wb.format_of(c).code << "]";
      std::cout << '\n';
    }
  }
  for (const Diagnostic& d : wb.diagnostics) {
    std::cout << "! " << d.code << ' ' << d.sheet << (d.cell.empty() ? "" : "!") << d.cell << ' ' << d.detail << '\n';
  }
  return kExitOk;
}

}  // namespace sakip::cli
