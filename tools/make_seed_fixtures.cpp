// Writes the seed fixture workbooks (fixtures/workbooks/*.xlsx, fixtures/demo/*.xlsx) from the
// verbatim seed transcriptions in fixtures/seeds/<seed>/<ID>.tsv, and the golden findings
// (fixtures/expected/<file>.json) from the hand-typed audit side files
// fixtures/seeds/<seed>/{violations,clean,rounding,accepted,known_missed}.tsv.
//
// What is computed here is only WHERE a seed cell lands in the generated layout (its A1
// reference). Which cells are wrong, and the expected/actual numbers, are typed in the side
// files from /work/shared/notes/seed-audit.md §2-§3, never derived from this program or from
// sakipcheck. See fixtures/seeds/README.md and fixtures/README.md.
//
// Layouts imitate planners' workbooks: a title row above each table, the header rows as
// printed (group headers merged over their sub-headers, single headers merged down), the
// column-number row, page-break header repeats and continuation rows where the seed has
// them, a signature block after the last table of a sheet. Three cell encodings:
//   Text     - every cell is a string exactly as printed ('3.676.351.730', '95,55 %').
//   Numeric  - value cells that read as Indonesian numbers become numbers with number
//              formats (money '#,##0', percent '0.00%' holding 0.6442 for 64,42%).
//   Formula  - as Numeric, plus Jumlah rows as SUM formulas and derived columns (e.g.
//              6 = 5 - 4, % = realisasi / anggaran) as formulas whose CACHED value is the
//              value printed in the seed, so the seed's errors survive.
// Output is deterministic (fixed document dates), so re-running gives identical files.
//
// Usage: make_seed_fixtures <repo root>
#include <xlsxwriter.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using json = nlohmann::ordered_json;

// ---------------------------------------------------------------------------------------------
// Transcriptions

struct Row {
  std::string line;                // "L501"
  std::vector<std::string> cells;  // verbatim cells
};

struct Table {
  std::string seed, id, title, source, note;
  int header_rows = 1;
  bool number_row = false;
  std::vector<Row> rows;
  size_t ncols = 0;
};

std::vector<std::string> split_tabs(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t p = s.find('\t', start);
    if (p == std::string::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, p - start));
    start = p + 1;
  }
}

std::string g_root;

Table load_table(const std::string& seed, const std::string& id) {
  Table t;
  t.seed = seed;
  t.id = id;
  std::string path = g_root + "/fixtures/seeds/" + seed + "/" + id + ".tsv";
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::exit(1);
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    if (line[0] == '#') {
      auto colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string key = line.substr(2, colon - 2);
      std::string val = line.substr(colon + 1);
      if (!val.empty() && val[0] == ' ') val.erase(0, 1);
      if (key == "title") t.title = val;
      else if (key == "source") t.source = val;
      else if (key == "note") t.note = val;
      else if (key == "header_rows") t.header_rows = std::atoi(val.c_str());
      else if (key == "number_row") t.number_row = val == "yes";
      continue;
    }
    auto f = split_tabs(line);
    Row r;
    r.line = f[0];
    r.cells.assign(f.begin() + 1, f.end());
    t.ncols = std::max(t.ncols, r.cells.size());
    t.rows.push_back(std::move(r));
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// Indonesian number reading, only to choose a stored number + number format in the Numeric and
// Formula encodings (the tool under test has its own parser; this one only has to be right
// for the cells of these seeds).

struct Parsed {
  double value = 0;   // as stored in the cell (percent as a fraction)
  std::string fmt;    // Excel number format
  bool percent = false;
};

std::string trim(std::string s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

std::string strip_markup(std::string s) {
  for (const char* tag : {"<b>", "</b>", "**"}) {
    size_t p;
    while ((p = s.find(tag)) != std::string::npos) s.erase(p, std::strlen(tag));
  }
  return trim(s);
}

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<Parsed> parse_id_number(const std::string& raw) {
  std::string s = trim(strip_markup(raw));
  if (s.empty()) return std::nullopt;
  bool neg = false, paren = false, money = false, pct = false;
  if (s.front() == '(' && s.back() == ')') {
    paren = neg = true;
    s = trim(s.substr(1, s.size() - 2));
  }
  if (s.rfind("Rp.", 0) == 0) {
    money = true;
    s = trim(s.substr(3));
  } else if (s.rfind("Rp", 0) == 0) {
    money = true;
    s = trim(s.substr(2));
  }
  if (!s.empty() && s.front() == '-' && s.size() > 1 && std::isdigit(static_cast<unsigned char>(s[1]))) {
    neg = true;
    s = s.substr(1);
  }
  if (!s.empty() && s.back() == '%') {
    pct = true;
    s = trim(s.substr(0, s.size() - 1));
  }
  if (s.empty()) return std::nullopt;
  std::string intpart, frac;
  bool thousands = false;
  auto comma = s.find(',');
  std::string head = comma == std::string::npos ? s : s.substr(0, comma);
  if (comma != std::string::npos) {
    frac = s.substr(comma + 1);
    if (!all_digits(frac)) return std::nullopt;
  }
  if (head.find('.') != std::string::npos) {
    // dot groups: thousands when every group after the first has 3 digits, else a dot decimal
    std::vector<std::string> groups;
    size_t st = 0;
    for (;;) {
      size_t p = head.find('.', st);
      groups.push_back(head.substr(st, p == std::string::npos ? std::string::npos : p - st));
      if (p == std::string::npos) break;
      st = p + 1;
    }
    bool all3 = groups.size() >= 2 && groups[0].size() >= 1 && groups[0].size() <= 3;
    for (size_t i = 0; i < groups.size(); ++i) {
      if (!all_digits(groups[i])) return std::nullopt;
      if (i > 0 && groups[i].size() != 3) all3 = false;
    }
    if (all3) {
      thousands = true;
      for (auto& g : groups) intpart += g;
    } else if (groups.size() == 2 && comma == std::string::npos && groups[1].size() <= 2) {
      intpart = groups[0];
      frac = groups[1];  // '70.05', '98.28%', '0.00'
    } else {
      return std::nullopt;
    }
  } else {
    if (!all_digits(head)) return std::nullopt;
    intpart = head;
  }
  // digits and a decimal exponent, so 99,57 % is stored as the double nearest to 0.9957
  // (not 99.57 / 100, which is 0.99569999...)
  const int exp10 = -static_cast<int>(frac.size()) - (pct ? 2 : 0);
  double v = std::strtod((intpart + frac + "e" + std::to_string(exp10)).c_str(), nullptr);
  if (neg) v = -v;
  Parsed p;
  std::string dec = frac.empty() ? "" : "." + std::string(frac.size(), '0');
  if (pct) {
    p.percent = true;
    p.value = v;
    p.fmt = "0" + dec + "%";
  } else if (money || thousands || (frac.size() == 2 && intpart.size() > 3)) {
    std::string base = "#,##0" + dec;
    p.value = v;
    p.fmt = money ? "\"Rp \"" + base : base;
    if (paren) p.fmt = base + ";(" + base + ")";
  } else {
    p.value = v;
    p.fmt = frac.empty() ? "0" : "0" + dec;
  }
  return p;
}

// ---------------------------------------------------------------------------------------------
// Workbook layout

enum class Mode { Text, Numeric, Formula };

struct ColFormula {
  int col;            // cell index in the TSV row
  std::string expr;   // e.g. "={5}{r}-{4}{r}": {k} = column letter of cell index k, {r} = row
};

struct Block {
  std::string seed, id;
  Mode mode = Mode::Text;
  int numeric_from = 1;             // cells with index >= this are value cells
  std::vector<ColFormula> formulas;  // Formula mode only
  std::string footer;               // e.g. "Sumber : Dokumen PK ..." (optional)
  // Formula mode: parent rows (by the hierarchy code in cell `code_col`, '1' > '1.1' > '1.1.1')
  // get =SUM(children) in the cells `sum_cols`, cached value as printed.
  int code_col = -1;
  std::vector<int> sum_cols;
};

struct SheetSpec {
  std::string name;
  int first_col = 0;  // 0 = column A
  std::vector<Block> blocks;
  bool signature = true;
};

struct FileSpec {
  std::string path;     // relative to fixtures/
  std::string seed;     // whose side files give the goldens
  std::string title;    // document title property
  std::vector<SheetSpec> sheets;
  std::vector<std::string> aliases;  // converted copies (ods/xls/csv) that get the same goldens
};

struct Signature {
  std::string place_date, office, name, rank, nip;
};

Signature signature_for(const std::string& seed) {
  // Names and NIPs are deliberately fake (the seeds' real officials are not reproduced).
  if (seed == "000") return {"Jember, 10 Februari 2026", "CAMAT GUMUKMAS", "CONTOH NAMA CAMAT, S.STP, M.Si", "Pembina", "NIP. 19000101 200001 1 001"};
  if (seed == "001") return {"Jember, 12 Februari 2026", "CAMAT KENCONG", "CONTOH NAMA PEJABAT, S.Sos", "Pembina", "NIP. 19000202 200002 1 002"};
  return {"Jember, 23 Februari 2024", "CAMAT UMBULSARI", "CONTOH NAMA PENANDATANGAN, SE", "Penata Tingkat I", "NIP. 19000303 200003 1 003"};
}

std::string col_letter(int c) {
  std::string s;
  ++c;
  while (c > 0) {
    s.push_back(static_cast<char>('A' + (c - 1) % 26));
    c = (c - 1) / 26;
  }
  std::reverse(s.begin(), s.end());
  return s;
}

std::string a1(int row, int col) { return col_letter(col) + std::to_string(row + 1); }

struct Placed {
  std::string sheet;
  int row;    // 0-based sheet row of the TSV row
  int col0;   // sheet column of cell index 0
};

// key "<ID>:<Lnnn>" -> placement
using PlacementMap = std::map<std::string, Placed>;

struct TableRange {
  std::string sheet;
  int first_row, last_row, col0, ncols;
};

struct Formats {
  lxw_workbook* wb;
  lxw_format* title;
  lxw_format* header;
  lxw_format* text;
  lxw_format* bold;
  lxw_format* name;
  std::map<std::string, lxw_format*> num;
  lxw_format* number(const std::string& f) {
    auto it = num.find(f);
    if (it != num.end()) return it->second;
    lxw_format* x = workbook_add_format(wb);
    format_set_num_format(x, f.c_str());
    format_set_border(x, LXW_BORDER_THIN);
    num[f] = x;
    return x;
  }
};

bool is_jumlah_label(const std::string& s) {
  std::string t = trim(strip_markup(s));
  if (!t.empty() && t[0] == '-') t = trim(t.substr(1));
  std::string low;
  for (char c : t) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return low == "jumlah";
}

std::string expand_formula(const std::string& expr, int row, int col0) {
  std::string out;
  for (size_t i = 0; i < expr.size(); ++i) {
    if (expr[i] == '{') {
      size_t j = expr.find('}', i);
      std::string k = expr.substr(i + 1, j - i - 1);
      if (k == "r") out += std::to_string(row + 1);
      else out += col_letter(col0 + std::atoi(k.c_str()));
      i = j;
    } else {
      out += expr[i];
    }
  }
  return out;
}

// Writes one table block starting at sheet row `r`; returns the next free row.
int write_block(lxw_worksheet* ws, Formats& F, const std::string& sheet, int r, int col0,
                const Block& b, const Table& t, PlacementMap& placed,
                std::vector<TableRange>& ranges) {
  const int ncols = static_cast<int>(t.ncols);
  // title row, merged over the table width
  if (ncols > 1)
    worksheet_merge_range(ws, r, col0, r, col0 + ncols - 1, t.title.c_str(), F.title);
  else
    worksheet_write_string(ws, r, col0, t.title.c_str(), F.title);
  r += 2;
  const int first = r;

  // header pattern: the first header_rows rows; later rows equal to one of them are repeats
  std::vector<std::vector<std::string>> hdr;
  for (int i = 0; i < t.header_rows && i < static_cast<int>(t.rows.size()); ++i) hdr.push_back(t.rows[i].cells);
  auto cell_at = [&](const std::vector<std::string>& v, int c) -> std::string {
    return c < static_cast<int>(v.size()) ? v[c] : std::string();
  };
  auto header_index = [&](size_t i) -> int {
    if (static_cast<int>(i) < t.header_rows) return static_cast<int>(i);
    for (size_t k = 0; k < hdr.size(); ++k) {
      bool same = true;
      for (int c = 0; c < ncols; ++c)
        if (trim(cell_at(hdr[k], c)) != trim(cell_at(t.rows[i].cells, c))) same = false;
      if (same) return static_cast<int>(k);
    }
    return -1;
  };
  // merges of the header block (computed once, applied at every occurrence of row 0)
  struct Merge { int r0, c0, r1, c1; };
  std::vector<Merge> merges;
  const int grid_rows = static_cast<int>(hdr.size()) - (t.number_row ? 1 : 0);  // rows that form the grid
  for (int hr = 0; hr < grid_rows; ++hr) {
    for (int c = 0; c < ncols; ++c) {
      if (trim(cell_at(hdr[hr], c)).empty()) continue;
      // horizontal: a group header over sub-headers in the next row
      int c1 = c;
      if (hr + 1 < grid_rows) {
        while (c1 + 1 < ncols && trim(cell_at(hdr[hr], c1 + 1)).empty() &&
               !trim(cell_at(hdr[hr + 1], c1 + 1)).empty())
          ++c1;
        if (c1 > c && trim(cell_at(hdr[hr + 1], c)).empty()) c1 = c;  // not a group
      }
      // vertical: nothing below it in the grid
      int r1 = hr;
      if (c1 == c)
        while (r1 + 1 < grid_rows && trim(cell_at(hdr[r1 + 1], c)).empty()) ++r1;
      if (c1 > c || r1 > hr) merges.push_back({hr, c, r1, c1});
    }
  }

  std::set<std::pair<int, int>> merged_cells;  // (hdr row, col) covered but not the anchor
  for (auto& m : merges)
    for (int rr = m.r0; rr <= m.r1; ++rr)
      for (int cc = m.c0; cc <= m.c1; ++cc)
        if (rr != m.r0 || cc != m.c0) merged_cells.insert({rr, cc});

  // hierarchy levels from codes: '2.1. 1' -> 2.1.1 (level 3); a trailing dot ('1.4.', the code
  // split by a page break) counts as a missing last part (level 3)
  std::vector<int> level(t.rows.size(), 0);
  if (b.code_col >= 0)
    for (size_t i = 0; i < t.rows.size(); ++i) {
      if (header_index(i) >= 0) continue;
      bool values = false;  // a continuation row (text tail, no numbers) is not a node
      for (size_t c = static_cast<size_t>(b.numeric_from); c < t.rows[i].cells.size(); ++c)
        if (!trim(t.rows[i].cells[c]).empty()) values = true;
      if (!values) continue;
      std::string code;
      for (char ch : cell_at(t.rows[i].cells, b.code_col))
        if (ch != ' ') code += ch;
      if (code.empty() || !std::isdigit(static_cast<unsigned char>(code[0]))) continue;
      int parts = 1;
      for (char ch : code) parts += ch == '.';
      level[i] = parts;  // '1.4.' has 2 dots -> 3, '1.1' -> 2, '1' -> 1
    }
  auto children = [&](size_t i) {
    std::vector<size_t> out;
    if (level[i] == 0) return out;
    for (size_t j = i + 1; j < t.rows.size(); ++j) {
      if (level[j] == 0) continue;  // header repeats, continuation rows
      if (level[j] <= level[i]) break;
      if (level[j] == level[i] + 1) out.push_back(j);
    }
    return out;
  };

  int data_first = -1;  // first data row of the current run (for Jumlah SUM ranges)
  for (size_t i = 0; i < t.rows.size(); ++i, ++r) {
    const Row& row = t.rows[i];
    placed[t.id + ":" + row.line] = {sheet, r, col0};
    int hi = header_index(i);
    if (hi >= 0) {
      for (int c = 0; c < ncols; ++c) {
        if (merged_cells.count({hi, c})) continue;
        std::string v = cell_at(row.cells, c);
        bool anchored = false;
        if (hi == 0 || true) {
          for (auto& m : merges)
            if (m.r0 == hi && m.c0 == c) {
              int top = r, bottom = r + (m.r1 - m.r0);
              worksheet_merge_range(ws, top, col0 + m.c0, bottom, col0 + m.c1, v.c_str(), F.header);
              anchored = true;
            }
        }
        if (!anchored) worksheet_write_string(ws, r, col0 + c, v.c_str(), F.header);
      }
      data_first = -1;
      continue;
    }
    if (data_first < 0) data_first = r;
    bool jumlah = false;
    for (int c = 0; c < b.numeric_from && c < static_cast<int>(row.cells.size()); ++c)
      if (is_jumlah_label(row.cells[c])) jumlah = true;
    for (int c = 0; c < static_cast<int>(row.cells.size()); ++c) {
      const std::string& v = row.cells[c];
      if (v.empty()) continue;
      const int sc = col0 + c;
      if (b.mode == Mode::Text || c < b.numeric_from) {
        worksheet_write_string(ws, r, sc, v.c_str(), F.text);
        continue;
      }
      auto p = parse_id_number(v);
      if (!p) {
        worksheet_write_string(ws, r, sc, v.c_str(), F.text);
        continue;
      }
      lxw_format* fmt = F.number(p->fmt);
      if (b.mode == Mode::Formula) {
        if (jumlah && r > data_first) {
          std::string f = "=SUM(" + a1(data_first, sc) + ":" + a1(r - 1, sc) + ")";
          worksheet_write_formula_num(ws, r, sc, f.c_str(), fmt, p->value);
          continue;
        }
        bool done = false;
        if (std::find(b.sum_cols.begin(), b.sum_cols.end(), c) != b.sum_cols.end()) {
          auto kids = children(i);
          if (!kids.empty()) {
            std::string f = "=SUM(";
            for (size_t k = 0; k < kids.size(); ++k)
              f += (k ? "," : "") + a1(first + static_cast<int>(kids[k]), sc);
            f += ")";
            worksheet_write_formula_num(ws, r, sc, f.c_str(), fmt, p->value);
            continue;
          }
        }
        for (auto& cf : b.formulas)
          if (cf.col == c) {
            std::string f = expand_formula(cf.expr, r, col0);
            worksheet_write_formula_num(ws, r, sc, f.c_str(), fmt, p->value);
            done = true;
          }
        if (done) continue;
      }
      worksheet_write_number(ws, r, sc, p->value, fmt);
    }
  }
  ranges.push_back({sheet, first, r - 1, col0, ncols});
  if (!b.footer.empty()) {
    ++r;
    worksheet_write_string(ws, r, col0, b.footer.c_str(), nullptr);
    ++r;
  }
  // column widths: the longest-text column wide, the others medium
  std::vector<size_t> len(ncols, 0);
  for (auto& row : t.rows)
    for (int c = 0; c < static_cast<int>(row.cells.size()); ++c) len[c] = std::max(len[c], row.cells[c].size());
  for (int c = 0; c < ncols; ++c) {
    double w = len[c] > 60 ? 55 : len[c] > 20 ? 20 : std::max<double>(6, static_cast<double>(len[c]) + 2);
    worksheet_set_column(ws, col0 + c, col0 + c, w, nullptr);
  }
  return r;
}

void write_signature(lxw_worksheet* ws, Formats& F, int r, int col, const Signature& s) {
  worksheet_write_string(ws, r, col, s.place_date.c_str(), nullptr);
  worksheet_write_string(ws, r + 1, col, s.office.c_str(), F.bold);
  worksheet_write_string(ws, r + 5, col, s.name.c_str(), F.name);
  worksheet_write_string(ws, r + 6, col, s.rank.c_str(), nullptr);
  worksheet_write_string(ws, r + 7, col, s.nip.c_str(), nullptr);
}

// ---------------------------------------------------------------------------------------------
// Side files (typed from the audit) -> goldens

struct Ref {
  std::string table, line;
  int col = 0;
};

Ref parse_ref(const std::string& s) {  // "G28:L1209:3"
  Ref r;
  auto a = s.find(':'), b = s.rfind(':');
  r.table = s.substr(0, a);
  r.line = s.substr(a + 1, b - a - 1);
  r.col = std::atoi(s.substr(b + 1).c_str());
  return r;
}

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string x;
  while (std::getline(ss, x, ','))
    if (!trim(x).empty()) out.push_back(trim(x));
  return out;
}

std::vector<std::vector<std::string>> read_side(const std::string& seed, const std::string& name) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(g_root + "/fixtures/seeds/" + seed + "/" + name);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    rows.push_back(split_tabs(line));
  }
  return rows;
}

json number_or_string(const std::string& s) {
  // exact decimal literals as typed in the side file (no binary round trip of the text)
  if (s.empty()) return nullptr;
  bool num = true;
  int dots = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '-' && i == 0) continue;
    if (c == '.') { ++dots; continue; }
    if (c < '0' || c > '9') num = false;
  }
  if (!num || dots > 1) return s;
  if (dots == 0) return std::stoll(s);
  return json::parse(s);  // nlohmann keeps the shortest round-trip form of the literal
}

std::string quote_sheet(const std::string& s) {
  bool plain = std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
  return plain ? s : "'" + s + "'";
}

std::optional<std::pair<std::string, std::string>> locate(const PlacementMap& placed, const Ref& ref) {
  auto it = placed.find(ref.table + ":" + ref.line);
  if (it == placed.end()) return std::nullopt;
  return std::make_pair(it->second.sheet, a1(it->second.row, it->second.col0 + ref.col));
}

json make_golden(const FileSpec& fs, const std::string& fixture_name, const PlacementMap& placed,
                 const std::string& csv_sheet) {
  auto sheet_name = [&](const std::string& s) { return csv_sheet.empty() ? s : csv_sheet; };
  json g;
  g["fixture"] = fixture_name;
  g["truth"] = "Expected findings typed from /work/shared/notes/seed-audit.md (cited per finding); cells located by tools/make_seed_fixtures.cpp";
  json findings = json::array(), clean = json::array(), rounding = json::array(), accepted = json::array();
  // audit table line col rule expected actual related alt source [why]: one finding, or null
  // when its cell (or, for a cross-table rule, the other table) is not in this file
  auto make_finding = [&](std::vector<std::string> v) -> json {
    v.resize(11);
    Ref cell = parse_ref(v[1] + ":" + v[2] + ":" + v[3]);
    auto loc = locate(placed, cell);
    if (!loc) return json();
    json rel = json::array();
    bool missing = false;
    for (auto& r : split_list(v[7])) {
      auto l = locate(placed, parse_ref(r));
      if (!l) { missing = true; continue; }
      rel.push_back(l->first == loc->first ? l->second : quote_sheet(sheet_name(l->first)) + "!" + l->second);
    }
    if (missing && v[4].rfind("xref.", 0) == 0) return json();  // the other table is not in this file
    json f;
    f["rule"] = v[4];
    f["sheet"] = sheet_name(loc->first);
    f["cell"] = loc->second;
    json alts = json::array();
    for (auto& r : split_list(v[8])) {
      auto l = locate(placed, parse_ref(r));
      if (l) alts.push_back(json{{"sheet", sheet_name(l->first)}, {"cell", l->second}});
    }
    if (!alts.empty()) f["alt_cells"] = alts;
    f["expected"] = number_or_string(v[5]);
    f["actual"] = number_or_string(v[6]);
    if (!rel.empty()) f["related"] = rel;
    f["audit"] = v[0];
    f["source"] = v[9];
    if (!v[10].empty()) f["why"] = v[10];
    return f;
  };
  for (auto& v : read_side(fs.seed, "violations.tsv")) {
    json f = make_finding(v);
    if (!f.is_null()) findings.push_back(f);
  }
  // expected findings the tool does not produce yet, each with why (known_missed.tsv: the
  // violations.tsv columns plus why); the e2e test asserts they are still not reported
  json known_missed = json::array();
  for (auto& v : read_side(fs.seed, "known_missed.tsv")) {
    json f = make_finding(v);
    if (!f.is_null()) known_missed.push_back(f);
  }
  for (auto& v : read_side(fs.seed, "clean.tsv")) {
    // table first_line last_line first_col last_col why
    v.resize(6);
    auto a = locate(placed, parse_ref(v[0] + ":" + v[1] + ":" + v[3]));
    auto b = locate(placed, parse_ref(v[0] + ":" + v[2] + ":" + v[4]));
    if (!a || !b || a->first != b->first) continue;
    clean.push_back(json{{"sheet", sheet_name(a->first)}, {"range", a->second + ":" + b->second}, {"why", v[5]}});
  }
  for (auto& v : read_side(fs.seed, "rounding.tsv")) {
    // table line col why
    v.resize(4);
    auto a = locate(placed, parse_ref(v[0] + ":" + v[1] + ":" + v[2]));
    if (!a) continue;
    rounding.push_back(json{{"sheet", sheet_name(a->first)}, {"cell", a->second}, {"why", v[3]}});
  }
  for (auto& v : read_side(fs.seed, "accepted.tsv")) {
    // rule table line col reason
    v.resize(5);
    auto a = locate(placed, parse_ref(v[1] + ":" + v[2] + ":" + v[3]));
    if (!a) continue;
    accepted.push_back(json{{"rule", v[0]}, {"sheet", sheet_name(a->first)}, {"cell", a->second}, {"reason", v[4]}});
  }
  g["findings"] = findings;
  g["clean"] = clean;
  g["rounding_only"] = rounding;
  g["accepted_extra"] = accepted;
  if (!known_missed.empty()) g["known_missed"] = known_missed;
  return g;
}

// ---------------------------------------------------------------------------------------------
// The fixture set

Block text(const std::string& seed, const std::string& id, int from = 1) { return {seed, id, Mode::Text, from, {}, "", -1, {}}; }
Block numeric(const std::string& seed, const std::string& id, int from = 1) { return {seed, id, Mode::Numeric, from, {}, "", -1, {}}; }
Block formula(const std::string& seed, const std::string& id, int from, std::vector<ColFormula> f) {
  return {seed, id, Mode::Formula, from, std::move(f), "", -1, {}};
}
Block formula_tree(const std::string& seed, const std::string& id, int from, std::vector<ColFormula> f,
                   int code_col, std::vector<int> sum_cols) {
  return {seed, id, Mode::Formula, from, std::move(f), "", code_col, std::move(sum_cols)};
}

// A footer line printed under the table in the seed ('Sumber : ...'), cited by line.
Block with_footer(Block b, std::string footer) {
  b.footer = std::move(footer);
  return b;
}

std::vector<FileSpec> fixture_set() {
  std::vector<FileSpec> files;
  // Seed 000 (Gumukmas): the whole LKIP appendix set, mixed encodings.
  files.push_back({"workbooks/seed000_lkip.xlsx", "000", "LKIP 2025 Kecamatan Gumukmas (tabel)",
    {
      {"Ikhtisar", 0, {text("000", "G1", 3), numeric("000", "G2", 3)}},
      {"Tabel 2.3", 0, {with_footer(text("000", "G8", 3), "Sumber data : TC 25 Kecamatan Gumukmas")}},  // 000 L363
      {"Tabel 2.4", 0, {numeric("000", "G9", 3)}},
      {"PK", 0, {with_footer(text("000", "G12", 3), "Sumber : Dokumen PK Kecamatan Gumukmas tahun 2025"), numeric("000", "G13", 2)}},  // 000 L457
      {"PK Perubahan", 1, {with_footer(text("000", "G14", 3), "Sumber : Dokumen PK Perubahan tahun 2025"), formula("000", "G15", 2, {})}},  // 000 L482
      {"Tabel 2.9", 0, {formula_tree("000", "G16", 2, {{5, "={4}{r}-{3}{r}"}}, 0, {2, 3, 4})}},
      {"Capaian", 0, {text("000", "G18", 3)}},
      {"Kontribusi", 0, {text("000", "G19", 3), text("000", "G20", 3), text("000", "G21", 3), text("000", "G22", 3)}},
      {"Efisiensi", 0, {text("000", "G23", 2)}},
      {"Capaian PK-P", 0, {numeric("000", "G24", 3)}},
      {"Kontribusi PK-P", 0, {numeric("000", "G25", 3), numeric("000", "G26", 3)}},
      {"Efisiensi PK-P", 0, {text("000", "G27", 2)}},
      {"Tabel 3.10", 0, {numeric("000", "G28", 1)}},
      {"Lampiran PK", 0, {text("000", "G32", 3), text("000", "G33", 2)}},
      {"Lampiran PK-P", 0, {text("000", "G34", 3), numeric("000", "G35", 1)}},
      {"TC.25", 0, {text("000", "G36", 4)}},
      {"Renstra 3.1", 0, {numeric("000", "G37", 4)}},
      {"SDM", 0, {with_footer(numeric("000", "G3", 1), "Sumber : Data Kepegawaian Kecamatan Gumukmas 2025")}},  // 000 L183
      {"Sarpras", 0, {numeric("000", "G4", 2)}},
    },
    {"workbooks/seed000_lkip.ods", "workbooks/seed000_lkip.xls"}});
  // Seed 000 budget tables again, numbers as Indonesian TEXT exactly as printed.
  files.push_back({"workbooks/seed000_anggaran_text.xlsx", "000", "Anggaran 2025 Kecamatan Gumukmas (teks)",
    {
      {"Tabel 2.9", 0, {text("000", "G16", 2)}},
      {"Tabel 3.10", 0, {text("000", "G28", 1)}},
      {"PK", 0, {text("000", "G13", 2), text("000", "G15", 2)}},
    }, {}});
  // Seed 000 Tabel 3.10 alone, % as formulas with the printed values cached (csv source).
  files.push_back({"workbooks/seed000_realisasi.xlsx", "000", "Realisasi Anggaran 2025 Kecamatan Gumukmas",
    {
      {"Tabel 3.10", 0, {formula("000", "G28", 1, {{3, "={2}{r}/{1}{r}"}})}},
    },
    {"workbooks/seed000_realisasi.csv"}});
  // Seed 001 (Kencong).
  files.push_back({"workbooks/seed001_lkip.xlsx", "001", "LKIP 2025 Kecamatan Kencong (tabel)",
    {
      {"Ikhtisar", 0, {numeric("001", "K1", 3), text("001", "K2", 3)}},
      {"Tabel 2.3", 0, {with_footer(text("001", "K8", 3), "Sumber data : tabel TC 25 Perubahan Renstra Kecamatan Kencong Tahun 2021-2026")}},  // 001 L361
      {"Tabel 2.4", 0, {text("001", "K9", 3)}},
      {"PK", 0, {with_footer(text("001", "K12", 3), "Sumber : Dokumen PK tahun 2025"), text("001", "K13", 1)}},  // 001 L456
      {"PK Perubahan", 0, {with_footer(numeric("001", "K14", 3), "Sumber : Dokumen PK Perubahan tahun 2025"), numeric("001", "K15", 1)}},  // 001 L477
      {"Tabel 2.9", 1, {numeric("001", "K16", 2)}},
      {"Capaian", 0, {text("001", "K18", 3)}},
      {"Kontribusi", 0, {text("001", "K19", 3), text("001", "K20", 3), text("001", "K21", 3), text("001", "K22", 3)}},
      {"Efisiensi", 0, {text("001", "K23", 2)}},
      {"Capaian PK-P", 0, {text("001", "K24", 3)}},
      {"Kontribusi PK-P", 0, {text("001", "K25", 3), text("001", "K26", 3)}},
      {"Efisiensi PK-P", 0, {text("001", "K27", 2)}},
      {"Tabel 3.13", 0, {text("001", "K28", 1)}},
      {"Lampiran PK", 0, {text("001", "K32", 3), text("001", "K33", 1)}},
      {"Lampiran PK-P", 0, {text("001", "K34", 3), numeric("001", "K35", 1)}},
      {"TC.25", 0, {text("001", "K36", 4)}},
      {"Tabel 3.1", 0, {text("001", "K37", 4)}},
      {"SDM", 0, {text("001", "K3", 1)}},
      {"Sarpras", 0, {numeric("001", "K4", 2)}},
    }, {"workbooks/seed001_lkip.ods"}});
  // Seed 001 budget tables with formulas (cached values as printed).
  files.push_back({"workbooks/seed001_anggaran_formula.xlsx", "001", "Anggaran 2025 Kecamatan Kencong (rumus)",
    {
      {"Tabel 2.9", 0, {formula_tree("001", "K16", 2, {{5, "={4}{r}-{3}{r}"}}, 0, {2, 3, 4})}},
      {"Tabel 3.13", 0, {formula("001", "K28", 1, {{3, "={2}{r}/{1}{r}"}})}},
      {"PK", 0, {formula("001", "K13", 1, {}), formula("001", "K15", 1, {})}},
      {"Lampiran PK", 0, {formula("001", "K33", 1, {}), formula("001", "K35", 1, {})}},
    }, {"workbooks/seed001_anggaran_formula.ods"}});
  // Seed 002 (Umbulsari, 2023).
  files.push_back({"workbooks/seed002_lkip.xlsx", "002", "LKIP 2023 Kecamatan Umbulsari (tabel)",
    {
      {"ASN", 0, {numeric("002", "T02", 2), numeric("002", "T03", 3), numeric("002", "T04", 2)}},
      {"Renstra", 0, {text("002", "T06", 4)}},
      {"Tabel 4.1", 0, {text("002", "T07", 2), numeric("002", "T08", 2)}},
      {"PK 2023", 0, {text("002", "T10", 3)}},
      {"Tabel 3.1", 0, {with_footer(text("002", "T12", 3), "Sumber Data: PK Perubahan 2023, data realisasi kinerja th 2023, SUKMA-e")}},  // 002 L450
      {"Tabel 3.2", 0, {text("002", "T13", 2)}},
      {"Tabel 3.3", 0, {numeric("002", "T14", 3)}},
      {"Tabel 3.6", 0, {text("002", "T17", 2)}},
      {"Tabel 3.7", 0, {text("002", "T18", 1)}},
      {"Tabel 3.8", 0, {numeric("002", "T19", 2)}},
      {"Lampiran Renstra", 0, {text("002", "T20", 5)}},
      {"RKT Perubahan", 0, {text("002", "T22", 4)}},
    }, {"workbooks/seed002_lkip.xls"}});
  // The demo submission (README's first command): seed 000 budget + capaian, real errors.
  files.push_back({"demo/gumukmas_lkip_2025.xlsx", "000", "Lampiran LKIP 2025 Kecamatan Gumukmas",
    {
      {"Tabel 2.9", 0, {numeric("000", "G16", 2)}},
      {"Tabel 3.10", 0, {numeric("000", "G28", 1)}},
      {"PK", 0, {formula("000", "G13", 2, {}), formula("000", "G15", 2, {})}},
      {"Capaian", 0, {text("000", "G18", 3)}},
    }, {}});
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s <repo root>\n", argv[0]);
    return 2;
  }
  g_root = argv[1];
  std::map<std::string, Table> cache;
  auto table = [&](const std::string& seed, const std::string& id) -> const Table& {
    auto key = seed + "/" + id;
    auto it = cache.find(key);
    if (it == cache.end()) it = cache.emplace(key, load_table(seed, id)).first;
    return it->second;
  };
  // Every reference in the side files must name an existing seed cell (a typo would silently
  // drop a finding from every golden).
  int bad_refs = 0;
  auto check_ref = [&](const std::string& seed, const std::string& file, const Ref& ref) {
    const Table& t = table(seed, ref.table);
    for (const Row& r : t.rows)
      if (r.line == ref.line) {
        if (ref.col >= 0 && ref.col < static_cast<int>(r.cells.size())) return;
        break;
      }
    std::fprintf(stderr, "%s/%s: no cell %s:%s:%d\n", seed.c_str(), file.c_str(), ref.table.c_str(), ref.line.c_str(), ref.col);
    ++bad_refs;
  };
  for (const char* seed : {"000", "001", "002"}) {
    for (auto& v : read_side(seed, "violations.tsv")) {
      v.resize(10);
      check_ref(seed, "violations.tsv", parse_ref(v[1] + ":" + v[2] + ":" + v[3]));
      for (auto& r : split_list(v[7])) check_ref(seed, "violations.tsv", parse_ref(r));
      for (auto& r : split_list(v[8])) check_ref(seed, "violations.tsv", parse_ref(r));
    }
    for (auto& v : read_side(seed, "known_missed.tsv")) {
      v.resize(11);
      if (v[10].empty()) {
        std::fprintf(stderr, "%s/known_missed.tsv: %s %s without a why\n", seed, v[0].c_str(), v[4].c_str());
        ++bad_refs;
      }
      check_ref(seed, "known_missed.tsv", parse_ref(v[1] + ":" + v[2] + ":" + v[3]));
      for (auto& r : split_list(v[7])) check_ref(seed, "known_missed.tsv", parse_ref(r));
      for (auto& r : split_list(v[8])) check_ref(seed, "known_missed.tsv", parse_ref(r));
    }
    for (auto& v : read_side(seed, "clean.tsv")) {
      v.resize(6);
      check_ref(seed, "clean.tsv", parse_ref(v[0] + ":" + v[1] + ":" + v[3]));
      check_ref(seed, "clean.tsv", parse_ref(v[0] + ":" + v[2] + ":" + v[4]));
    }
    for (auto& v : read_side(seed, "rounding.tsv")) {
      v.resize(4);
      check_ref(seed, "rounding.tsv", parse_ref(v[0] + ":" + v[1] + ":" + v[2]));
    }
    for (auto& v : read_side(seed, "accepted.tsv")) {
      v.resize(5);
      check_ref(seed, "accepted.tsv", parse_ref(v[1] + ":" + v[2] + ":" + v[3]));
    }
  }
  if (bad_refs) return 1;

  for (const FileSpec& fs : fixture_set()) {
    std::string out = g_root + "/fixtures/" + fs.path;
    lxw_workbook_options opt = {};
    opt.constant_memory = LXW_FALSE;
    lxw_workbook* wb = workbook_new_opt(out.c_str(), &opt);
    if (!wb) {
      std::fprintf(stderr, "cannot create %s\n", out.c_str());
      return 1;
    }
    lxw_doc_properties props = {};
    std::string title = fs.title;
    std::string author = "sakipcheck fixture maker (data: seed reports, see fixtures/seeds)";
    props.title = title.data();
    props.author = author.data();
    props.created = 1767225600;  // 2026-01-01 00:00:00 UTC, fixed so output is deterministic
    workbook_set_properties(wb, &props);
    Formats F{wb, nullptr, nullptr, nullptr, nullptr, nullptr, {}};
    F.title = workbook_add_format(wb);
    format_set_bold(F.title);
    F.header = workbook_add_format(wb);
    format_set_bold(F.header);
    format_set_text_wrap(F.header);
    format_set_align(F.header, LXW_ALIGN_CENTER);
    format_set_align(F.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(F.header, LXW_BORDER_THIN);
    F.text = workbook_add_format(wb);
    format_set_text_wrap(F.text);
    format_set_align(F.text, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(F.text, LXW_BORDER_THIN);
    F.bold = workbook_add_format(wb);
    format_set_bold(F.bold);
    F.name = workbook_add_format(wb);
    format_set_bold(F.name);
    format_set_underline(F.name, LXW_UNDERLINE_SINGLE);

    PlacementMap placed;
    std::vector<TableRange> ranges;
    for (const SheetSpec& ss : fs.sheets) {
      lxw_worksheet* ws = workbook_add_worksheet(wb, ss.name.c_str());
      worksheet_set_paper(ws, 9);  // A4
      int r = 0;
      int maxcols = 1;
      for (size_t bi = 0; bi < ss.blocks.size(); ++bi) {
        const Block& b = ss.blocks[bi];
        const Table& t = table(b.seed, b.id);
        if (bi > 0) r += 2;  // blank rows between two tables on one sheet
        r = write_block(ws, F, ss.name, r, ss.first_col, b, t, placed, ranges);
        maxcols = std::max(maxcols, static_cast<int>(t.ncols));
      }
      if (ss.signature) write_signature(ws, F, r + 2, ss.first_col + std::max(1, maxcols - 2), signature_for(fs.seed));
    }
    if (workbook_close(wb) != LXW_NO_ERROR) {
      std::fprintf(stderr, "cannot write %s\n", out.c_str());
      return 1;
    }
    // goldens for the file and its converted copies
    auto base = [](const std::string& p) { return p.substr(p.rfind('/') + 1); };
    std::vector<std::string> names = {fs.path};
    names.insert(names.end(), fs.aliases.begin(), fs.aliases.end());
    for (const std::string& n : names) {
      std::string csv_sheet;
      if (n.size() > 4 && n.substr(n.size() - 4) == ".csv") {
        std::string b = base(n);
        csv_sheet = b.substr(0, b.size() - 4);
      }
      json g = make_golden(fs, n, placed, csv_sheet);
      std::string gp = g_root + "/fixtures/expected/" + base(n) + ".json";
      std::ofstream o(gp, std::ios::binary);
      o << g.dump(1) << "\n";
      std::printf("%s: %zu findings, %zu clean, %zu rounding-only\n", n.c_str(), g["findings"].size(),
                  g["clean"].size(), g["rounding_only"].size());
    }
  }
  return 0;
}
