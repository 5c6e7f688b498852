// The files given together to `sakipcheck check`: each read and recognised (in parallel), kept
// alive with its Workbook so the HTML report can draw the tables as they are in the workbook.
// Cross-table rules run over all of them as one submission.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "ingest/messages.h"
#include "ingest/read_error.h"
#include "ingest/table.h"
#include "ingest/workbook.h"
#include "rules/rule.h"

namespace sakip {

struct InputFile {
  std::string path;  // as the user gave it (or as found under a directory they gave)
  FileFormat format = FileFormat::Unknown;
  std::unique_ptr<Workbook> workbook;  // null when unreadable
  std::vector<Table> tables;
  bool unreadable = false;
  ReadErrorCode error_code = ReadErrorCode::Unreadable;
  std::string error_detail;

  std::string error_text(Lang lang) const;  // "" when readable
};

struct Submission {
  std::vector<InputFile> files;
  bool any_unreadable() const;
  std::vector<FileTables> file_tables() const;  // for run_rules (points into this Submission)
};

// Files and directories -> file paths: files as given; directories recursively, taking the
// spreadsheet-like files (xlsx, xlsm, xls, ods, csv, tsv, txt, htm, html), skipping hidden
// files and Office lock files (~$...), sorted for a stable order.
std::vector<std::string> expand_inputs(const std::vector<std::string>& args);

// Reads and recognises every file with up to `jobs` threads. `progress(done, total)` is called
// (serialised) after each file.
Submission load_submission(const std::vector<std::string>& paths, unsigned jobs,
                           const std::function<void(size_t, size_t)>& progress = {});

// Reader diagnostics (Workbook::diagnostics) as findings, rule "read.<code>".
void diagnostics_findings(const Submission& s, const RuleFilter& filter, std::vector<Finding>& out);

}  // namespace sakip
