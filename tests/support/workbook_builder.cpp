#include "tests/support/workbook_builder.h"

#include <cstdio>
#include <stdexcept>

#include "ingest/cell_ref.h"

namespace sakip::test {

namespace {

CellRef at(std::string_view a1) {
  auto r = parse_a1(a1);
  if (!r) throw std::invalid_argument("bad A1 reference in a test workbook: " + std::string(a1));
  return *r;
}

}  // namespace

WorkbookBuilder::WorkbookBuilder() { sheet("Sheet1"); }

WorkbookBuilder& WorkbookBuilder::sheet(std::string_view name) {
  wb_.sheets.emplace_back();
  wb_.sheets.back().name = std::string(name);
  return *this;
}

WorkbookBuilder& WorkbookBuilder::text(std::string_view a1, std::string_view s) {
  const CellRef r = at(a1);
  return text(r.row + 1, r.col, s);
}

WorkbookBuilder& WorkbookBuilder::text(uint32_t row1, uint32_t col, std::string_view s) {
  Cell c;
  c.row = row1 - 1;
  c.col = col;
  c.kind = CellKind::Text;
  c.raw = wb_.strings.add(s);
  wb_.sheets.back().cells.push_back(c);
  return *this;
}

WorkbookBuilder& WorkbookBuilder::num(std::string_view a1, double v, std::string_view formula) {
  const CellRef r = at(a1);
  return num(r.row + 1, r.col, v, formula);
}

WorkbookBuilder& WorkbookBuilder::num(uint32_t row1, uint32_t col, double v, std::string_view formula) {
  Cell c;
  c.row = row1 - 1;
  c.col = col;
  c.kind = CellKind::Number;
  c.number = v;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  c.raw = wb_.strings.add(buf);
  if (!formula.empty()) c.formula = wb_.strings.add(formula);
  wb_.sheets.back().cells.push_back(c);
  return *this;
}

WorkbookBuilder& WorkbookBuilder::row(uint32_t row1, std::initializer_list<std::string_view> cells) {
  uint32_t col = 0;
  for (std::string_view s : cells) {
    if (!s.empty() && s[0] == '#') num(row1, col, std::stod(std::string(s.substr(1))));
    else if (!s.empty()) text(row1, col, s);
    ++col;
  }
  return *this;
}

WorkbookBuilder& WorkbookBuilder::merge(std::string_view range) {
  auto r = parse_range(range);
  if (!r) throw std::invalid_argument("bad range in a test workbook: " + std::string(range));
  wb_.sheets.back().merges.push_back(Merge{*r});
  return *this;
}

Workbook WorkbookBuilder::done() {
  for (Sheet& s : wb_.sheets) s.finalize();
  return std::move(wb_);
}

const Row* row_at(const Table& t, uint32_t row1) {
  for (const Row& r : t.rows)
    if (r.sheet_row + 1 == row1) return &r;
  return nullptr;
}

}  // namespace sakip::test
