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

}  // namespace sakip
