// Small workbooks built in code for recognition tests: cells by A1 reference or by (1-based row,
// 0-based column), whole rows of texts, numbers with an optional formula (its cached value is
// the number), merges, several sheets.
//
//   Workbook wb = test::WorkbookBuilder()
//                     .text("A1", "Tabel 3.10 Realisasi Anggaran")
//                     .row(3, {"No", "Uraian", "Anggaran (Rp)"})
//                     .row(4, {"1", "PROGRAM A", "#30"})          // '#': a numeric cell
//                     .num("C5", 30, "SUM(C6:C7)")               // a formula with its cached value
//                     .merge("A3:A4")
//                     .done();
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/table.h"
#include "ingest/workbook.h"

namespace sakip::test {

class WorkbookBuilder {
 public:
  WorkbookBuilder();  // one sheet, "Sheet1"; cells go to the last sheet started
  WorkbookBuilder& sheet(std::string_view name);
  WorkbookBuilder& text(std::string_view a1, std::string_view s);
  WorkbookBuilder& text(uint32_t row1, uint32_t col, std::string_view s);
  // A numeric cell; with `formula` (without '='), a formula whose cached value is `v`.
  WorkbookBuilder& num(std::string_view a1, double v, std::string_view formula = {});
  WorkbookBuilder& num(uint32_t row1, uint32_t col, double v, std::string_view formula = {});
  // Cells from column A: "" leaves the cell out, "#<number>" writes a numeric cell, anything
  // else a text cell.
  WorkbookBuilder& row(uint32_t row1, std::initializer_list<std::string_view> cells);
  WorkbookBuilder& merge(std::string_view range);
  Workbook done();  // finalizes every sheet

 private:
  Workbook wb_;
};

// The table row that starts at 1-based sheet row `row1`, nullptr when none.
const Row* row_at(const Table& t, uint32_t row1);

}  // namespace sakip::test
