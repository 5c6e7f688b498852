// The kind of a table from its column roles (and, as a tie-breaker, its title and header
// words), with a confidence: the share of the kind's needed columns that were found.
#pragma once
#include <string_view>
#include <vector>

#include "ingest/table.h"

namespace sakip {

struct KindGuess {
  TableKind kind = TableKind::Unknown;
  double confidence = 0;
};

// `text`: the title and all header text, for words such as "efisiensi", "perjanjian kinerja",
// "renstra", "t-c.25" that roles alone cannot tell.
KindGuess classify_table(const std::vector<Column>& columns, std::string_view text);

// A typed table's kind, set on `t` (kind, confidence): first the roles its values correct
// (reread_roles_by_values), then classify_table, then, when nothing fits, composition tables
// (ingest/table_komposisi.h, which also sets their column roles).
void classify_typed_table(Table& t, std::string_view text);

// Roles the typed values correct. A plain "Capaian" column (no '%' in its header) holding
// amounts with units or rupiah ('10 lembaga', 'Rp.3.308.322.654'), left of another capaian
// column, in a table with a target column and no realisasi column, is the realisasi: LKIP
// tables print 'Target | Capaian | %' with 'Capaian' meaning what was achieved (002 Tabel 3.6).
void reread_roles_by_values(Table& t);

}  // namespace sakip
