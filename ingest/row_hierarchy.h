// Levels and parents of a table's rows, from the strongest evidence the table has:
// codes by prefix (kode rekening, program codes, numbering "1.1.2"), label prefixes
// ("PROGRAM", "Kegiatan", "Sub Kegiatan", "Tujuan", "Sasaran"), the column a row's text starts
// in (a Tujuan cell merged over its Sasaran rows), numbering (I, 1, a.) and outline levels.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ingest/table.h"

namespace sakip {

// What a row says about its place besides its code (Row::code, canonical, empty when none). 16
// bytes: one per row of a 200,000-row table.
struct HierarchyHint {
  RowLevel prefix_level = RowLevel::None;  // from the label's first word
  RowLevel column_level = RowLevel::None;
  int column_rank = -1;                 // leftmost hierarchy column with the row's own text
  int numbering_rank = -1;              // from the No column: "I" 0, "1" 1, "1.1" 2, "a." deeper
  int outline = -1;                     // indent / outline level from the source
};

// The label's level word: "PROGRAM PENUNJANG" -> Program, "Sub kegiatan 1:" -> SubKegiatan,
// "Tujuan 1 :" -> Tujuan, "Indikator : IKM" -> Indikator, "Output : ..." -> Indikator.
RowLevel level_from_label(std::string_view label);
// The same from the label's key already made: `key` = text_key(label.substr(0, 80)).
RowLevel level_from_label_key(std::string_view key, std::string_view label);
// A No-column token's rank: "I".."X" (roman) 0, "1"/"1." 1, "1.1" 2, "1.1.1" 3, "a"/"a." -1 with
// *letter = true. -1 when not numbering.
int numbering_rank(std::string_view token, bool* letter);

// Sets Row::level, depth and parent for rows (type and code already set; totals stay at the top).
// `budget_levels`: the uraian column names program / kegiatan / sub kegiatan, so unprefixed rows
// and numbering depths map to those levels.
void assign_hierarchy(const std::vector<HierarchyHint>& hints, std::vector<Row>& rows, bool budget_levels);
// The parents alone (assign_hierarchy then corrects levels the tree contradicts).
void assign_hierarchy_parents(const std::vector<HierarchyHint>& hints, std::vector<Row>& rows, bool budget_levels);

}  // namespace sakip
