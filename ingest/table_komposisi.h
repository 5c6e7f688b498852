// Composition tables (kind komposisi): counts of people or things by category, the profile
// tables of an LKIP's first chapter. SDM by jabatan with Kebutuhan / Bezetting groups split by
// education (Σ | SD | SMA | D3 | S1 | S2) and L / P; ASN by jabatan, pangkat/golongan or
// pendidikan with one Jumlah column; sarpras inventories (No | Sarana Prasarana | Jumlah |
// Kondisi | Jumlah ideal) with roman-numeral sections over numbered item rows.
//
// Recognised only when no other kind fits: the title or header names such a table (komposisi,
// SDM, pegawai, ASN, jabatan, bezetting, pendidikan, golongan, sarana, prasarana, inventaris,
// kondisi) and its numeric columns hold whole counts only (no money, percentages, decimals).
#pragma once
#include <string_view>

#include "ingest/table.h"

namespace sakip {

// When `t` (typed, labelled, kind Unknown) is a composition table: sets kind Komposisi, its
// confidence and the column roles: the label column uraian, count columns jumlah (a leaf
// header Σ / Jumlah / Total / ... ideal, or a count with no group) or komponen (a category
// count inside a header group that has a jumlah column: Bezetting / SD), a Kondisi column
// kondisi. Returns whether it did. `text`: the title and header text.
bool recognize_composition(Table& t, std::string_view text);

// A composition table's row identities: for each header group (columns sharing their top
// header level) with exactly one jumlah column and two or more komponen columns, the komponen
// column indices and the jumlah column index. Empty for other tables.
struct CompositionGroup {
  size_t total = 0;               // index into Table::columns
  std::vector<size_t> parts;      // indices into Table::columns, left to right
};
std::vector<CompositionGroup> composition_groups(const Table& t);

}  // namespace sakip
