#include "ingest/csv_dialect.h"

#include <algorithm>
#include <map>

#include "ingest/csv_parser.h"

namespace sakip {

namespace {

CsvDialect score(std::string_view text, char delim, size_t max_records) {
  CsvDialect d;
  d.delimiter = delim;
  // A cap per field keeps a giant field from costing memory while sniffing.
  CsvParser p(text, delim, 4096, 20000);
  std::map<size_t, size_t> counts;
  while (d.sampled < max_records && p.next()) {
    if (p.blank()) continue;
    ++d.sampled;
    ++counts[p.field_count()];
  }
  for (const auto& [fields, n] : counts) {
    if (n > d.agreeing || (n == d.agreeing && fields > d.fields)) {
      d.fields = fields;
      d.agreeing = n;
    }
  }
  return d;
}

}  // namespace

CsvDialect sniff_csv_dialect(std::string_view text, size_t max_records, size_t max_bytes) {
  if (text.size() >= 5 && (text.compare(0, 4, "sep=") == 0 || text.compare(0, 4, "SEP=") == 0) &&
      text[4] != '\n' && text[4] != '\r') {
    size_t end = 5;
    if (end == text.size() || text[end] == '\n' || text[end] == '\r') {
      if (end < text.size() && text[end] == '\r') ++end;
      if (end < text.size() && text[end] == '\n') ++end;
      const std::string_view rest = text.substr(end, std::min(text.size() - end, max_bytes));
      CsvDialect d = score(rest, text[4], max_records);
      d.hint_bytes = end;
      return d;
    }
  }
  std::string_view sample = text.substr(0, std::min(text.size(), max_bytes));
  if (sample.size() < text.size()) {
    // cut at the last line break so the final sampled record is whole (unless in a quote)
    const size_t nl = sample.find_last_of('\n');
    if (nl != std::string_view::npos && nl > 0) sample = sample.substr(0, nl + 1);
  }
  CsvDialect best;
  best.delimiter = ',';
  best.fields = 1;
  bool have = false;
  for (char delim : kCsvDelimiters) {
    CsvDialect d = score(sample, delim, max_records);
    if (d.fields < 2) continue;
    if (!have || d.agreeing > best.agreeing ||
        (d.agreeing == best.agreeing && d.fields > best.fields)) {
      best = d;
      have = true;
    }
  }
  if (!have) {
    best = score(sample, ',', max_records);  // one column: the delimiter does not matter
    best.fields = 1;
  }
  return best;
}

}  // namespace sakip
