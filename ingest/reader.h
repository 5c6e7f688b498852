// Reading any supported file into a Workbook: sniff the format by content, then dispatch.
#pragma once
#include <string>

#include "ingest/limits.h"
#include "ingest/workbook.h"

namespace sakip {

struct ReadOptions {
  ReadLimits limits = ReadLimits::defaults();
  // Read only this sheet when not empty (readers may still parse workbook-level parts).
  std::string only_sheet;
  // Parse every XML part with the reference parser (expat) only, never with a hand-written
  // fast path (xlsx worksheets: XmlScanner). For differential tests and for doubt.
  bool reference_xml_parser = false;
};

// Sniffs the first bytes (and for zips, the part names) to tell the format. Never trusts the
// extension. Throws ReadError for missing/unreadable/empty files.
FileFormat sniff_format(const std::string& path);

// Reads any supported file. Throws ReadError when the file cannot be read at all.
Workbook read_workbook(const std::string& path, const ReadOptions& options = {});

// The per-format readers (one file each in ingest/). `path` is already sniffed.
Workbook read_xlsx(const std::string& path, const ReadOptions& options);
Workbook read_xls(const std::string& path, const ReadOptions& options);
Workbook read_ods(const std::string& path, const ReadOptions& options);
Workbook read_csv(const std::string& path, const ReadOptions& options);
Workbook read_html(const std::string& path, const ReadOptions& options);

}  // namespace sakip
