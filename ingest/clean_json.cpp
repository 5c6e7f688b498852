#include "ingest/clean_json.h"

#include <algorithm>
#include <cstdio>

#include "ingest/sheet_grid.h"

namespace sakip {

namespace {

// A small streaming JSON writer: two-space indentation, keys in the order written, numbers
// passed as literals so exact decimals stay exact.
class Json {
 public:
  std::string out;

  void begin_object() { open('{'); }
  // An object written on one line (cells and values: most of a document's bytes).
  void begin_inline_object() {
    open('{');
    ++inline_;
  }
  void end_inline_object() {
    close('}');
    --inline_;
  }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  void key(std::string_view k) {
    comma();
    newline();
    string(k);
    out += ": ";
    after_key_ = true;
  }
  void value_string(std::string_view s) {
    prefix();
    string(s);
  }
  void value_literal(std::string_view lit) {
    prefix();
    out += lit;
  }
  void value_int(long long v) { value_literal(std::to_string(v)); }
  void value_bool(bool b) { value_literal(b ? "true" : "false"); }
  void value_null() { value_literal("null"); }

  template <class F>
  void field(std::string_view k, F&& f) {
    key(k);
    f();
  }
  void field_string(std::string_view k, std::string_view v) { key(k), value_string(v); }
  void field_int(std::string_view k, long long v) { key(k), value_int(v); }
  void field_bool(std::string_view k, bool v) { key(k), value_bool(v); }
  void field_literal(std::string_view k, std::string_view v) { key(k), value_literal(v); }

 private:
  std::vector<bool> first_;  // per open container: nothing written yet
  bool after_key_ = false;
  int inline_ = 0;

  void newline() {
    if (inline_ > 0) {
      out += ' ';
      return;
    }
    out += '\n';
    out.append(first_.size() * 2, ' ');
  }
  void comma() {
    if (!first_.empty()) {
      if (!first_.back()) out += ',';
      first_.back() = false;
    }
  }
  void prefix() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    comma();
    if (!first_.empty()) newline();
  }
  void open(char c) {
    prefix();
    out += c;
    first_.push_back(true);
  }
  void close(char c) {
    bool empty = first_.back();
    first_.pop_back();
    if (!empty && inline_ == 0) newline();
    out += c;
  }
  // JSON string; invalid UTF-8 bytes become U+FFFD so the document stays valid.
  void string(std::string_view s) {
    out += '"';
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c == '"') out += "\\\"";
      else if (c == '\\') out += "\\\\";
      else if (c == '\n') out += "\\n";
      else if (c == '\r') out += "\\r";
      else if (c == '\t') out += "\\t";
      else if (c < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      } else if (c < 0x80) {
        out += static_cast<char>(c);
      } else {
        size_t len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
        bool ok = len > 0 && i + len <= s.size();
        for (size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (ok && len == 3) {
          unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
          if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) ok = false;  // overlong / surrogate
        }
        if (ok && len == 4) {
          unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
          if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) ok = false;
        }
        if (ok) {
          out.append(s.substr(i, len));
          i += len - 1;
        } else {
          out += "\xEF\xBF\xBD";
        }
      }
    }
    out += '"';
  }
};

std::string_view flag_name(uint32_t bit) {
  switch (bit) {
    case kFlagAmbiguousSeparator: return "ambiguous_separator";
    case kFlagDotDecimal: return "dot_decimal";
    case kFlagEnglishGrouping: return "english_grouping";
    case kFlagSplitDigits: return "split_digits";
    case kFlagParenNegative: return "paren_negative";
    case kFlagCurrencyPrefix: return "currency_prefix";
    case kFlagUnitSuffix: return "unit_suffix";
    case kFlagGradeLetter: return "grade_letter";
    case kFlagNumberAsText: return "number_as_text";
    case kFlagPercentSign: return "percent_sign";
    case kFlagDashSuffix: return "dash_suffix";
    case kFlagMarkup: return "markup";
    case kFlagFromNumberFormat: return "from_number_format";
    case kFlagUnicodeMinus: return "unicode_minus";
    case kFlagLeadingZeroCode: return "leading_zero_code";
    case kFlagMissingPercentSign: return "missing_percent_sign";
    default: return "";
  }
}

std::string_view hint_name(ColumnHint h) {
  switch (h) {
    case ColumnHint::Unknown: return "unknown";
    case ColumnHint::Money: return "money";
    case ColumnHint::Percent: return "percent";
    case ColumnHint::Index: return "index";
    case ColumnHint::Count: return "count";
    case ColumnHint::Year: return "year";
    case ColumnHint::Code: return "code";
  }
  return "unknown";
}

std::string confidence_literal(double c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", std::clamp(c, 0.0, 1.0));
  return buf;
}

class Writer {
 public:
  Writer(const Workbook& wb, Json& j) : wb_(wb), j_(j) {}

  void sheet(const Sheet& s, uint32_t index, const std::vector<const Table*>& tables) {
    SheetGrid grid(wb_, s);
    grid_ = &grid;
    claimed_.assign(s.cells.size(), 0);
    j_.begin_object();
    j_.field_string("name", s.name);
    j_.field_int("index", index);
    j_.field_string("state", to_string(s.state));
    j_.key("tables");
    j_.begin_array();
    for (const Table* t : tables) table(*t);
    j_.end_array();
    j_.key("unassigned");
    j_.begin_array();
    for (size_t i = 0; i < s.cells.size(); ++i)
      if (!claimed_[i] && s.cells[i].kind != CellKind::Blank) cell_object(s.cells[i], -1, nullptr);
    j_.end_array();
    j_.end_object();
    grid_ = nullptr;
  }

 private:
  const Workbook& wb_;
  Json& j_;
  const SheetGrid* grid_ = nullptr;
  std::vector<char> claimed_;

  // Claims the live cell at (row, col) once; nullptr when absent or already written.
  const Cell* claim(uint32_t row, uint32_t col) {
    const Cell* c = grid_->find(row, col);
    if (!c) return nullptr;
    size_t idx = static_cast<size_t>(c - grid_->sheet().cells.data());
    if (claimed_[idx]) return nullptr;
    claimed_[idx] = 1;
    return c;
  }

  void value_object(const Value& v) {
    j_.begin_inline_object();
    j_.field_string("kind", to_string(v.kind));
    j_.field_string("text", v.original);
    if (v.number) j_.field_literal("number", v.number->to_string());
    if (v.upper) j_.field_literal("upper", v.upper->to_string());
    if (v.decimals >= 0) j_.field_int("decimals", v.decimals);
    if (!v.unit.empty()) j_.field_string("unit", v.unit);
    if (!v.grade.empty()) j_.field_string("grade", v.grade);
    if (!v.reason.empty()) j_.field_string("reason", v.reason);
    if (v.flags) {
      j_.key("flags");
      j_.begin_array();
      for (uint32_t bit = 1; bit != 0 && bit <= kFlagMissingPercentSign; bit <<= 1)
        if (v.flags & bit) j_.value_string(flag_name(bit));
      j_.end_array();
    }
    j_.end_inline_object();
  }

  void cell_object(const Cell& c, int column, const Value* value) {
    j_.begin_inline_object();
    j_.field_string("ref", to_a1(c.row, c.col));
    if (column >= 0) j_.field_int("column", column);
    j_.field_string("raw", wb_.raw(c));
    j_.field_string("cell_kind", to_string(c.kind));
    if (c.formula) j_.field_string("formula", wb_.formula(c));
    if (value) {
      j_.key("value");
      value_object(*value);
    }
    j_.end_inline_object();
  }

  void cell_list(std::string_view name, const std::vector<CellRef>& refs) {
    j_.key(name);
    j_.begin_array();
    for (const CellRef& r : refs)
      if (const Cell* c = claim(r.row, r.col)) cell_object(*c, -1, nullptr);
    j_.end_array();
  }

  void table(const Table& t) {
    j_.begin_object();
    j_.field_string("kind", to_string(t.kind));
    j_.field_literal("confidence", confidence_literal(t.confidence));
    j_.field_string("title", t.title);
    j_.field_string("range", to_a1(t.range));
    cell_list("title_cells", t.title_cells);
    j_.key("header_rows");
    j_.begin_array();
    for (uint32_t r : t.header_rows) j_.value_int(r + 1);
    j_.end_array();
    j_.key("numbering_row");
    if (t.numbering_row) j_.value_int(*t.numbering_row + 1);
    else j_.value_null();
    j_.key("columns");
    j_.begin_array();
    for (size_t i = 0; i < t.columns.size(); ++i) {
      const Column& c = t.columns[i];
      j_.begin_object();
      j_.field_int("index", static_cast<long long>(i));
      j_.field_string("col", column_letters(c.col));
      j_.field_string("role", to_string(c.role));
      j_.field_string("header", c.header);
      if (c.year) j_.field_int("year", c.year);
      if (c.period) j_.field_int("period", c.period);
      if (c.quarter) j_.field_int("quarter", c.quarter);
      if (c.end_of_period) j_.field_bool("end_of_period", true);
      if (c.is_money) j_.field_bool("money", true);
      if (!c.numbering.empty()) j_.field_string("numbering", c.numbering);
      j_.field_string("hint", hint_name(c.hint));
      j_.end_object();
    }
    j_.end_array();
    // Header band, repeated headers and the column-number row: each cell once, in sheet order.
    std::vector<uint32_t> hrows = t.header_rows;
    if (t.numbering_row) hrows.push_back(*t.numbering_row);
    std::sort(hrows.begin(), hrows.end());
    hrows.erase(std::unique(hrows.begin(), hrows.end()), hrows.end());
    j_.key("header_cells");
    j_.begin_array();
    for (uint32_t r : hrows)
      for (size_t i = 0; i < t.columns.size(); ++i)
        if (const Cell* c = claim(r, t.columns[i].col)) cell_object(*c, static_cast<int>(i), nullptr);
    j_.end_array();
    j_.key("rows");
    j_.begin_array();
    for (size_t ri = 0; ri < t.rows.size(); ++ri) row(t, t.rows[ri]);
    j_.end_array();
    cell_list("footer_cells", t.footer_cells);
    j_.end_object();
  }

  void row(const Table& t, const Row& r) {
    j_.begin_object();
    j_.field_int("row", r.sheet_row + 1);
    j_.field_string("type", to_string(r.type));
    j_.field_string("level", to_string(r.level));
    j_.field_int("depth", r.depth);
    j_.field_int("parent", r.parent);
    j_.field_string("label", r.label);
    j_.field_string("code", r.code);
    j_.key("continuation");
    j_.begin_array();
    for (uint32_t c : r.continuation) j_.value_int(c + 1);
    j_.end_array();
    std::vector<char> value_written(t.columns.size(), 0);
    j_.key("cells");
    j_.begin_array();
    for (size_t i = 0; i < t.columns.size(); ++i) {
      if (const Cell* c = claim(r.sheet_row, t.columns[i].col)) {
        cell_object(*c, static_cast<int>(i), i < r.values.size() ? &r.values[i] : nullptr);
        value_written[i] = 1;
      }
    }
    j_.end_array();
    j_.key("continuation_cells");
    j_.begin_array();
    for (uint32_t cr : r.continuation)
      for (size_t i = 0; i < t.columns.size(); ++i)
        if (const Cell* c = claim(cr, t.columns[i].col)) {
          bool carry = !value_written[i] && i < r.values.size();
          cell_object(*c, static_cast<int>(i), carry ? &r.values[i] : nullptr);
          value_written[i] = 1;
        }
    j_.end_array();
    j_.end_object();
  }
};

}  // namespace

std::string clean_json(const Workbook& wb, const std::vector<Table>& tables, std::string_view file) {
  Json j;
  j.begin_object();
  j.field_string("tool", "sakipcheck");
  j.field_string("version", SAKIP_VERSION);
  j.field_string("file", file);
  j.field_string("format", to_string(wb.format));
  j.key("sheets");
  j.begin_array();
  Writer w(wb, j);
  for (uint32_t si = 0; si < wb.sheets.size(); ++si) {
    std::vector<const Table*> mine;
    for (const Table& t : tables)
      if (t.sheet_index == si) mine.push_back(&t);
    w.sheet(wb.sheets[si], si, mine);
  }
  j.end_array();
  j.key("diagnostics");
  j.begin_array();
  for (const Diagnostic& d : wb.diagnostics) {
    j.begin_object();
    j.field_string("code", d.code);
    j.field_string("sheet", d.sheet);
    j.field_string("cell", d.cell);
    j.field_string("detail", d.detail);
    j.end_object();
  }
  j.end_array();
  j.end_object();
  j.out += '\n';
  return std::move(j.out);
}

}  // namespace sakip
