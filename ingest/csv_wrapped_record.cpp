#include "ingest/csv_wrapped_record.h"

#include <algorithm>

#include "ingest/csv_dialect.h"
#include "ingest/csv_parser.h"

namespace sakip {

namespace {

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

WrappedRecovery recover_wrapped_record(const std::vector<std::string_view>& fields,
                                       char delimiter, size_t width) {
  WrappedRecovery r;
  if (fields.empty() || width < 3) return r;
  const std::string_view first = fields[0];
  const size_t min_fields = std::max<size_t>(3, width - 1);
  bool rest_empty = true;
  for (size_t i = 1; i < fields.size(); ++i)
    if (!fields[i].empty()) rest_empty = false;
  std::vector<std::string> inner;
  for (char alt : kCsvDelimiters) {
    if (alt == delimiter || first.find(alt) == std::string_view::npos) continue;
    if (!split_single_record(first, alt, inner)) continue;
    if (inner.size() < min_fields || inner.size() > width) continue;
    if (rest_empty) {
      r.kind = WrappedKind::Wrapped;
      r.inner_delimiter = alt;
      r.fields = std::move(inner);
      return r;
    }
    // hybrid: merge column by column
    const size_t n = std::max(inner.size(), fields.size());
    std::vector<std::string> merged(n);
    size_t agree = 0;
    bool conflict = false;
    for (size_t j = 0; j < n && !conflict; ++j) {
      const std::string_view in = j < inner.size() ? std::string_view(inner[j]) : std::string_view();
      if (j == 0) {
        merged[0] = std::string(in);
        continue;
      }
      const std::string_view out = j < fields.size() ? fields[j] : std::string_view();
      if (is_blank(in)) {
        merged[j] = std::string(out.empty() ? in : out);
      } else if (is_blank(out)) {
        merged[j] = std::string(in);
      } else if (trim(in) == trim(out)) {
        merged[j] = std::string(out);
        ++agree;
      } else {
        conflict = true;
      }
    }
    if (conflict || agree == 0) continue;
    while (!merged.empty() && merged.back().empty()) merged.pop_back();
    r.kind = WrappedKind::Hybrid;
    r.inner_delimiter = alt;
    r.fields = std::move(merged);
    return r;
  }
  return r;
}

}  // namespace sakip
