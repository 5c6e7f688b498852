#include "rules/finding.h"

#include <algorithm>
#include <tuple>

namespace sakip {

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
  }
  return "error";
}

Summary summarize(const std::vector<Finding>& findings) {
  Summary s;
  for (const auto& f : findings) {
    switch (f.severity) {
      case Severity::Error: ++s.errors; break;
      case Severity::Warning: ++s.warnings; break;
      case Severity::Info: ++s.infos; break;
    }
  }
  return s;
}

void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.file_index, a.sheet_index, a.table_index, a.row, a.col, a.rule) <
           std::tie(b.file_index, b.sheet_index, b.table_index, b.row, b.col, b.rule);
  });
}

}  // namespace sakip
