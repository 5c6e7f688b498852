// The clean JSON of one input (`sakipcheck convert`): its sheets, the tables found in each
// (kind, title, range, columns with role and header text, rows with level, parent, label, code
// and typed values with their cell refs and original text) and every non-empty cell that is in
// no table (`unassigned`). Every non-empty cell appears exactly once, with its A1 reference and
// its stored text. Output is byte-identical across runs: ordered keys, no pointers, no clock;
// numbers are exact decimal literals. Schema: docs/clean-json.schema.json.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ingest/table.h"
#include "ingest/workbook.h"

namespace sakip {

// `file`: the path as the user gave it.
std::string clean_json(const Workbook& wb, const std::vector<Table>& tables, std::string_view file);

}  // namespace sakip
