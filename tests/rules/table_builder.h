// Builds typed Tables by hand for rule tests: columns with roles, rows of cell texts parsed
// with parse_value (exactly as the recogniser types them), sheet positions starting at B5.
#pragma once
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <memory>
#include <string>
#include <vector>

#include "ingest/table.h"
#include "ingest/value.h"
#include "rules/config.h"
#include "rules/rule.h"

namespace sakip::test {

struct Col {
  ColumnRole role = ColumnRole::Unknown;
  std::string header;
  bool money = false;
  int year = 0;
  bool end = false;
  std::string numbering;
  int quarter = 0;
};

struct R {
  std::vector<std::string> cells;
  RowType type = RowType::Data;
  int parent = -1;
  std::string code;
  RowLevel level = RowLevel::None;
};

inline constexpr uint32_t kFirstRow = 4;  // sheet row 5
inline constexpr uint32_t kFirstCol = 1;  // column B

inline Table make_table(TableKind kind, const std::string& title, const std::vector<Col>& cols,
                        const std::vector<R>& rows, const std::string& sheet = "Sheet1") {
  Table t;
  t.text = std::make_shared<TextStore>();  // the values view their texts there
  ParseContext ctx;
  ctx.store = t.text.get();
  t.sheet = sheet;
  t.kind = kind;
  t.title = title;
  t.confidence = 1;
  for (size_t i = 0; i < cols.size(); ++i) {
    Column c;
    c.col = kFirstCol + static_cast<uint32_t>(i);
    c.role = cols[i].role;
    c.header = cols[i].header;
    c.is_money = cols[i].money;
    c.year = cols[i].year;
    c.end_of_period = cols[i].end;
    c.numbering = cols[i].numbering;
    c.quarter = cols[i].quarter;
    t.columns.push_back(c);
  }
  bool numbering = false;
  for (const auto& c : cols) numbering |= !c.numbering.empty();
  if (numbering) t.numbering_row = kFirstRow - 1;
  for (size_t r = 0; r < rows.size(); ++r) {
    Row row;
    row.sheet_row = kFirstRow + static_cast<uint32_t>(r);
    row.type = rows[r].type;
    row.parent = rows[r].parent;
    row.code = rows[r].code;
    row.level = rows[r].level;
    std::vector<Value> values;
    std::vector<CellRef> refs;
    for (size_t c = 0; c < cols.size(); ++c) {
      const std::string text = c < rows[r].cells.size() ? rows[r].cells[c] : "";
      values.push_back(parse_value(text, ctx));
      refs.push_back({row.sheet_row, kFirstCol + static_cast<uint32_t>(c)});
      if (row.label.empty() && (cols[c].role == ColumnRole::Uraian || cols[c].role == ColumnRole::Indikator))
        row.label = text;
    }
    t.set_cells(row, values, refs);
    t.rows.push_back(std::move(row));
  }
  t.range = {{kFirstRow - 1, kFirstCol}, {kFirstRow + static_cast<uint32_t>(rows.size()), kFirstCol + static_cast<uint32_t>(cols.size())}};
  return t;
}

// Runs every rule (or those `select`ed) over the given tables of one file.
inline std::vector<Finding> run(const std::vector<Table>& tables, std::vector<std::string> select = {},
                                const Config& cfg = Config::defaults()) {
  FileTables f;
  f.file = "test.xlsx";
  f.format = FileFormat::Xlsx;
  f.tables = &tables;
  RuleFilter filter;
  filter.select = std::move(select);
  return run_rules({f}, cfg, filter);
}

inline std::vector<Finding> with_rule(const std::vector<Finding>& all, const std::string& rule) {
  std::vector<Finding> out;
  for (const auto& f : all)
    if (f.rule == rule) out.push_back(f);
  return out;
}

}  // namespace sakip::test
