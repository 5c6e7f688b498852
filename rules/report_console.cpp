// Console report: grouped by file, sheet and table; each finding with its cell, severity,
// rule and the message (both numbers and the difference). Colour only when asked (the CLI
// asks when stdout is a terminal).
#include "rules/report.h"

namespace sakip {
namespace {

const char* sev_word(Severity s, Lang lang) {
  switch (s) {
    case Severity::Error: return lang == Lang::Id ? "galat" : "error";
    case Severity::Warning: return lang == Lang::Id ? "peringatan" : "warning";
    case Severity::Info: return "info";
  }
  return "";
}

const char* sev_color(Severity s) {
  switch (s) {
    case Severity::Error: return "\033[1;31m";
    case Severity::Warning: return "\033[33m";
    case Severity::Info: return "\033[36m";
  }
  return "";
}

}  // namespace

void report_console(std::ostream& out, const Submission& s, const std::vector<Finding>& findings, Lang lang,
                    bool color) {
  const bool id = lang == Lang::Id;
  const char* bold = color ? "\033[1m" : "";
  const char* dim = color ? "\033[2m" : "";
  const char* reset = color ? "\033[0m" : "";
  size_t fi = 0;
  for (size_t i = 0; i < s.files.size(); ++i) {
    const InputFile& file = s.files[i];
    out << bold << file.path << reset;
    if (file.unreadable) {
      out << ": " << (color ? sev_color(Severity::Error) : "") << (id ? "tidak dapat dibaca: " : "cannot be read: ")
          << file.error_text(lang) << reset << "\n";
    } else {
      out << dim << "  (" << to_string(file.format) << ", " << file.workbook->sheets.size()
          << (id ? " sheet, " : " sheets, ") << file.tables.size() << (id ? " tabel)" : " tables)") << reset << "\n";
    }
    std::string cur_sheet = "\x01", cur_table = "\x01";
    size_t n = 0;
    for (; fi < findings.size() && findings[fi].file_index == i; ++fi, ++n) {
      const Finding& f = findings[fi];
      if (f.sheet != cur_sheet) {
        cur_sheet = f.sheet;
        cur_table = "\x01";
        out << "  " << (id ? "Sheet " : "Sheet ") << bold << "'" << f.sheet << "'" << reset << "\n";
      }
      if (f.table != cur_table) {
        cur_table = f.table;
        if (!f.table.empty()) out << "    " << dim << (id ? "Tabel: " : "Table: ") << f.table << reset << "\n";
      }
      std::string cell = f.cell.empty() ? "-" : f.cell;
      if (cell.size() < 6) cell.resize(6, ' ');
      out << "      " << bold << cell << reset << " " << (color ? sev_color(f.severity) : "") << sev_word(f.severity, lang)
          << reset << " " << dim << "[" << f.rule << "]" << reset << " " << f.message(lang) << "\n";
    }
    if (n == 0 && !file.unreadable) out << "  " << (id ? "Tidak ada temuan." : "No findings.") << "\n";
  }
  const Summary sm = summarize(findings);
  out << "\n" << bold << (id ? "Ringkasan: " : "Summary: ") << reset;
  out << (color && sm.errors ? sev_color(Severity::Error) : "") << sm.errors << (id ? " galat" : " errors") << reset
      << ", " << (color && sm.warnings ? sev_color(Severity::Warning) : "") << sm.warnings
      << (id ? " peringatan" : " warnings") << reset << ", " << sm.infos << " info";
  size_t bad = 0;
  for (const auto& f : s.files) bad += f.unreadable;
  out << "; " << s.files.size() << (id ? " berkas" : " files");
  if (bad) out << ", " << bad << (id ? " tidak terbaca" : " unreadable");
  out << ".\n";
}

}  // namespace sakip
