#include "ingest/ods_content_parser.h"

#include <algorithm>
#include <charconv>
#include <cstring>

#include "ingest/read_error.h"
#include "ingest/xlsx_sheet_parser.h"  // iso_datetime_to_serial

namespace sakip {

namespace {

constexpr uint64_t kFar = uint64_t{1} << 40;  // positions saturate here (far past the grid)

// The value of the attribute with this exact qualified name ("office:value-type"), or nullptr.
const char* qget(XmlAttrs a, const char* qualified) {
  if (!a.a) return nullptr;
  for (size_t i = 0; a.a[i]; i += 2)
    if (std::strcmp(a.a[i], qualified) == 0) return a.a[i + 1];
  return nullptr;
}

std::string_view sv(const char* s) { return s ? std::string_view(s) : std::string_view(); }

// A repeat/span count: at least 1, saturating far past the grid; garbage counts as 1.
uint64_t count_attr(XmlAttrs a, std::string_view local) {
  const std::string_view v = sv(a.get(local));
  if (v.empty()) return 1;
  uint64_t n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') return 1;
    n = n * 10 + static_cast<uint64_t>(c - '0');
    if (n > kFar) return kFar;
  }
  return n == 0 ? 1 : n;
}

uint32_t add_number_raw(Workbook& wb, double v) {
  char b[32];
  auto [p, ec] = std::to_chars(b, b + sizeof b, v);
  if (ec != std::errc()) return 0;
  return wb.strings.add(std::string_view(b, static_cast<size_t>(p - b)));
}

bool parse_double(std::string_view s, double& out) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

bool ods_duration_to_days(std::string_view s, double& days) {
  bool neg = false;
  if (!s.empty() && s.front() == '-') {
    neg = true;
    s.remove_prefix(1);
  }
  if (s.size() < 2 || s[0] != 'P') return false;
  s.remove_prefix(1);
  double total = 0;  // seconds
  bool in_time = false, any = false;
  while (!s.empty()) {
    if (s.front() == 'T') {
      in_time = true;
      s.remove_prefix(1);
      continue;
    }
    size_t k = 0;
    while (k < s.size() && ((s[k] >= '0' && s[k] <= '9') || s[k] == '.')) ++k;
    if (k == 0 || k == s.size()) return false;
    double v = 0;
    if (!parse_double(s.substr(0, k), v)) return false;
    const char unit = s[k];
    if (!in_time && unit == 'D') total += v * 86400;
    else if (in_time && unit == 'H') total += v * 3600;
    else if (in_time && unit == 'M') total += v * 60;
    else if (in_time && unit == 'S') total += v;
    else return false;
    any = true;
    s.remove_prefix(k + 1);
  }
  if (!any) return false;
  days = (neg ? -total : total) / 86400.0;
  return true;
}

OdsContentParser::OdsContentParser(Workbook& wb, OdsStyles& styles, const ReadOptions& options)
    : wb_(wb), styles_(styles), options_(options) {}

void OdsContentParser::diag(std::string code, std::string cell, std::string detail) {
  wb_.diagnostics.push_back({std::move(code), sheet_ ? sheet_->name : std::string(), std::move(cell), std::move(detail)});
}

uint32_t OdsContentParser::format_for_style(std::string_view style) {
  if (style.empty()) return 0;
  auto it = style_formats_.find(std::string(style));
  if (it != style_formats_.end()) return it->second;
  const uint32_t f = wb_.add_format(styles_.format_code(style));
  style_formats_.emplace(std::string(style), f);
  return f;
}

void OdsContentParser::start(std::string_view name, XmlAttrs a) {
  if (styles_depth_ > 0) {
    styles_.start(name, a);
    ++styles_depth_;
    return;
  }
  if (name == "automatic-styles") {
    styles_depth_ = 1;
    return;
  }
  if (in_cell_) {
    if (annotation_depth_ > 0) {
      ++annotation_depth_;
      return;
    }
    if (name == "annotation") {
      annotation_depth_ = 1;
      return;
    }
    if (covered_) return;
    const uint64_t cap = options_.limits.max_cell_bytes;
    if (name == "p" || name == "h") {
      if (p_depth_ == 0 && p_count_ > 0 && text_.size() < cap) text_.push_back('\n');
      if (p_depth_ == 0) ++p_count_;
      ++p_depth_;
    } else if (p_depth_ > 0 && name == "s") {
      const uint64_t n = count_attr(a, "c");
      const uint64_t room = text_.size() < cap ? cap - text_.size() : 0;
      if (n > room) text_cut_ = true;
      text_.append(static_cast<size_t>(std::min(n, room)), ' ');
    } else if (p_depth_ > 0 && name == "tab") {
      if (text_.size() < cap) text_.push_back('\t');
    } else if (p_depth_ > 0 && name == "line-break") {
      if (text_.size() < cap) text_.push_back('\n');
    }
    return;
  }
  if (name == "table-cell" || name == "covered-table-cell") {
    if (in_table_) start_cell(a, name == "covered-table-cell");
    return;
  }
  if (name == "table-row") {
    if (!in_table_) return;
    rows_repeated_ = count_attr(a, "number-rows-repeated");
    const std::string_view vis = sv(a.get("visibility"));
    row_hidden_ = vis == "collapse" || vis == "filter";
    col_ = 0;
    row_cells_.clear();
    return;
  }
  if (name == "table-column") {
    if (!in_table_) return;
    const uint64_t rep = count_attr(a, "number-columns-repeated");
    const std::string_view vis = sv(a.get("visibility"));
    if (vis == "collapse" || vis == "filter") hidden_col_runs_.emplace_back(column_index_, rep);
    column_index_ = std::min(column_index_ + rep, kFar);
    return;
  }
  if (name == "table") {
    if (in_table_) return;  // no nested tables in a spreadsheet
    in_table_ = true;
    const std::string table_name(sv(a.get("name")));
    skip_table_ = !options_.only_sheet.empty() && table_name != options_.only_sheet;
    row_ = col_ = column_index_ = 0;
    hidden_row_runs_.clear();
    hidden_col_runs_.clear();
    sheet_ = nullptr;
    if (skip_table_) return;
    if (wb_.sheets.size() >= options_.limits.max_sheets)
      throw ReadError(ReadErrorCode::LimitExceeded, "sheets > " + std::to_string(options_.limits.max_sheets));
    wb_.sheets.emplace_back();
    sheet_ = &wb_.sheets.back();
    sheet_->name = table_name;
    if (!styles_.table_visible(sv(a.get("style-name")))) sheet_->state = SheetState::Hidden;
    return;
  }
  if (name == "null-date") {
    if (sv(a.get("date-value")).substr(0, 10) == "1904-01-01") wb_.date_system = DateSystem::D1904;
    return;
  }
}

void OdsContentParser::start_cell(XmlAttrs a, bool covered) {
  in_cell_ = true;
  covered_ = covered;
  cols_repeated_ = count_attr(a, "number-columns-repeated");
  cell_ = Cell{};
  text_.clear();
  text_cut_ = false;
  p_count_ = p_depth_ = annotation_depth_ = 0;
  is_error_ = false;
  has_string_value_ = false;
  value_type_.clear();
  if (covered) return;

  const char* vt = qget(a, "office:value-type");
  if (!vt) vt = a.get("value-type");
  value_type_ = std::string(sv(vt));
  is_error_ = sv(qget(a, "calcext:value-type")) == "error";
  cell_.format = format_for_style(sv(a.get("style-name")));

  if (const char* f = a.get("formula")) {
    std::string_view fs(f);
    const size_t eq = fs.find(":=");
    if (eq != std::string_view::npos && eq < 12) fs.remove_prefix(eq + 2);
    else if (!fs.empty() && fs.front() == '=') fs.remove_prefix(1);
    cell_.formula = wb_.strings.add(fs);
  }
  const uint64_t cs = count_attr(a, "number-columns-spanned");
  const uint64_t rs = count_attr(a, "number-rows-spanned");
  if ((cs > 1 || rs > 1) && !skip_table_) add_merge(static_cast<uint32_t>(std::min<uint64_t>(row_, kMaxRows)), static_cast<uint32_t>(std::min<uint64_t>(col_, kMaxCols)), rs, cs);

  const std::string_view type = value_type_;
  if (type == "float" || type == "percentage" || type == "currency") {
    const std::string_view v = sv(a.get("value"));
    double d = 0;
    if (parse_double(v, d)) {
      cell_.kind = CellKind::Number;
      cell_.number = d;
      cell_.raw = wb_.strings.add(v);
      if (type == "percentage" && !wb_.formats[cell_.format].percent) cell_.format = wb_.add_format("0%");
    } else {
      diag("ods.bad_number", to_a1(static_cast<uint32_t>(std::min<uint64_t>(row_, kMaxRows - 1)), static_cast<uint32_t>(std::min<uint64_t>(col_, kMaxCols - 1))), std::string(v.substr(0, 40)));
    }
  } else if (type == "date") {
    const std::string_view v = sv(a.get("date-value"));
    double serial = 0;
    if (iso_datetime_to_serial(v, wb_.date_system, serial)) {
      cell_.kind = CellKind::Number;
      cell_.number = serial;
      cell_.raw = add_number_raw(wb_, serial);
      if (!wb_.formats[cell_.format].date) cell_.format = wb_.add_format("yyyy-mm-dd");
    } else {
      diag("ods.bad_date", "", std::string(v.substr(0, 40)));
    }
  } else if (type == "time") {
    const std::string_view v = sv(a.get("time-value"));
    double days = 0;
    if (ods_duration_to_days(v, days)) {
      cell_.kind = CellKind::Number;
      cell_.number = days;
      cell_.raw = add_number_raw(wb_, days);
      if (!wb_.formats[cell_.format].date) cell_.format = wb_.add_format("hh:mm:ss");
    } else {
      diag("ods.bad_time", "", std::string(v.substr(0, 40)));
    }
  } else if (type == "boolean") {
    const std::string_view v = sv(a.get("boolean-value"));
    const bool t = v == "true" || v == "1";
    cell_.kind = CellKind::Boolean;
    cell_.number = t ? 1 : 0;
    cell_.raw = wb_.strings.add(t ? "TRUE" : "FALSE");
  } else if (type == "string" && !is_error_) {
    // office:string-value overrides the paragraphs (an error keeps its text in <text:p>)
    if (const char* s = a.get("string-value")) {
      text_ = std::string(sv(s).substr(0, options_.limits.max_cell_bytes));
      has_string_value_ = true;
    }
  }
}

void OdsContentParser::end(std::string_view name) {
  if (styles_depth_ > 0) {
    if (styles_depth_ == 1) {
      styles_depth_ = 0;  // </office:automatic-styles>
      return;
    }
    styles_.end(name);
    --styles_depth_;
    return;
  }
  if (in_cell_ && annotation_depth_ > 0) {
    --annotation_depth_;
    return;
  }
  if (in_cell_ && (name == "p" || name == "h")) {
    if (p_depth_ > 0) --p_depth_;
    return;
  }
  if (name == "table-cell" || name == "covered-table-cell") {
    if (in_cell_) end_cell();
    return;
  }
  if (name == "table-row") {
    if (in_table_) end_row();
    return;
  }
  if (name == "table") {
    if (in_table_) end_table();
  }
}

void OdsContentParser::text(std::string_view data) {
  if (styles_depth_ > 0) {
    styles_.text(data);
    return;
  }
  if (!in_cell_ || covered_ || annotation_depth_ > 0 || p_depth_ == 0 || has_string_value_) return;
  const uint64_t cap = options_.limits.max_cell_bytes;
  if (text_.size() + data.size() > cap) {
    text_cut_ = true;
    data = data.substr(0, text_.size() < cap ? static_cast<size_t>(cap - text_.size()) : 0);
  }
  text_.append(data);
}

void OdsContentParser::end_cell() {
  in_cell_ = false;
  const uint64_t first_col = col_;
  col_ = std::min(col_ + cols_repeated_, kFar);
  if (covered_ || skip_table_) return;
  if (cell_.kind == CellKind::Blank) {
    // string, error or untyped: the text is the value
    if (is_error_) {
      if (!text_.empty()) {
        cell_.kind = CellKind::Error;
        cell_.raw = wb_.strings.add(text_);
      }
    } else if (value_type_.empty() || value_type_ == "string") {
      if (text_cut_) {
        // cut at a UTF-8 character boundary
        size_t n = text_.size();
        while (n > 0 && (static_cast<unsigned char>(text_[n - 1]) & 0xC0) == 0x80) --n;
        if (n > 0 && (static_cast<unsigned char>(text_[n - 1]) & 0xC0) == 0xC0) --n;
        text_.resize(n);
        diag("cell.text_truncated", "", std::to_string(options_.limits.max_cell_bytes));
      }
      if (!text_.empty()) {
        cell_.kind = CellKind::Text;
        cell_.raw = wb_.strings.add(text_);
      }
    }
  }
  if (cell_.kind == CellKind::Blank) return;  // empty (even if styled or repeated): no cell
  if (first_col >= kMaxCols) {
    diag("ods.beyond_grid", "", "col " + std::to_string(first_col));
    return;
  }
  const uint64_t last = std::min<uint64_t>(first_col + cols_repeated_, kMaxCols);
  for (uint64_t c = first_col; c < last; ++c) {
    if (c > first_col) {
      if (copies_ >= kMaxRepeatCopies || cells_total_ + row_cells_.size() >= options_.limits.max_cells) {
        if (!repeat_capped_reported_) {
          diag("ods.repeat_capped", to_a1(static_cast<uint32_t>(std::min<uint64_t>(row_, kMaxRows - 1)), static_cast<uint32_t>(c)),
               std::to_string(cols_repeated_));
          repeat_capped_reported_ = true;
        }
        break;
      }
      ++copies_;
    }
    PendingCell pc;
    pc.col = static_cast<uint32_t>(c);
    pc.cell = cell_;
    row_cells_.push_back(pc);
  }
  if (first_col + cols_repeated_ > kMaxCols && !repeat_capped_reported_) {
    diag("ods.repeat_capped", "", "columns " + std::to_string(cols_repeated_));
    repeat_capped_reported_ = true;
  }
}

void OdsContentParser::push_cell(const Cell& c) {
  if (++cells_total_ > options_.limits.max_cells)
    throw ReadError(ReadErrorCode::LimitExceeded, "cells > " + std::to_string(options_.limits.max_cells));
  if (wb_.strings.bytes() > options_.limits.max_string_bytes)
    throw ReadError(ReadErrorCode::LimitExceeded, "string bytes > " + std::to_string(options_.limits.max_string_bytes));
  sheet_->cells.push_back(c);
}

void OdsContentParser::end_row() {
  const uint64_t first_row = row_;
  row_ = std::min(row_ + rows_repeated_, kFar);
  if (row_hidden_) hidden_row_runs_.emplace_back(first_row, rows_repeated_);
  if (row_cells_.empty() || !sheet_) return;
  if (first_row >= kMaxRows) {
    diag("ods.beyond_grid", "", "row " + std::to_string(first_row));
    row_cells_.clear();
    return;
  }
  const uint64_t last = std::min<uint64_t>(first_row + rows_repeated_, kMaxRows);
  for (uint64_t r = first_row; r < last; ++r) {
    if (r > first_row) {
      if (copies_ + row_cells_.size() > kMaxRepeatCopies ||
          cells_total_ + row_cells_.size() > options_.limits.max_cells) {
        if (!repeat_capped_reported_) {
          diag("ods.repeat_capped", to_a1(static_cast<uint32_t>(r), row_cells_.front().col), std::to_string(rows_repeated_));
          repeat_capped_reported_ = true;
        }
        break;
      }
      copies_ += row_cells_.size();
    }
    for (const PendingCell& pc : row_cells_) {
      Cell c = pc.cell;
      c.row = static_cast<uint32_t>(r);
      c.col = pc.col;
      push_cell(c);
    }
  }
  if (first_row + rows_repeated_ > kMaxRows && !repeat_capped_reported_) {
    diag("ods.repeat_capped", "", "rows " + std::to_string(rows_repeated_));
    repeat_capped_reported_ = true;
  }
  row_cells_.clear();
}

void OdsContentParser::add_merge(uint32_t row, uint32_t col, uint64_t rows, uint64_t cols) {
  if (!sheet_ || row >= kMaxRows || col >= kMaxCols) return;
  if (sheet_->merges.size() >= options_.limits.max_merges)
    throw ReadError(ReadErrorCode::LimitExceeded, "merges > " + std::to_string(options_.limits.max_merges));
  RangeRef r;
  r.first = {row, col};
  r.last.row = static_cast<uint32_t>(std::min<uint64_t>(row + rows - 1, kMaxRows - 1));
  r.last.col = static_cast<uint32_t>(std::min<uint64_t>(col + cols - 1, kMaxCols - 1));
  sheet_->merges.push_back({r});
}

void OdsContentParser::end_table() {
  in_table_ = false;
  if (!sheet_) return;
  // Hidden rows/columns are kept only within the cells' extent: a hidden run of a million
  // empty trailing rows tells nothing and would cost memory.
  uint32_t max_row = 0, max_col = 0;
  for (const Cell& c : sheet_->cells) {
    max_row = std::max(max_row, c.row);
    max_col = std::max(max_col, c.col);
  }
  for (const Merge& m : sheet_->merges) {
    max_row = std::max(max_row, m.range.last.row);
    max_col = std::max(max_col, m.range.last.col);
  }
  for (const auto& [first, count] : hidden_row_runs_)
    for (uint64_t r = first; r < first + count && r <= max_row; ++r) sheet_->hidden_rows.push_back(static_cast<uint32_t>(r));
  for (const auto& [first, count] : hidden_col_runs_)
    for (uint64_t c = first; c < first + count && c <= max_col; ++c) sheet_->hidden_cols.push_back(static_cast<uint32_t>(c));
  sheet_->finalize();
  sheet_ = nullptr;
}

void OdsContentParser::finish() {
  if (in_table_) end_table();
}

}  // namespace sakip
