// The three ways a check is reported: the JSON report (the contract in
// docs/report.schema.json), the console (grouped by file, sheet and table, colour on a
// terminal only) and one self-contained HTML page.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "ingest/messages.h"
#include "rules/config.h"
#include "rules/finding.h"
#include "rules/submission.h"

namespace sakip {

// Exact decimal literal for JSON: "2717264930", "64.42", "-0.4".
std::string json_number(const Decimal& d);
std::string json_string(std::string_view s);

std::string report_json(const Submission& s, const std::vector<Finding>& findings, const Config& cfg, Lang lang);
void report_console(std::ostream& out, const Submission& s, const std::vector<Finding>& findings, Lang lang,
                    bool color);
std::string report_html(const Submission& s, const std::vector<Finding>& findings, const Config& cfg, Lang lang);

// "(2T − R)/T × 100" or "T/R × 100".
std::string negative_formula_text(const Config& cfg);

}  // namespace sakip
