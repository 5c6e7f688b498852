// CSV / TSV reader: decode (ingest/text_decode.h), sniff the delimiter (csv_dialect.h), parse
// records (csv_parser.h), recover records wrapped whole in one field (csv_wrapped_record.h).
//
// The file becomes one sheet named after the file name without its extension. Record N (0-based,
// a record may span several physical lines) is row N; blank records stay as empty rows; ragged
// records keep their own length. Every non-empty field is a Text cell whose raw text is the
// field exactly as written (typing is the value parser's job). Fields that are only spaces are
// kept too.
//
// Limits: a field longer than ReadLimits::max_cell_bytes is cut at that size (on a character
// boundary) with a "csv.cell_truncated" diagnostic, the rest of the file is read; more than
// kMaxCols fields in a record -> the extra fields are dropped ("csv.too_many_fields"); more
// than kMaxRows records -> the rest is dropped ("csv.rows_truncated"); more than max_cells cells
// or max_string_bytes of text -> ReadError LimitExceeded. NUL bytes are removed
// ("csv.nul_bytes"), an unterminated quote keeps its data to the end of the file
// ("csv.unterminated_quote"), text that is not UTF-8 is read as Windows-1252 ("text.encoding").
// An Excel "sep=;" first line sets the delimiter and is not a row.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "ingest/csv_dialect.h"
#include "ingest/csv_parser.h"
#include "ingest/csv_wrapped_record.h"
#include "ingest/file_bytes.h"
#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "ingest/text_decode.h"

namespace sakip {

namespace {

constexpr size_t kMaxDiagnosticsPerCode = 1000;

class DiagnosticSink {
 public:
  explicit DiagnosticSink(Workbook& wb) : wb_(wb) {}
  void add(std::string code, std::string sheet, std::string cell, std::string detail) {
    size_t& n = counts_[code];
    if (++n > kMaxDiagnosticsPerCode) return;
    wb_.diagnostics.push_back({std::move(code), std::move(sheet), std::move(cell), std::move(detail)});
  }
  void finish(const std::string& sheet) {
    for (const auto& [code, n] : counts_)
      if (n > kMaxDiagnosticsPerCode)
        wb_.diagnostics.push_back({code, sheet, "", "suppressed=" + std::to_string(n - kMaxDiagnosticsPerCode)});
  }

 private:
  Workbook& wb_;
  std::map<std::string, size_t> counts_;
};

std::string delimiter_name(char d) {
  return d == '\t' ? std::string("tab") : std::string(1, d);
}

}  // namespace

Workbook read_csv(const std::string& path, const ReadOptions& options) {
  const ReadLimits& limits = options.limits;
  Workbook wb;
  wb.path = path;
  wb.format = FileFormat::Csv;
  Sheet sheet;
  sheet.name = std::filesystem::path(path).stem().string();
  if (sheet.name.empty()) sheet.name = std::filesystem::path(path).filename().string();
  DiagnosticSink diag(wb);

  DecodedText decoded = decode_owned_text(read_file_bytes(path, limits));
  std::string& text = decoded.text;
  if (decoded.guess.encoding == TextEncoding::Windows1252)
    diag.add("text.encoding", "", "", "windows-1252");
  if (const size_t nul = static_cast<size_t>(std::count(text.begin(), text.end(), '\0'))) {
    text.erase(std::remove(text.begin(), text.end(), '\0'), text.end());
    diag.add("csv.nul_bytes", sheet.name, "", "count=" + std::to_string(nul));
  }

  const CsvDialect dialect = sniff_csv_dialect(text);
  CsvParser parser(std::string_view(text).substr(dialect.hint_bytes), dialect.delimiter,
                   limits.max_cell_bytes, kMaxCols);
  std::vector<std::string_view> fields;
  uint64_t cells = 0;
  uint32_t row = 0;
  bool more = true;
  while ((more = parser.next())) {
    if (row >= kMaxRows) break;
    if (parser.unterminated_quote())
      diag.add("csv.unterminated_quote", sheet.name, to_a1(row, 0),
               "line=" + std::to_string(parser.line()));
    if (parser.truncated_field() >= 0)
      diag.add("csv.cell_truncated", sheet.name,
               to_a1(row, static_cast<uint32_t>(parser.truncated_field())),
               "max_cell_bytes=" + std::to_string(limits.max_cell_bytes));
    if (parser.fields_dropped())
      diag.add("csv.too_many_fields", sheet.name, to_a1(row, 0),
               "max_columns=" + std::to_string(kMaxCols));
    if (parser.blank()) {
      ++row;
      continue;
    }
    fields.clear();
    for (size_t i = 0; i < parser.field_count(); ++i) fields.push_back(parser.field(i));
    WrappedRecovery rec = recover_wrapped_record(fields, dialect.delimiter, dialect.fields);
    if (rec.kind != WrappedKind::None) {
      fields.assign(rec.fields.begin(), rec.fields.end());
      const uint32_t last = static_cast<uint32_t>(std::max<size_t>(fields.size(), 1) - 1);
      diag.add("csv.wrapped_record", sheet.name, to_a1(RangeRef{{row, 0}, {row, last}}),
               std::string(rec.kind == WrappedKind::Hybrid ? "kind=hybrid" : "kind=wrapped") +
                   ";delimiter=" + delimiter_name(rec.inner_delimiter) +
                   ";fields=" + std::to_string(rec.fields.size()) +
                   ";line=" + std::to_string(parser.line()));
    }
    for (size_t i = 0; i < fields.size() && i < kMaxCols; ++i) {
      std::string_view f = fields[i];
      if (f.empty()) continue;
      if (f.size() > limits.max_cell_bytes) f = f.substr(0, limits.max_cell_bytes);  // inner records
      if (++cells > limits.max_cells)
        throw ReadError(ReadErrorCode::LimitExceeded, "cells > " + std::to_string(limits.max_cells));
      Cell c;
      c.row = row;
      c.col = static_cast<uint32_t>(i);
      c.kind = CellKind::Text;
      c.raw = wb.strings.add(f);
      sheet.cells.push_back(c);
    }
    if (wb.strings.bytes() > limits.max_string_bytes)
      throw ReadError(ReadErrorCode::LimitExceeded,
                      "string bytes > " + std::to_string(limits.max_string_bytes));
    ++row;
  }
  if (more) diag.add("csv.rows_truncated", sheet.name, "", "max_rows=" + std::to_string(kMaxRows));
  diag.finish(sheet.name);
  sheet.finalize();
  wb.sheets.push_back(std::move(sheet));
  return wb;
}

}  // namespace sakip
