// The rule registry (stable id, default severity, description in Indonesian and English), the
// filter of --select/--ignore, and the context every rule family receives. A rule reads only
// typed Tables (ingest/table.h) and emits Findings; it never reads a file.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ingest/table.h"
#include "ingest/workbook.h"
#include "rules/config.h"
#include "rules/finding.h"

namespace sakip {

struct RuleInfo {
  std::string_view id;
  Severity severity;  // the usual severity (a finding may be milder, e.g. an info for 0/0)
  std::string_view description_id;
  std::string_view description_en;
};
// Every rule, in a stable order (what `sakipcheck rules` lists).
const std::vector<RuleInfo>& rule_registry();
const RuleInfo* find_rule(std::string_view id);

// --select / --ignore: a pattern matches an id when it equals it, or is a prefix of it at a
// '.' boundary ("sum" and "sum.*" both match "sum.total").
struct RuleFilter {
  std::vector<std::string> select, ignore;
  bool enabled(std::string_view id) const;
  static bool matches(std::string_view pattern, std::string_view id);
};

// The tables of one input file, as the rules see them.
struct FileTables {
  std::string file;  // as the user gave it
  size_t file_index = 0;
  FileFormat format = FileFormat::Unknown;
  const std::vector<Table>* tables = nullptr;
};

class Emitter {
 public:
  Emitter(const RuleFilter& filter, std::vector<Finding>& out) : filter_(filter), out_(out) {}
  bool enabled(std::string_view rule) const { return filter_.enabled(rule); }
  // A finding about `cell` of table `table_index` in `file`; nullptr when the rule is filtered out.
  Finding* emit(std::string_view rule, Severity severity, const FileTables& file, int table_index, CellRef cell);
  // A finding about the file or one of its sheets (reader diagnostics).
  Finding* emit_file(std::string_view rule, Severity severity, const FileTables& file, std::string sheet,
                     std::string cell);

 private:
  const RuleFilter& filter_;
  std::vector<Finding>& out_;
};

class TableFacts;  // rules/table_facts.h

struct TableContext {
  const FileTables& file;
  int index;  // into *file.tables
  const Table& table;
  const Config& cfg;
  Emitter& em;
  const TableFacts& facts;  // what several rules derive from `table`, computed once

  Finding* emit(std::string_view rule, Severity sev, CellRef cell) const {
    return em.emit(rule, sev, file, index, cell);
  }
  // A reference to `cell` of table `other` in file `of`, relative to this table's sheet/file.
  std::string ref(CellRef cell) const;
};

// Reference text for `cell` on `to_sheet` of `to_file`, seen from `from_sheet` of `from_file`:
// "C5", "'PK Perubahan'!D12", "lampiran.xlsx:Sheet1!B3".
std::string relative_ref(const std::string& from_file, const std::string& from_sheet, const std::string& to_file,
                         const std::string& to_sheet, CellRef cell);

// The rule families (one file each in rules/).
void check_sum_total(const TableContext& ctx);
void check_sum_hierarchy(const TableContext& ctx);
void check_sum_period(const TableContext& ctx);
void check_sum_surplus(const TableContext& ctx);  // SURPLUS/(DEFISIT), PEMBIAYAAN NETTO
void check_pct_capaian(const TableContext& ctx);
void check_pct_serapan(const TableContext& ctx);
void check_pct_share(const TableContext& ctx);
void check_shift_change(const TableContext& ctx);
void check_shift_pergeseran(const TableContext& ctx);
void check_range(const TableContext& ctx);
void check_grade(const TableContext& ctx);  // grade.scale, grade.predikat
void check_format(const TableContext& ctx);
void check_xref(const std::vector<FileTables>& files, const Config& cfg, Emitter& em);

// Runs every enabled rule over the tables of all files (cross-table rules across all of them);
// returns the findings sorted.
std::vector<Finding> run_rules(const std::vector<FileTables>& files, const Config& cfg, const RuleFilter& filter);

}  // namespace sakip
