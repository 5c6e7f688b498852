// The SAX handler for an ODS content.xml: tables -> sheets, rows/cells -> sparse cells.
//
// Repetition is never expanded blindly: repeated EMPTY cells and rows only advance the
// position; repeated NON-empty cells/rows are copied only up to the grid (1,048,576 x 16,384),
// the workbook's cell cap and a repetition budget (kMaxRepeatCopies), with a Diagnostic
// "ods.repeat_capped" when cut. Spanned cells become merges; covered cells are skipped.
// Values: office:value-type + office:value / date-value / time-value / boolean-value; text
// from <text:p> (joined by "\n"; <text:s c>, <text:tab>, <text:line-break>, spans); formulas
// from table:formula without the "of:=" prefix; hidden rows/columns from
// table:visibility="collapse"; number formats through OdsStyles.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/ods_styles.h"
#include "ingest/reader.h"
#include "ingest/xml_sax.h"

namespace sakip {

// Copies made from repeated non-empty cells, across the workbook. LibreOffice repeats runs of
// identical adjacent cells (hundreds, rarely thousands); a million copies (32 MB of cells) is
// far above that and keeps a 1 KB file from claiming the whole cell cap (measured: a row of
// 16,384 values repeated a billion times costs 0.26 GB and 16 s at 4 M copies).
inline constexpr uint64_t kMaxRepeatCopies = 1'000'000;

// "PT10H30M00S" (ODF time-value, an ISO 8601 duration) -> fraction of a day; false if not one.
bool ods_duration_to_days(std::string_view text, double& days);

class OdsContentParser : public XmlHandler {
 public:
  OdsContentParser(Workbook& wb, OdsStyles& styles, const ReadOptions& options);
  void start(std::string_view name, XmlAttrs attrs) override;
  void end(std::string_view name) override;
  void text(std::string_view data) override;
  // Call after the last byte: sorts the sheets' cells.
  void finish();

 private:
  struct PendingCell {
    uint32_t col = 0;
    Cell cell;
  };
  void start_cell(XmlAttrs a, bool covered);
  void end_cell();
  void end_row();
  void end_table();
  void add_merge(uint32_t row, uint32_t col, uint64_t rows, uint64_t cols);
  void push_cell(const Cell& c);
  uint32_t format_for_style(std::string_view style);
  void diag(std::string code, std::string cell, std::string detail);

  Workbook& wb_;
  OdsStyles& styles_;
  const ReadOptions& options_;
  std::unordered_map<std::string, uint32_t> style_formats_;

  int styles_depth_ = 0;     // > 0 inside office:automatic-styles (fed to OdsStyles)
  bool in_table_ = false;
  bool skip_table_ = false;  // only_sheet asked for another sheet
  Sheet* sheet_ = nullptr;
  uint64_t row_ = 0;         // current row (may run past the grid: then nothing is stored)
  uint64_t col_ = 0;
  uint64_t column_index_ = 0;  // for table:table-column
  uint64_t rows_repeated_ = 1;
  bool row_hidden_ = false;
  std::vector<PendingCell> row_cells_;  // the cells of the current row (one copy)
  std::vector<std::pair<uint64_t, uint64_t>> hidden_row_runs_;  // (first, count)
  std::vector<std::pair<uint64_t, uint64_t>> hidden_col_runs_;

  // current cell
  bool in_cell_ = false;
  bool covered_ = false;
  uint64_t cols_repeated_ = 1;
  Cell cell_;
  std::string value_type_;
  bool is_error_ = false;
  bool has_string_value_ = false;
  std::string text_;
  int p_count_ = 0;
  int p_depth_ = 0;
  int annotation_depth_ = 0;
  bool text_cut_ = false;

  uint64_t cells_total_ = 0;
  uint64_t copies_ = 0;
  bool repeat_capped_reported_ = false;
};

}  // namespace sakip
