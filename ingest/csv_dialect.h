// Which delimiter a CSV/TSV file uses: ';' (Indonesian Excel), ',', tab or '|'. Decided from
// the records themselves, parsed with proper quoting, so commas inside quoted text and a few
// metadata lines above the header ("Judul;...", "Tahun;2014") do not mislead it.
#pragma once
#include <cstddef>
#include <string_view>

namespace sakip {

struct CsvDialect {
  char delimiter = ',';
  // The most common field count among the sampled non-blank records with this delimiter (the
  // table's width); 1 when no candidate splits the records.
  size_t fields = 1;
  // Sampled non-blank records that have exactly `fields` fields.
  size_t agreeing = 0;
  size_t sampled = 0;
  // Bytes of an Excel "sep=;" hint line at the very start (0 when none): the hint decides the
  // delimiter and is not data, so readers skip it.
  size_t hint_bytes = 0;
};

inline constexpr char kCsvDelimiters[] = {';', ',', '\t', '|'};

// Parses up to `max_records` records (and at most `max_bytes` of text) with each candidate and
// picks the delimiter whose field count is the most consistent: the most records agreeing on
// one count of at least 2 fields; ties go to the wider table, then to the order ; , tab |.
// An Excel "sep=X" first line overrides the guess.
CsvDialect sniff_csv_dialect(std::string_view utf8_text, size_t max_records = 400,
                             size_t max_bytes = 1 << 20);

}  // namespace sakip
