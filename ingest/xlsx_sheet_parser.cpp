#include "ingest/xlsx_sheet_parser.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <new>
#include <optional>
#include <unordered_map>
#include <utility>

#include "ingest/cell_ref.h"
#include "ingest/formula_shift.h"
#include "ingest/huge_pages.h"
#include "ingest/read_error.h"
#include "ingest/xml_escape.h"
#include "ingest/xml_sax.h"
#include "ingest/xlsx_sheet_scanner.h"

namespace sakip {

namespace {

constexpr size_t kMaxDetailedDiagnostics = 100;

enum class Phase : uint8_t {
  Top,             // outside <sheetData>
  SheetData,       // inside <sheetData>, between rows
  Row,             // inside <row>, between cells
  Cell,            // inside <c>
  Value,           // inside <c><v>
  Formula,         // inside <c><f>
  Inline,          // inside <c><is> (or one of its runs)
  InlineText,      // inside <c><is>..<t>
  InlinePhonetic,  // inside <c><is><rPh>: skipped
};

enum class ValueType : uint8_t { Number, Shared, Str, Inline, Bool, Error, Date };

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool parse_u32(std::string_view s, uint32_t& out) {
  s = trim(s);
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size() && !s.empty();
}

// XmlSaxParser::local_name, inline: the name after the last ':' (one pass, no strlen call;
// three of these per cell on the hot path).
inline std::string_view attr_local(const char* q) {
  const char* p = q;
  const char* local = q;
  for (; *p; ++p)
    if (*p == ':') local = p + 1;
  return std::string_view(local, static_cast<size_t>(p - local));
}

bool xml_true(const char* v) {
  if (!v) return false;
  return std::strcmp(v, "1") == 0 || std::strcmp(v, "true") == 0;
}

// "B7" / "$B$7" without allocating. Returns 0 ok, 1 malformed, 2 out of the grid.
int parse_ref(const char* s, uint32_t& row, uint32_t& col) {
  uint64_t c = 0, r = 0;
  size_t letters = 0, digits = 0;
  if (*s == '$') ++s;
  for (; *s; ++s) {
    const char ch = *s;
    if (ch >= 'A' && ch <= 'Z') c = c * 26 + static_cast<uint64_t>(ch - 'A' + 1);
    else if (ch >= 'a' && ch <= 'z') c = c * 26 + static_cast<uint64_t>(ch - 'a' + 1);
    else break;
    if (++letters > 7) return 2;
  }
  if (*s == '$') ++s;
  for (; *s >= '0' && *s <= '9'; ++s) {
    r = r * 10 + static_cast<uint64_t>(*s - '0');
    if (++digits > 10) return 2;
  }
  if (*s != '\0' || letters == 0 || digits == 0 || r == 0) return 1;
  if (c > kMaxCols || r > kMaxRows) return 2;
  row = static_cast<uint32_t>(r - 1);
  col = static_cast<uint32_t>(c - 1);
  return 0;
}

int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

bool read_int(std::string_view& s, size_t n, int& out) {
  if (s.size() < n) return false;
  out = 0;
  for (size_t i = 0; i < n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  s.remove_prefix(n);
  return true;
}

}  // namespace

bool iso_datetime_to_serial(std::string_view text, DateSystem system, double& serial) {
  std::string_view s = trim(text);
  double days = 0;
  bool have_date = false;
  if (!s.empty() && s.front() != 'T') {
    int y = 0, m = 0, d = 0;
    if (!read_int(s, 4, y) || s.empty() || s.front() != '-') return false;
    s.remove_prefix(1);
    if (!read_int(s, 2, m) || s.empty() || s.front() != '-') return false;
    s.remove_prefix(1);
    if (!read_int(s, 2, d) || m < 1 || m > 12 || d < 1 || d > 31) return false;
    const int64_t z = days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
    if (system == DateSystem::D1904) {
      days = static_cast<double>(z - days_from_civil(1904, 1, 1));
    } else {
      days = static_cast<double>(z - days_from_civil(1899, 12, 30));
      if (days < 61) days -= 1;  // Excel counts 1900-02-29, which never was
    }
    have_date = true;
  }
  if (!s.empty()) {
    if (s.front() != 'T' && s.front() != ' ') return false;
    s.remove_prefix(1);
    int hh = 0, mm = 0, ss = 0;
    if (!read_int(s, 2, hh) || s.empty() || s.front() != ':') return false;
    s.remove_prefix(1);
    if (!read_int(s, 2, mm)) return false;
    double frac = 0;
    if (!s.empty() && s.front() == ':') {
      s.remove_prefix(1);
      if (!read_int(s, 2, ss)) return false;
      if (!s.empty() && s.front() == '.') {
        size_t k = 1;
        while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
        double scale = 0.1;
        for (size_t i = 1; i < k; ++i, scale /= 10) frac += (s[i] - '0') * scale;
        s.remove_prefix(k);
      }
    }
    if (!s.empty() && (s == "Z" || s.front() == '+' || s.front() == '-')) s = {};
    if (!s.empty() || hh > 24 || mm > 59 || ss > 60) return false;
    days += (hh * 3600.0 + mm * 60.0 + ss + frac) / 86400.0;
  } else if (!have_date) {
    return false;
  }
  serial = days;
  return true;
}

struct XlsxSheetParser::State : XmlHandler {
  explicit State(const XlsxSheetContext& c)
      : ctx(c), limits(c.limits), hidden_col_bits(kMaxCols, false) {
    true_id = ctx.wb.strings.add("TRUE");
    false_id = ctx.wb.strings.add("FALSE");
  }

  XlsxSheetContext ctx;
  const ReadLimits limits;  // a copy: the caller's may be a temporary
  Phase phase = Phase::Top;

  // current row
  int64_t row = -1;  // 0-based, -1 before the first row
  bool row_valid = true;
  // current cell
  int64_t col = -1;
  uint32_t cell_row = 0, cell_col = 0;
  bool cell_skip = false;
  ValueType vtype = ValueType::Number;
  uint32_t style = 0;
  bool has_style = false;
  bool saw_value = false;
  bool saw_inline = false;
  enum class FType : uint8_t { None, Normal, Shared, Array, Other } ftype = FType::None;
  uint32_t fsi = 0;
  bool fsi_ok = false;
  std::string vbuf, fbuf, ibuf, tmp;
  bool text_cut = false;

  struct SharedMaster {
    uint32_t row, col;
    uint32_t formula;  // pool id
  };
  std::unordered_map<uint32_t, SharedMaster> shared;

  // Cells are gathered in chunks and moved into Sheet::cells once, at the exact size: no
  // doubling reallocations of a large vector while the sheet streams in. The chunks are mapped
  // straight from the kernel (huge pages asked for) and unmapped one by one as they are copied,
  // so the peak is the cells plus one chunk; page faults were a fifth of the time on a
  // 200k-row sheet (docs/benchmarks.md).
  static constexpr size_t kFirstChunk = 1 << 15;
  static constexpr size_t kChunk = 1 << 17;
  struct CellChunk {
    explicit CellChunk(size_t n) : cells(static_cast<Cell*>(map_pages(n * sizeof(Cell)))), cap(n) {}
    CellChunk(CellChunk&& o) noexcept : cells(std::exchange(o.cells, nullptr)), size(o.size), cap(o.cap) {}
    CellChunk(const CellChunk&) = delete;
    CellChunk& operator=(CellChunk&&) = delete;
    ~CellChunk() { unmap_pages(cells, cap * sizeof(Cell)); }
    Cell* cells;
    size_t size = 0, cap;
  };
  std::vector<CellChunk> chunks;
  size_t cell_count = 0;

  // When the sheet's <dimension> promises a size, Sheet::cells is reserved for it up front
  // (capped by what the part's size could hold) and filled directly: for a dense sheet the
  // cells are then written once, into memory that is exactly the final vector, instead of into
  // chunks and again into the vector. Cells past the reservation go to the chunks.
  void reserve_from_dimension(XmlAttrs attrs) {
    if (!ctx.sheet.cells.empty() || cell_count || ctx.part_bytes == 0) return;
    const char* ref = attrs.get("ref");
    if (!ref) return;
    const std::optional<RangeRef> r = parse_range(ref);
    if (!r) return;
    const uint64_t area = uint64_t{r->last.row - r->first.row + 1} * (r->last.col - r->first.col + 1);
    constexpr uint64_t kMaxReserve = (uint64_t{256} << 20) / sizeof(Cell);
    const uint64_t n = std::min({area, limits.max_cells, ctx.part_bytes / /*<c s="1"/>*/ 10, kMaxReserve});
    if (n < kFirstChunk) return;
    ctx.sheet.cells.reserve(static_cast<size_t>(n));
    advise_huge_pages(ctx.sheet.cells.data(), ctx.sheet.cells.capacity() * sizeof(Cell));
  }

  void push(const Cell& c) {
    std::vector<Cell>& out = ctx.sheet.cells;
    if (chunks.empty() && out.size() < out.capacity()) {
      out.push_back(c);
      return;
    }
    if (chunks.empty() || chunks.back().size == chunks.back().cap)
      chunks.emplace_back(chunks.empty() ? kFirstChunk : kChunk);
    CellChunk& ch = chunks.back();
    new (ch.cells + ch.size) Cell(c);
    ++ch.size;
    ++cell_count;
  }

  void move_cells() {
    std::vector<Cell>& out = ctx.sheet.cells;
    if (chunks.empty() && out.capacity() > out.size()) {
      // the <dimension> promised more cells than came (a sparse sheet): copy them to a vector
      // of the exact size now, 2 MiB at a time, giving each copied piece back to the kernel, so
      // Sheet::finalize's shrink_to_fit has nothing to do and the peak stays the cells once
      std::vector<Cell> exact;
      exact.reserve(out.size());
      advise_huge_pages(exact.data(), exact.capacity() * sizeof(Cell));
      constexpr size_t kStep = (size_t{2} << 20) / sizeof(Cell);
      for (size_t i = 0; i < out.size(); i += kStep) {
        const size_t n = std::min(kStep, out.size() - i);
        exact.insert(exact.end(), out.data() + i, out.data() + i + n);
        release_pages(out.data() + i, n * sizeof(Cell));
      }
      out.swap(exact);
      return;
    }
    out.reserve(out.size() + cell_count);
    if (out.size() + cell_count > kFirstChunk) advise_huge_pages(out.data(), out.capacity() * sizeof(Cell));
    for (CellChunk& ch : chunks) {
      out.insert(out.end(), ch.cells, ch.cells + ch.size);
      unmap_pages(std::exchange(ch.cells, nullptr), ch.cap * sizeof(Cell));
    }
    chunks.clear();
    cell_count = 0;
  }

  std::vector<bool> hidden_col_bits;
  bool any_hidden_col = false;
  uint32_t true_id = 0, false_id = 0;

  // diagnostics
  size_t detailed = 0;
  std::unordered_map<std::string, uint64_t> suppressed;
  bool merges_capped = false;
  uint64_t cut_cells = 0;

  void diag(const char* code, std::string cell, std::string detail) {
    if (detailed < kMaxDetailedDiagnostics) {
      ++detailed;
      ctx.wb.diagnostics.push_back(Diagnostic{code, ctx.sheet.name, std::move(cell), std::move(detail)});
    } else {
      ++suppressed[code];
    }
  }

  void capture(std::string& buf, std::string_view data) {
    if (buf.size() + data.size() > limits.max_cell_bytes) {
      const size_t room = buf.size() < limits.max_cell_bytes ? limits.max_cell_bytes - buf.size() : 0;
      buf.append(data.substr(0, room));
      text_cut = true;
    } else {
      buf.append(data);
    }
  }

  void start(std::string_view name, XmlAttrs attrs) override {
    switch (phase) {
      case Phase::Top:
        if (name == "sheetData") phase = Phase::SheetData;
        else if (name == "mergeCell") on_merge(attrs);
        else if (name == "dimension") reserve_from_dimension(attrs);
        else if (name == "col") on_col(attrs);
        return;
      case Phase::SheetData:
        if (name == "row") on_row(attrs);
        return;
      case Phase::Row:
        if (name == "c") on_cell(attrs);
        return;
      case Phase::Cell:
        if (name == "v") {
          phase = Phase::Value;
          saw_value = true;
        } else if (name == "f") {
          phase = Phase::Formula;
          on_formula(attrs);
        } else if (name == "is") {
          phase = Phase::Inline;
          saw_inline = true;
        }
        return;
      case Phase::Inline:
        if (name == "t") phase = Phase::InlineText;
        else if (name == "rPh") phase = Phase::InlinePhonetic;
        return;
      case Phase::Value:
      case Phase::Formula:
      case Phase::InlineText:
      case Phase::InlinePhonetic:
        return;
    }
  }

  void end(std::string_view name) override {
    switch (phase) {
      case Phase::Top: return;
      case Phase::SheetData:
        if (name == "sheetData") phase = Phase::Top;
        return;
      case Phase::Row:
        if (name == "row") phase = Phase::SheetData;
        return;
      case Phase::Cell:
        if (name == "c") {
          emit_cell();
          phase = Phase::Row;
        }
        return;
      case Phase::Value:
        if (name == "v") phase = Phase::Cell;
        return;
      case Phase::Formula:
        if (name == "f") phase = Phase::Cell;
        return;
      case Phase::Inline:
        if (name == "is") phase = Phase::Cell;
        return;
      case Phase::InlineText:
        if (name == "t") phase = Phase::Inline;
        return;
      case Phase::InlinePhonetic:
        if (name == "rPh") phase = Phase::Inline;
        return;
    }
  }

  void text(std::string_view data) override {
    switch (phase) {
      case Phase::Value: capture(vbuf, data); return;
      case Phase::Formula: capture(fbuf, data); return;
      case Phase::InlineText: capture(ibuf, data); return;
      default: return;
    }
  }

  void on_row(XmlAttrs attrs) {
    phase = Phase::Row;
    col = -1;
    row_valid = true;
    const char* r = nullptr;
    const char* hidden = nullptr;
    const char* outline = nullptr;
    for (size_t i = 0; attrs.a && attrs.a[i]; i += 2) {
      const std::string_view n = attr_local(attrs.a[i]);
      if (n == "r") r = attrs.a[i + 1];
      else if (n == "hidden") hidden = attrs.a[i + 1];
      else if (n == "outlineLevel") outline = attrs.a[i + 1];
    }
    if (r) {
      uint32_t v = 0;
      if (!parse_u32(r, v) || v == 0 || v > kMaxRows) {
        diag("xlsx.bad_row", "", std::string("r=") + r);
        row_valid = false;
        return;
      }
      row = static_cast<int64_t>(v) - 1;
    } else {
      ++row;
      if (row >= static_cast<int64_t>(kMaxRows)) {
        diag("xlsx.bad_row", "", "row > 1048576");
        row_valid = false;
        return;
      }
    }
    if (xml_true(hidden)) ctx.sheet.hidden_rows.push_back(static_cast<uint32_t>(row));
    uint32_t level = 0;
    if (outline && parse_u32(outline, level) && level > 0)
      ctx.sheet.row_outline.emplace_back(static_cast<uint32_t>(row), static_cast<uint8_t>(std::min<uint32_t>(level, 255)));
  }

  void on_cell(XmlAttrs attrs) {
    phase = Phase::Cell;
    vbuf.clear();
    fbuf.clear();
    ibuf.clear();
    text_cut = false;
    saw_value = saw_inline = false;
    ftype = FType::None;
    fsi_ok = false;
    vtype = ValueType::Number;
    style = 0;
    has_style = false;
    cell_skip = false;
    const char* r = nullptr;
    for (size_t i = 0; attrs.a && attrs.a[i]; i += 2) {
      const std::string_view n = attr_local(attrs.a[i]);
      const char* v = attrs.a[i + 1];
      if (n == "r") {
        r = v;
      } else if (n == "t") {
        const std::string_view t(v);
        if (t == "s") vtype = ValueType::Shared;
        else if (t == "str") vtype = ValueType::Str;
        else if (t == "inlineStr") vtype = ValueType::Inline;
        else if (t == "b") vtype = ValueType::Bool;
        else if (t == "e") vtype = ValueType::Error;
        else if (t == "d") vtype = ValueType::Date;
        else vtype = ValueType::Number;
      } else if (n == "s") {
        has_style = parse_u32(v, style);
      }
    }
    if (r) {
      uint32_t rr = 0, cc = 0;
      const int st = parse_ref(r, rr, cc);
      if (st != 0) {
        diag(st == 2 ? "xlsx.ref_out_of_grid" : "xlsx.bad_ref", std::string(r), "");
        cell_skip = true;
        return;
      }
      cell_row = rr;
      cell_col = cc;
      col = cc;
      // a cell may name a row other than its <row>'s; trust the cell
      if (!row_valid || rr != row) {
        row = rr;
        row_valid = true;
      }
    } else {
      ++col;
      if (!row_valid || row < 0 || col >= static_cast<int64_t>(kMaxCols)) {
        diag("xlsx.ref_out_of_grid", "", "cell without r past the grid");
        cell_skip = true;
        return;
      }
      cell_row = static_cast<uint32_t>(row);
      cell_col = static_cast<uint32_t>(col);
    }
  }

  void on_formula(XmlAttrs attrs) {
    ftype = FType::Normal;
    for (size_t i = 0; attrs.a && attrs.a[i]; i += 2) {
      const std::string_view n = attr_local(attrs.a[i]);
      const std::string_view v = attrs.a[i + 1];
      if (n == "t") {
        if (v == "shared") ftype = FType::Shared;
        else if (v == "array") ftype = FType::Array;
        else if (v == "dataTable") ftype = FType::Other;
      } else if (n == "si") {
        fsi_ok = parse_u32(v, fsi);
      }
    }
  }

  uint32_t formula_id() {
    switch (ftype) {
      case FType::None:
      case FType::Other: return 0;
      case FType::Normal:
      case FType::Array: return fbuf.empty() ? 0 : ctx.wb.strings.add(fbuf);
      case FType::Shared: {
        if (!fsi_ok) return fbuf.empty() ? 0 : ctx.wb.strings.add(fbuf);
        if (!fbuf.empty()) {  // the master
          const uint32_t id = ctx.wb.strings.add(fbuf);
          shared[fsi] = SharedMaster{cell_row, cell_col, id};
          return id;
        }
        auto it = shared.find(fsi);
        if (it == shared.end()) {
          diag("xlsx.shared_formula_missing", to_a1(cell_row, cell_col), std::to_string(fsi));
          return 0;
        }
        tmp.clear();
        shift_formula(ctx.wb.strings.get(it->second.formula),
                      static_cast<int64_t>(cell_row) - it->second.row,
                      static_cast<int64_t>(cell_col) - it->second.col, tmp);
        return ctx.wb.strings.add(tmp);
      }
    }
    return 0;
  }

  void emit_cell() {
    if (cell_skip) return;
    Cell c;
    c.row = cell_row;
    c.col = cell_col;
    if (has_style) c.format = ctx.styles.format_of(style);
    c.formula = formula_id();
    if (text_cut) ++cut_cells;
    const bool has_v = saw_value && !vbuf.empty();
    switch (vtype) {
      case ValueType::Number: {
        if (!has_v) break;
        const std::string_view t = trim(vbuf);
        double d = 0;
        auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), d);
        if (ec == std::errc() && p == t.data() + t.size() && !t.empty() && std::isfinite(d)) {
          c.kind = CellKind::Number;
          c.number = d;
          c.raw = ctx.wb.strings.add(vbuf);
        } else {
          diag("xlsx.bad_number", to_a1(cell_row, cell_col), vbuf.substr(0, 40));
          c.kind = CellKind::Text;
          c.raw = ctx.wb.strings.add(vbuf);
        }
        break;
      }
      case ValueType::Shared: {
        if (!has_v) break;
        uint32_t idx = 0;
        if (parse_u32(vbuf, idx) && idx < ctx.shared_strings.size()) {
          c.kind = CellKind::Text;
          c.raw = ctx.shared_strings[idx];
        } else {
          diag("xlsx.bad_shared_string", to_a1(cell_row, cell_col), vbuf.substr(0, 40));
        }
        break;
      }
      case ValueType::Str:
        if (!saw_value) break;
        c.kind = CellKind::Text;
        c.raw = add_text(vbuf);
        break;
      case ValueType::Inline:
        if (saw_inline) {
          c.kind = CellKind::Text;
          c.raw = add_text(ibuf);
        } else if (saw_value) {
          c.kind = CellKind::Text;
          c.raw = add_text(vbuf);
        }
        break;
      case ValueType::Bool: {
        if (!has_v) break;
        const std::string_view t = trim(vbuf);
        c.kind = CellKind::Boolean;
        const bool v = t == "1" || t == "true" || t == "TRUE";
        if (!v && !(t == "0" || t == "false" || t == "FALSE"))
          diag("xlsx.bad_boolean", to_a1(cell_row, cell_col), vbuf.substr(0, 40));
        c.number = v ? 1 : 0;
        c.raw = v ? true_id : false_id;
        break;
      }
      case ValueType::Error:
        if (!has_v) break;
        c.kind = CellKind::Error;
        c.raw = ctx.wb.strings.add(trim(vbuf));
        break;
      case ValueType::Date: {
        if (!has_v) break;
        double serial = 0;
        if (iso_datetime_to_serial(vbuf, ctx.wb.date_system, serial)) {
          c.kind = CellKind::Number;
          c.number = serial;
          char b[32];
          auto [p, ec] = std::to_chars(b, b + sizeof b, serial);
          c.raw = ctx.wb.strings.add(std::string_view(b, static_cast<size_t>(p - b)));
        } else {
          diag("xlsx.bad_date", to_a1(cell_row, cell_col), vbuf.substr(0, 40));
          c.kind = CellKind::Text;
          c.raw = ctx.wb.strings.add(vbuf);
        }
        break;
      }
    }
    if (c.kind == CellKind::Blank && !has_style && c.formula == 0) return;  // nothing at all
    if (ctx.wb.strings.bytes() > limits.max_string_bytes)
      throw ReadError(ReadErrorCode::LimitExceeded,
                      "string bytes > " + std::to_string(limits.max_string_bytes));
    if (++ctx.cell_total > limits.max_cells)
      throw ReadError(ReadErrorCode::LimitExceeded, "cells > " + std::to_string(limits.max_cells));
    push(c);
  }

  uint32_t add_text(std::string_view s) {
    if (!has_ooxml_escape(s)) return ctx.wb.strings.add(s);
    tmp.clear();
    append_ooxml_unescaped(s, tmp);
    return ctx.wb.strings.add(tmp);
  }

  void on_merge(XmlAttrs attrs) {
    const char* ref = attrs.get("ref");
    if (!ref) return;
    if (ctx.sheet.merges.size() >= limits.max_merges) {
      if (!merges_capped) {
        merges_capped = true;
        diag("xlsx.merges_capped", "", std::to_string(limits.max_merges));
      }
      return;
    }
    if (auto r = parse_range(ref)) {
      ctx.sheet.merges.push_back(Merge{*r});
    } else {
      diag("xlsx.bad_merge", ref, "");
    }
  }

  void on_col(XmlAttrs attrs) {
    if (!xml_true(attrs.get("hidden"))) return;
    uint32_t lo = 0, hi = 0;
    const char* mn = attrs.get("min");
    const char* mx = attrs.get("max");
    if (!mn || !parse_u32(mn, lo) || lo == 0) return;
    if (!mx || !parse_u32(mx, hi)) hi = lo;
    hi = std::min<uint32_t>(hi, kMaxCols);
    for (uint32_t k = lo; k <= hi; ++k) hidden_col_bits[k - 1] = true;
    any_hidden_col = any_hidden_col || lo <= hi;
  }

  void finish() {
    move_cells();
    if (any_hidden_col) {
      for (uint32_t k = 0; k < kMaxCols; ++k)
        if (hidden_col_bits[k]) ctx.sheet.hidden_cols.push_back(k);
    }
    if (cut_cells)
      ctx.wb.diagnostics.push_back(Diagnostic{"xlsx.text_truncated", ctx.sheet.name, "",
                                              std::to_string(cut_cells)});
    for (const auto& [code, n] : suppressed)
      ctx.wb.diagnostics.push_back(Diagnostic{code, ctx.sheet.name, "", "+" + std::to_string(n)});
  }
};

XlsxSheetParser::XlsxSheetParser(const XlsxSheetContext& ctx, bool scanner)
    : state_(std::make_unique<State>(ctx)) {
  if (scanner) scanner_ = std::make_unique<XmlScanner>(*state_, ctx.part, ctx.limits);
  else parser_ = std::make_unique<XmlSaxParser>(*state_, ctx.part, ctx.limits);
}

XlsxSheetParser::~XlsxSheetParser() = default;

void XlsxSheetParser::feed(const char* data, size_t size) {
  if (scanner_) scanner_->feed(data, size);
  else parser_->feed(data, size, false);
}

void XlsxSheetParser::finish() {
  if (scanner_) scanner_->finish();
  else parser_->finish();
  state_->finish();
}

}  // namespace sakip
