#include "ingest/header_band.h"

#include <cctype>

namespace sakip {

namespace {

std::string trimmed(std::string_view s) {
  size_t a = 0, b = s.size();
  while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
  while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
  std::string out;
  out.reserve(b - a);
  bool space = false;
  for (size_t i = a; i < b; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isspace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

}  // namespace

std::string BandColumn::header() const {
  std::string out;
  for (const std::string& l : levels) {
    if (!out.empty()) out += " / ";
    out += l;
  }
  return out;
}

std::vector<BandColumn> read_header_band(const SheetGrid& g, const std::vector<uint32_t>& band,
                                         std::optional<uint32_t> numbering_row,
                                         const std::vector<uint32_t>& columns) {
  std::vector<BandColumn> out;
  out.reserve(columns.size());
  for (uint32_t col : columns) {
    BandColumn bc;
    bc.col = col;
    for (size_t bi = 0; bi < band.size(); ++bi) {
      uint32_t r = band[bi];
      std::string text;
      if (const Cell* c = g.find(r, col)) {
        text = trimmed(g.text(*c));
      } else if (const Merge* m = g.merge_at(r, col)) {
        if (const Cell* a = g.find(m->range.first.row, m->range.first.col)) text = trimmed(g.text(*a));
      } else if (bi + 1 < band.size() && g.find(band[bi + 1], col)) {
        // An unmerged group header: the nearest text to the left in this row, when every cell
        // between is empty and the group's own column also has a sub-header below.
        for (long c2 = static_cast<long>(col) - 1; c2 >= 0 && col - c2 <= 40; --c2) {
          if (g.merge_at(r, static_cast<uint32_t>(c2))) break;
          if (const Cell* left = g.find(r, static_cast<uint32_t>(c2))) {
            if (g.find(band[bi + 1], static_cast<uint32_t>(c2))) text = trimmed(g.text(*left));
            break;
          }
          if (!g.find(band[bi + 1], static_cast<uint32_t>(c2))) break;  // the group's run ended
        }
      }
      if (!text.empty() && (bc.levels.empty() || bc.levels.back() != text)) bc.levels.push_back(std::move(text));
    }
    if (numbering_row)
      if (const Cell* c = g.find(*numbering_row, col)) bc.numbering = trimmed(g.text(*c));
    out.push_back(std::move(bc));
  }
  return out;
}

}  // namespace sakip
