// The xlsx/xlsm reader: OPC relationships lead from the package to workbook.xml, from there to
// the shared strings, the styles and each worksheet, which are streamed one at a time.
#include <algorithm>
#include <optional>

#include "ingest/opc_relationships.h"
#include "ingest/read_error.h"
#include "ingest/reader.h"
#include "ingest/shared_strings.h"
#include "ingest/xlsx_sheet_parser.h"
#include "ingest/xlsx_sheet_scanner.h"
#include "ingest/xlsx_styles.h"
#include "ingest/xlsx_workbook_part.h"
#include "ingest/zip_archive.h"

namespace sakip {

namespace {

// A missing or broken optional part is a Diagnostic; a cap is still fatal.
bool optional_part_failed(Workbook& wb, const std::string& part, const ReadError& e) {
  switch (e.code()) {
    case ReadErrorCode::CorruptXml:
    case ReadErrorCode::CorruptZip:
    case ReadErrorCode::MissingPart:
    case ReadErrorCode::Unsupported:
      wb.diagnostics.push_back(Diagnostic{"xlsx.optional_part_unreadable", "", "",
                                          part + ": " + std::string(to_string(e.code())) + " " + e.detail()});
      return true;
    default: return false;
  }
}

std::string find_workbook_part(ZipArchive& zip, const ReadLimits& limits) {
  for (const Relationship& r : read_relationships(zip, "", limits)) {
    if (!r.external && rel_type_is(r, "officeDocument")) {
      const std::string part = resolve_target("", r.target);
      if (zip.has(part)) return part;
    }
  }
  if (zip.has("xl/workbook.xml")) return "xl/workbook.xml";
  // no package relationship: the part [Content_Types].xml declares as the workbook
  if (zip.has("[Content_Types].xml")) {
    for (const auto& [part, type] : parse_content_type_overrides(zip.read_all("[Content_Types].xml"), limits)) {
      const std::string_view t = type;
      if ((t.find("spreadsheetml.sheet.main+xml") != std::string_view::npos ||
           t.find("ms-excel.sheet.macroEnabled.main+xml") != std::string_view::npos ||
           t.find("spreadsheetml.template.main+xml") != std::string_view::npos) &&
          zip.has(part))
        return part;
    }
  }
  return "xl/workbook.xml";
}

// Reserves the string pool for parts about to be streamed, from the inflated sizes the zip
// directory declares: a part cannot add more text than its own size, nor more strings than one
// per `min_bytes_per_string` bytes (the shortest element that yields a string). The declared
// sizes are untrusted, so the reservation is capped; the pool still grows past it if it must.
void reserve_for_parts(StringPool& pool, uint64_t declared, size_t min_bytes_per_string, const ReadLimits& limits) {
  constexpr uint64_t kMaxReserve = uint64_t{256} << 20;
  declared = std::min({declared, kMaxReserve, limits.max_string_bytes});
  pool.reserve(static_cast<size_t>(declared), static_cast<size_t>(declared / min_bytes_per_string));
}

}  // namespace

Workbook read_xlsx(const std::string& path, const ReadOptions& options) {
  const ReadLimits& limits = options.limits;
  ZipArchive zip(path, limits);
  Workbook wb;

  const std::string workbook_part = find_workbook_part(zip, limits);
  if (!zip.has(workbook_part)) throw ReadError(ReadErrorCode::MissingPart, workbook_part);
  const XlsxWorkbookPart book = parse_workbook_part(zip.read_all(workbook_part), workbook_part, limits);
  wb.date_system = book.date_system;
  const std::vector<Relationship> rels = read_relationships(zip, workbook_part, limits);

  auto related = [&](std::string_view type, const char* fallback) -> std::optional<std::string> {
    for (const Relationship& r : rels) {
      if (!r.external && rel_type_is(r, type)) return resolve_target(workbook_part, r.target);
    }
    if (zip.has(fallback)) return std::string(fallback);
    return std::nullopt;
  };

  XlsxStyles styles;
  if (auto part = related("styles", "xl/styles.xml")) {
    try {
      styles = parse_styles(zip.read_all(*part), wb, limits, *part);
      if (!styles.unknown_ids.empty()) {
        std::string ids;
        for (uint32_t id : styles.unknown_ids) ids += (ids.empty() ? "" : ",") + std::to_string(id);
        wb.diagnostics.push_back(Diagnostic{"xlsx.unknown_number_format", "", "", ids});
      }
    } catch (const ReadError& e) {
      if (!optional_part_failed(wb, *part, e)) throw;
      styles = XlsxStyles{};
    }
  }

  std::vector<uint32_t> shared_strings;
  if (auto part = related("sharedStrings", "xl/sharedStrings.xml")) {
    std::optional<SharedStringsParser> parser;
    try {
      // one reservation for the shared strings and the worksheets: the pool is never copied
      uint64_t declared = std::min<uint64_t>(zip.declared_size(*part), 1u << 30);
      for (const Relationship& r : rels)
        if (!r.external && rel_type_is(r, "worksheet"))
          declared += std::min<uint64_t>(zip.declared_size(resolve_target(workbook_part, r.target)), 1u << 30);
      reserve_for_parts(wb.strings, declared, /*<c><v>1</v></c>*/ 15, limits);
      parser.emplace(wb.strings, limits, *part);
      zip.stream_overlapped(*part, [&](const char* d, size_t n) { parser->feed(d, n); });
      shared_strings = parser->finish();
      if (parser->truncated())
        wb.diagnostics.push_back(Diagnostic{"xlsx.text_truncated", "", "", std::to_string(parser->truncated())});
    } catch (const ReadError& e) {
      if (!optional_part_failed(wb, *part, e)) throw;
      // keep the strings before the damage: the cells that use them still read
      if (parser) shared_strings = parser->take_partial();
    }
  }

  uint64_t cell_total = 0;
  for (size_t index = 0; index < book.sheets.size(); ++index) {
    const XlsxSheetEntry& entry = book.sheets[index];
    if (!options.only_sheet.empty() && entry.name != options.only_sheet) continue;
    const Relationship* rel = nullptr;
    for (const Relationship& r : rels) {
      if (r.id == entry.rel_id) rel = &r;
    }
    std::string part;
    if (rel) {
      part = resolve_target(workbook_part, rel->target);
    } else if (rels.empty()) {
      // no workbook relationships at all: the conventional part name, said as a Diagnostic
      part = resolve_target(workbook_part, "worksheets/sheet" + std::to_string(index + 1) + ".xml");
      wb.diagnostics.push_back(Diagnostic{"xlsx.sheet_part_guessed", entry.name, "", part});
    } else {
      throw ReadError(ReadErrorCode::MissingPart, workbook_part + "#" + entry.rel_id);
    }
    Sheet& sheet = wb.sheets.emplace_back();
    sheet.name = entry.name;
    sheet.state = entry.state;
    if (rel && !rel_type_is(*rel, "worksheet")) {
      // a chartsheet, dialog or macro sheet: kept as an empty sheet
      wb.diagnostics.push_back(Diagnostic{"xlsx.not_a_worksheet", entry.name, "", rel->type});
      continue;
    }
    if (!zip.has(part)) throw ReadError(ReadErrorCode::MissingPart, part);
    const XlsxSheetContext ctx{wb, sheet, shared_strings, styles, limits, cell_total, part, zip.declared_size(part)};
    reserve_for_parts(wb.strings, ctx.part_bytes, /*<c><v>1</v></c>*/ 15, limits);
    bool done = false;
    if (!options.reference_xml_parser) {
      // the fast scanner first; if it declines, undo what it added and read with expat
      const size_t strings = wb.strings.size(), diagnostics = wb.diagnostics.size();
      const uint64_t cells = cell_total, inflated = zip.inflated_total();
      try {
        XlsxSheetParser parser(ctx, /*scanner=*/true);
        zip.stream_overlapped(part, [&](const char* d, size_t n) { parser.feed(d, n); });
        parser.finish();
        done = true;
      } catch (const XmlScanDeclined&) {
        wb.strings.truncate(strings);
        wb.diagnostics.resize(diagnostics);
        cell_total = cells;
        zip.set_inflated_total(inflated);
        Sheet fresh;
        fresh.name = std::move(sheet.name);
        fresh.state = sheet.state;
        sheet = std::move(fresh);
      }
    }
    if (!done) {
      XlsxSheetParser parser(ctx);
      zip.stream_overlapped(part, [&](const char* d, size_t n) { parser.feed(d, n); });
      parser.finish();
    }
    sheet.finalize();
  }
  return wb;
}

}  // namespace sakip
