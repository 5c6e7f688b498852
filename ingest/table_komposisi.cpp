#include "ingest/table_komposisi.h"

#include <string>

#include "ingest/text_key.h"

namespace sakip {

namespace {

bool has_word(const std::string& key, std::string_view w) {
  for (std::string_view x : key_words(key))
    if (x == w) return true;
  return false;
}

// The top header level (the group) and the leaf of a column's joined header ("Bezetting / SD").
std::string group_of(const Column& c) {
  size_t p = c.header.find(" / ");
  return p == std::string::npos ? std::string() : c.header.substr(0, p);
}
std::string leaf_of(const Column& c) {
  size_t p = c.header.rfind(" / ");
  return p == std::string::npos ? c.header : c.header.substr(p + 3);
}

// "Σ", "∑", "Jumlah", "Jml", "Total", "Jumlah ideal", "Jumlah (orang)".
bool total_leaf(const std::string& leaf) {
  for (std::string_view sigma : {"\xCE\xA3", "\xE2\x88\x91", "\xCF\x83"})
    if (leaf.find(sigma) != std::string::npos) return true;
  const std::string key = text_key(leaf);
  return has_word(key, "jumlah") || has_word(key, "jml") || has_word(key, "total") || has_word(key, "ideal");
}

// Roles that say the table is about performance or money, not counts.
bool foreign_role(ColumnRole r) {
  switch (r) {
    case ColumnRole::Unknown:
    case ColumnRole::No:
    case ColumnRole::Kode:
    case ColumnRole::Uraian:
    case ColumnRole::Satuan:
    case ColumnRole::Keterangan:
      return false;
    default:
      return true;
  }
}

enum class Content { Empty, Count, Text, Other };

// What a column holds over the table's rows: whole non-negative numbers only (Count), mostly
// text (Text), or anything else.
Content column_content(const Table& t, size_t j) {
  size_t counts = 0, texts = 0, other = 0;
  for (const Row& r : t.rows) {
    if (j >= r.values.size()) continue;
    const Value& v = r.values[j];
    switch (v.kind) {
      case ValueKind::Empty:
      case ValueKind::NotApplicable:
        break;
      case ValueKind::Integer:
      case ValueKind::Decimal:
        if (v.number && !v.number->negative() && v.number->normalized().scale == 0) ++counts;
        else ++other;
        break;
      case ValueKind::Text:
        ++texts;
        break;
      default:
        ++other;
    }
  }
  if (counts + texts + other == 0) return Content::Empty;
  if (other == 0 && texts == 0) return Content::Count;
  if (texts * 10 >= (counts + texts + other) * 8) return Content::Text;
  return Content::Other;
}

}  // namespace

bool recognize_composition(Table& t, std::string_view text) {
  if (t.kind != TableKind::Unknown || t.rows.empty()) return false;
  const std::string key = text_key(text);
  bool words = false;
  for (std::string_view w : {"komposisi", "sdm", "pegawai", "asn", "jabatan", "bezetting", "pendidikan", "golongan",
                             "pangkat", "sarana", "prasarana", "sarpras", "inventaris", "kondisi"})
    words = words || has_word(key, w);
  if (!words) return false;
  const size_t m = t.columns.size();
  std::vector<Content> content(m);
  size_t count_cols = 0;
  for (size_t j = 0; j < m; ++j) {
    const Column& c = t.columns[j];
    if (foreign_role(c.role) || c.is_money || c.hint == ColumnHint::Money || c.hint == ColumnHint::Percent)
      return false;
    content[j] = column_content(t, j);
    if (content[j] == Content::Other) {
      if (c.role == ColumnRole::No || c.role == ColumnRole::Kode) continue;
      return false;  // decimals, percentages, money, quantities with units: not a count table
    }
    if (content[j] == Content::Count && c.role != ColumnRole::No && c.role != ColumnRole::Kode) ++count_cols;
  }
  if (count_cols == 0) return false;

  // Roles. The label column: the uraian one, else the leftmost text column.
  bool label = false;
  for (const Column& c : t.columns) label = label || c.role == ColumnRole::Uraian;
  for (size_t j = 0; j < m && !label; ++j)
    if (t.columns[j].role == ColumnRole::Unknown && content[j] == Content::Text) {
      t.columns[j].role = ColumnRole::Uraian;
      label = true;
    }
  for (size_t j = 0; j < m; ++j) {
    Column& c = t.columns[j];
    if (c.role != ColumnRole::Unknown) continue;
    // An all-blank column inside a group of counts ("Kebutuhan / D3" with '-' only) is one of
    // the group's categories.
    bool blank_in_counts = false;
    if (content[j] == Content::Empty && !group_of(c).empty())
      for (size_t k = 0; k < m; ++k)
        blank_in_counts = blank_in_counts || (content[k] == Content::Count && group_of(t.columns[k]) == group_of(c));
    if (content[j] != Content::Count && !blank_in_counts) {
      if (has_word(text_key(leaf_of(c)), "kondisi")) c.role = ColumnRole::Kondisi;
      continue;
    }
    c.role = total_leaf(leaf_of(c)) ? ColumnRole::Jumlah : ColumnRole::Komponen;
    c.hint = ColumnHint::Count;
  }
  // A category count outside any group is a count of its own ("Kebutuhan", "Jumlah pegawai"),
  // unless it is a short category token (L / P, SD, S1).
  for (size_t j = 0; j < m; ++j) {
    Column& c = t.columns[j];
    if (c.role != ColumnRole::Komponen || !group_of(c).empty()) continue;
    if (text_key(leaf_of(c)).size() > 3) c.role = ColumnRole::Jumlah;
  }
  bool jumlah = false, total_row = false;
  for (const Column& c : t.columns) jumlah = jumlah || c.role == ColumnRole::Jumlah;
  for (const Row& r : t.rows) total_row = total_row || r.type == RowType::Total;
  t.kind = TableKind::Komposisi;
  int ok = 2 + label + (jumlah || total_row);
  t.confidence = ok / 4.0;
  return true;
}

std::vector<CompositionGroup> composition_groups(const Table& t) {
  std::vector<CompositionGroup> out;
  if (t.kind != TableKind::Komposisi) return out;
  const size_t m = t.columns.size();
  size_t j = 0;
  while (j < m) {
    const std::string g = group_of(t.columns[j]);
    size_t e = j + 1;
    while (e < m && !g.empty() && group_of(t.columns[e]) == g) ++e;
    if (!g.empty()) {
      CompositionGroup grp;
      int totals = 0;
      for (size_t k = j; k < e; ++k) {
        if (t.columns[k].role == ColumnRole::Jumlah) {
          grp.total = k;
          ++totals;
        } else if (t.columns[k].role == ColumnRole::Komponen) {
          grp.parts.push_back(k);
        }
      }
      if (totals == 1 && grp.parts.size() >= 2) out.push_back(std::move(grp));
    }
    j = e;
  }
  return out;
}

}  // namespace sakip
