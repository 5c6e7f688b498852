// Shared views of a typed Table that several rule families need: which columns hold money or
// counts, each row's parent (from the recogniser, else from code prefixes or levels), the
// children of each row, and the rows a total closes.
#pragma once
#include <string>
#include <vector>

#include "ingest/table.h"
#include "rules/table_codes.h"

namespace sakip {

bool is_money_column(const Column& c);
// Percent-like columns are never summed.
bool is_percent_role(ColumnRole r);

// A value that takes part in sums: a number that is not a percentage, grade or range.
// (Inline: every rule asks it of every cell it reads.)
inline bool is_summable(const Value& v) {
  if (!v.number) return false;
  switch (v.kind) {
    case ValueKind::Integer:
    case ValueKind::Decimal:
    case ValueKind::Money:
    case ValueKind::Quantity:
      return true;
    default:
      return false;
  }
}
inline bool is_blank(const Value& v) {  // Empty or NotApplicable
  return v.kind == ValueKind::Empty || v.kind == ValueKind::NotApplicable;
}

// Σ of the values a stated total claims to add up: blanks are skipped; one value that is
// not summable (text, a percentage, a grade) makes the sum meaningless. `related` collects
// the A1 reference of every value added, for the finding.
struct CellSum {
  Decimal sum;
  size_t numbers = 0;
  bool usable = true;
  std::vector<std::string> related;
  // false once the sum is meaningless: the caller stops adding
  bool add(const Value& v, const CellRef& ref);
  bool meaningful() const { return usable && numbers > 0; }
};

// Parents per row: Row::parent when the recogniser set any; otherwise derived from codes
// (the nearest earlier row whose code is a proper segment prefix) or from levels.
// With the table's codes already cut (TableCodes), no code is cut again.
std::vector<int> effective_parents(const Table& t);
std::vector<int> effective_parents(const Table& t, const TableCodes& codes);
std::vector<std::vector<int>> children_lists(const Table& t, const std::vector<int>& parents);

// Per row: false when codes show its family is not what `parents` says (a child whose code
// does not extend the row's code, or a row elsewhere whose code does: a page break or a
// mis-numbered row broke the hierarchy). Rules skip such parents rather than report a sum
// over the wrong rows. True for rows without a code.
std::vector<bool> code_consistent_families(const Table& t, const std::vector<int>& parents,
                                           const std::vector<std::vector<int>>& kids);
std::vector<bool> code_consistent_families(const Table& t, const TableCodes& codes, const std::vector<int>& parents,
                                           const std::vector<std::vector<int>>& kids);

// The top-level data rows (the programs): those whose code has the fewest segments when most
// data rows carry codes, else those without a parent.
std::vector<size_t> top_level_rows(const Table& t, const std::vector<int>& parents);
std::vector<size_t> top_level_rows(const Table& t, const TableCodes& codes, const std::vector<int>& parents);

// Canonical code segments: "1.01.01.2.01.0001" -> {1,01,01,2,01,0001}; spaces dropped. One
// string per segment: for a whole table's codes use TableCodes.
std::vector<std::string> code_segments(std::string_view code);

// The label of a row for messages: its label, else its code, else "baris N".
std::string row_name(const Row& r);

// A short column name for messages (last header level, trimmed).
std::string column_name(const Column& c);

// The text of the first Indikator/Uraian cell of the row, else its label.
std::string indicator_name(const Table& t, const Row& r);

// The year a table is about when its title says so ("... Tahun 2025"); 0 when none or several.
int title_year(const Table& t);

}  // namespace sakip
