// The Indonesian header vocabulary: what a column header says about its column. Matching is
// done on text_key() words with the typos real documents have ("Targ et", "Realis asi",
// "REALISAS" / "I 2023", "Sasam", "PENANGUNGJAWAB") and edit distance 1 on long words.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ingest/table.h"

namespace sakip {

// What one header text (one level of a header band, or a whole header) says.
struct HeaderMeaning {
  ColumnRole role = ColumnRole::Unknown;
  int year = 0;
  int period = 0;
  int quarter = 0;
  bool end_of_period = false;
  bool is_money = false;      // rupiah amounts
  bool percent = false;       // a '%' / prosentase column whose role depends on its group
  bool kinerja = false;       // "K" / "Kinerja" / "Volume": the performance half of a pair
  bool recognised = false;    // some vocabulary word matched (the text looks like a header)
};

// One level's text.
HeaderMeaning classify_header_level(std::string_view text);
// A column's header levels, top (group) first, leaf last: the leaf decides the role, the groups
// add context (money group, quarter, year, end of period).
HeaderMeaning classify_header(const std::vector<std::string>& levels);

// The hint the value parser gets for a column of this role.
ColumnHint hint_for(ColumnRole role, bool is_money, bool percent);

}  // namespace sakip
