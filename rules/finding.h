// A finding: one place where the numbers contradict each other (or are worth a look), with the
// cell to open, the cells the check used, both numbers and a message in Indonesian and English.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/decimal.h"
#include "ingest/messages.h"

namespace sakip {

enum class Severity : uint8_t { Error, Warning, Info };
std::string_view to_string(Severity s);  // "error", "warning", "info"

// expected / actual: an exact number, a text (a grade letter, a target text), or nothing.
struct ReportValue {
  enum class Kind : uint8_t { None, Number, Text } kind = Kind::None;
  Decimal number;
  std::string text;

  static ReportValue none() { return {}; }
  static ReportValue of(const Decimal& d) { ReportValue v; v.kind = Kind::Number; v.number = d; return v; }
  static ReportValue of_text(std::string t) { ReportValue v; v.kind = Kind::Text; v.text = std::move(t); return v; }
};

struct Finding {
  std::string rule;        // stable id, e.g. "sum.total"
  Severity severity = Severity::Error;
  std::string file;        // as the user gave it
  std::string sheet;
  std::string cell;        // A1 on `sheet`; empty only for file-level findings
  std::vector<std::string> related;  // "C5", "'PK Perubahan'!D12", "other.xlsx:Sheet1!B3"
  std::string table;       // the table's title (or "" when about the file)
  ReportValue expected, actual;
  std::string message_id, message_en;

  // Where it sits, for ordering and for drawing the HTML report.
  size_t file_index = 0;
  uint32_t sheet_index = 0;
  int table_index = -1;   // index into the file's tables, -1 when not about a table
  uint32_t row = 0, col = 0;  // 0-based cell position on the sheet

  const std::string& message(Lang lang) const { return lang == Lang::Id ? message_id : message_en; }
};

struct Summary {
  size_t errors = 0, warnings = 0, infos = 0;
};
Summary summarize(const std::vector<Finding>& findings);

// Sorts by file, sheet position, table, row, column, rule (stable, deterministic output).
void sort_findings(std::vector<Finding>& findings);

}  // namespace sakip
