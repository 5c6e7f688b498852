#include "ingest/html_table_layout.h"

#include <algorithm>

namespace sakip {

void HtmlTableLayout::begin_row() {
  if (!started_) {
    started_ = true;
    row_ = 0;
  } else if (row_ < UINT32_MAX) {
    ++row_;
  }
  col_ = 0;
}

HtmlTableLayout::Placement HtmlTableLayout::place(uint32_t colspan, uint32_t rowspan) {
  Placement p;
  if (!started_) begin_row();
  if (row_ >= max_rows_) return p;
  while (col_ < busy_until_.size() && busy_until_[col_] > row_) ++col_;
  if (col_ >= max_cols_) return p;
  colspan = std::max<uint32_t>(colspan, 1);
  rowspan = std::max<uint32_t>(rowspan, 1);
  if (colspan > max_cols_ - col_) {
    colspan = max_cols_ - col_;
    p.clamped = true;
  }
  if (rowspan > max_rows_ - row_) {
    rowspan = max_rows_ - row_;
    p.clamped = true;
  }
  p.ok = true;
  p.row = row_;
  p.col = col_;
  p.colspan = colspan;
  p.rowspan = rowspan;
  if (rowspan > 1) {
    if (busy_until_.size() < col_ + colspan) busy_until_.resize(col_ + colspan, 0);
    for (uint32_t c = col_; c < col_ + colspan; ++c)
      busy_until_[c] = std::max(busy_until_[c], row_ + rowspan);
  }
  col_ += colspan;
  return p;
}

uint32_t HtmlTableLayout::parse_span(const char* text, uint32_t cap) {
  if (!text) return 1;
  while (*text == ' ' || *text == '\t' || *text == '\n' || *text == '\r') ++text;
  uint64_t v = 0;
  bool any = false;
  for (; *text >= '0' && *text <= '9'; ++text) {
    any = true;
    v = v * 10 + static_cast<uint64_t>(*text - '0');
    if (v > cap) v = cap + 1ull;  // keep it bounded while scanning
  }
  if (!any || v == 0) return 1;
  return static_cast<uint32_t>(std::min<uint64_t>(v, cap));
}

}  // namespace sakip
