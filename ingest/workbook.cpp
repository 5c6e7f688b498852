#include "ingest/workbook.h"

#include <algorithm>

#include "ingest/huge_pages.h"

namespace sakip {

std::string_view to_string(FileFormat f) {
  switch (f) {
    case FileFormat::Xlsx: return "xlsx";
    case FileFormat::Xlsm: return "xlsm";
    case FileFormat::Xls: return "xls";
    case FileFormat::Ods: return "ods";
    case FileFormat::Csv: return "csv";
    case FileFormat::Html: return "html";
    case FileFormat::Unknown: break;
  }
  return "unknown";
}

std::string_view to_string(SheetState s) {
  switch (s) {
    case SheetState::Visible: return "visible";
    case SheetState::Hidden: return "hidden";
    case SheetState::VeryHidden: return "veryHidden";
  }
  return "visible";
}

std::string_view to_string(CellKind k) {
  switch (k) {
    case CellKind::Blank: return "blank";
    case CellKind::Number: return "number";
    case CellKind::Text: return "text";
    case CellKind::Boolean: return "boolean";
    case CellKind::Error: return "error";
  }
  return "blank";
}

StringPool::StringPool() { offsets_.assign({0, 0}); }

uint32_t StringPool::add(std::string_view s) {
  if (s.empty()) return 0;
  data_.append(s);
  offsets_.push_back(data_.size());
  return static_cast<uint32_t>(offsets_.size() - 2);
}

void StringPool::truncate(size_t n) {
  if (n == 0 || n >= size()) return;
  offsets_.resize(n + 1);
  data_.resize(offsets_.back());
}

void StringPool::reserve(size_t bytes, size_t count) {
  if (data_.capacity() - data_.size() < bytes) {
    data_.reserve(data_.size() + bytes);
    advise_huge_pages(data_.data(), data_.capacity());
  }
  if (offsets_.capacity() - offsets_.size() < count) {
    offsets_.reserve(offsets_.size() + count);
    advise_huge_pages(offsets_.data(), offsets_.capacity() * sizeof(uint64_t));
  }
}

const Cell* Sheet::find(uint32_t row, uint32_t col) const {
  auto it = std::lower_bound(cells.begin(), cells.end(), std::pair{row, col},
                             [](const Cell& c, const std::pair<uint32_t, uint32_t>& k) {
                               return c.row < k.first || (c.row == k.first && c.col < k.second);
                             });
  if (it == cells.end() || it->row != row || it->col != col) return nullptr;
  return &*it;
}

void Sheet::finalize() {
  // Readers mostly deliver cells already in (row, col) order without duplicates: then there is
  // nothing to sort or copy (saves a second copy of every cell on large sheets).
  const bool ordered = std::adjacent_find(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) {
                         return !(a.row < b.row || (a.row == b.row && a.col < b.col));
                       }) == cells.end();
  if (!ordered) {
  std::stable_sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) {
    return a.row < b.row || (a.row == b.row && a.col < b.col);
  });
  // keep the last of duplicates (a later write wins, as in Excel)
  std::vector<Cell> out;
  out.reserve(cells.size());
  for (const Cell& c : cells) {
    if (!out.empty() && out.back().row == c.row && out.back().col == c.col) {
      out.back() = c;
    } else {
      out.push_back(c);
    }
  }
  cells.swap(out);
  }
  cells.shrink_to_fit();
  std::sort(hidden_rows.begin(), hidden_rows.end());
  hidden_rows.erase(std::unique(hidden_rows.begin(), hidden_rows.end()), hidden_rows.end());
  std::sort(hidden_cols.begin(), hidden_cols.end());
  hidden_cols.erase(std::unique(hidden_cols.begin(), hidden_cols.end()), hidden_cols.end());
  std::sort(row_outline.begin(), row_outline.end());
}

const Merge* Sheet::merge_at(uint32_t row, uint32_t col) const {
  for (const Merge& m : merges) {
    if (row >= m.range.first.row && row <= m.range.last.row && col >= m.range.first.col &&
        col <= m.range.last.col)
      return &m;
  }
  return nullptr;
}

bool Sheet::row_hidden(uint32_t row) const {
  return std::binary_search(hidden_rows.begin(), hidden_rows.end(), row);
}

Workbook::Workbook() {
  formats.push_back(describe_number_format("General"));
  format_index_.emplace_back("General", 0);
}

uint32_t Workbook::add_format(std::string_view code) {
  if (code.empty()) return 0;
  for (const auto& [c, i] : format_index_) {
    if (c == code) return i;
  }
  formats.push_back(describe_number_format(code));
  const auto idx = static_cast<uint32_t>(formats.size() - 1);
  format_index_.emplace_back(std::string(code), idx);
  return idx;
}

const Sheet* Workbook::sheet(std::string_view name) const {
  for (const Sheet& s : sheets) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

size_t Workbook::cell_count() const {
  size_t n = 0;
  for (const Sheet& s : sheets) n += s.cells.size();
  return n;
}

}  // namespace sakip
