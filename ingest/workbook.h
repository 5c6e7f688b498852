// The one in-memory model every reader fills and every later stage reads:
// Workbook -> Sheet -> sparse Cell. Cells are compact (32 bytes); their strings live in the
// workbook's StringPool, so memory grows with the cells and distinct strings, never with the
// XML size, the <dimension> or the bounding box.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/cell_ref.h"
#include "ingest/number_format.h"

namespace sakip {

enum class FileFormat { Unknown, Xlsx, Xlsm, Xls, Ods, Csv, Html };
std::string_view to_string(FileFormat f);  // "xlsx", "xls", ...

enum class DateSystem { D1900, D1904 };
enum class SheetState { Visible, Hidden, VeryHidden };
std::string_view to_string(SheetState s);

enum class CellKind : uint8_t {
  Blank,    // no value but a style of its own (kept: a formatted empty cell is not data)
  Number,   // numeric value (dates are numbers with a date format)
  Text,     // a string
  Boolean,  // TRUE / FALSE
  Error,    // #DIV/0!, #REF!, ...
};
std::string_view to_string(CellKind k);

// Append-only string storage. Id 0 is the empty string.
class StringPool {
 public:
  StringPool();
  uint32_t add(std::string_view s);
  std::string_view get(uint32_t id) const {
    return std::string_view(data_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }
  size_t size() const { return offsets_.size() - 1; }
  size_t bytes() const { return data_.size(); }
  // Drops every string added after size() was `n` (a reader undoing a part it reads again).
  void truncate(size_t n);
  // Room for `bytes` more text in `count` more strings without regrowing (a reader that knows a
  // part's inflated size): no copy of the whole pool at each doubling. Large reservations ask
  // for transparent huge pages; untouched reserved pages cost no memory.
  void reserve(size_t bytes, size_t count);

 private:
  std::string data_;
  std::vector<uint64_t> offsets_;
};

struct Cell {
  uint32_t row = 0;      // 0-based
  uint32_t col = 0;      // 0-based
  double number = 0;     // the value of Number cells (and of Boolean: 0/1); convenience only,
                         // exact work parses `raw` (see ingest/value.h)
  uint32_t raw = 0;      // StringPool id: the text exactly as stored (a number's <v> text, the
                         // string of a Text cell, "TRUE", "#DIV/0!"); 0 = empty
  uint32_t formula = 0;  // StringPool id of the formula text without '=' (0 = none)
  uint32_t format = 0;   // index into Workbook::formats (0 = General)
  CellKind kind = CellKind::Blank;
};
static_assert(sizeof(Cell) <= 32, "Cell must stay compact");

struct Merge {
  RangeRef range;
};

struct Sheet {
  std::string name;
  SheetState state = SheetState::Visible;
  std::vector<Cell> cells;  // sorted by (row, col) once the reader is done; no duplicates
  std::vector<Merge> merges;
  std::vector<uint32_t> hidden_rows;  // sorted, 0-based
  std::vector<uint32_t> hidden_cols;  // sorted, 0-based
  // Indent level (Excel alignment indent / outline level) per row, when the source has one.
  std::vector<std::pair<uint32_t, uint8_t>> row_outline;  // (row, level), sorted

  // Binary search over the sorted cells; nullptr when the cell is absent.
  const Cell* find(uint32_t row, uint32_t col) const;
  // Sorts cells by (row, col); on duplicates keeps the last written. Readers call it at the end.
  void finalize();
  // The merge whose range holds (row, col), or nullptr.
  const Merge* merge_at(uint32_t row, uint32_t col) const;
  bool row_hidden(uint32_t row) const;
};

// A problem in part of a file that did not stop the read ("this value is odd"). The reader
// carries on; the report shows it as a finding. `code` is a stable id such as
// "csv.wrapped_record"; `detail` is data (never prose) that the message templates use.
struct Diagnostic {
  std::string code;
  std::string sheet;  // empty when about the whole file
  std::string cell;   // A1 reference or range, empty when not about a cell
  std::string detail;
};

struct Workbook {
  std::string path;
  FileFormat format = FileFormat::Unknown;
  DateSystem date_system = DateSystem::D1900;
  std::vector<NumberFormat> formats;  // [0] is General
  StringPool strings;
  std::vector<Sheet> sheets;
  std::vector<Diagnostic> diagnostics;

  Workbook();
  std::string_view text(uint32_t id) const { return strings.get(id); }
  std::string_view raw(const Cell& c) const { return strings.get(c.raw); }
  std::string_view formula(const Cell& c) const { return strings.get(c.formula); }
  const NumberFormat& format_of(const Cell& c) const { return formats[c.format]; }
  // Adds a format (deduplicated by code) and returns its index.
  uint32_t add_format(std::string_view code);
  const Sheet* sheet(std::string_view name) const;
  size_t cell_count() const;

 private:
  std::vector<std::pair<std::string, uint32_t>> format_index_;
};

}  // namespace sakip
