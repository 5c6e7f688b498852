// format.*: how numbers are written. Numbers stored as text in a spreadsheet (info, one per
// column), a column mixing '.' and ',' decimals, an ambiguous "4.300", digits split by a space.
#include "rules/messages.h"
#include "rules/rule.h"
#include "rules/table_facts.h"
#include "rules/table_view.h"

namespace sakip {

void check_format(const TableContext& ctx) {
  const Table& t = ctx.table;
  const bool spreadsheet = ctx.file.format == FileFormat::Xlsx || ctx.file.format == FileFormat::Xlsm ||
                           ctx.file.format == FileFormat::Xls || ctx.file.format == FileFormat::Ods;
  const bool as_text_on = spreadsheet && ctx.em.enabled("format.number_as_text");
  const bool mixed_on = ctx.em.enabled("format.mixed_decimal");
  const bool amb_on = ctx.em.enabled("format.ambiguous_separator");
  const bool split_on = ctx.em.enabled("format.split_digits");
  if (!as_text_on && !mixed_on && !amb_on && !split_on) return;
  // Every finding here needs one of these flags in the column: the others are not read.
  const uint32_t wanted = kFlagNumberAsText | kFlagDotDecimal | kFlagAmbiguousSeparator | kFlagSplitDigits;
  const auto& traits = ctx.facts.column_traits();
  for (size_t c = 0; c < t.columns.size(); ++c) {
    const ColumnRole role = t.columns[c].role;
    if (role == ColumnRole::No || role == ColumnRole::Kode) continue;
    if (!traits[c].any_flag(wanted)) continue;
    size_t as_text = 0;
    const Row* first_text = nullptr;
    std::vector<std::string> text_refs;
    const Row* first_dot = nullptr;
    const Row* first_comma = nullptr;
    for (const Row& row : t.rows) {
      if (c >= row.values.size()) continue;
      const Value& v = row.values[c];
      if (!v.number) continue;
      if (v.has(kFlagNumberAsText) && !v.has(kFlagLeadingZeroCode)) {
        if (!first_text) first_text = &row;
        if (text_refs.size() < 50) text_refs.push_back(to_a1(row.refs[c]));
        ++as_text;
      }
      if (v.has(kFlagDotDecimal)) {
        if (!first_dot) first_dot = &row;
      } else if (v.decimals > 0 && !v.has(kFlagFromNumberFormat) && v.original.find(',') != std::string_view::npos &&
                 !v.has(kFlagEnglishGrouping)) {
        if (!first_comma) first_comma = &row;
      }
      if (amb_on && v.has(kFlagAmbiguousSeparator)) {
        if (Finding* f = ctx.emit("format.ambiguous_separator", Severity::Warning, row.refs[c])) {
          f->actual = ReportValue::of_text(std::string(v.original));
          set_message(*f, msg::ambiguous_separator(std::string(v.original)));
        }
      }
      if (split_on && v.has(kFlagSplitDigits)) {
        if (Finding* f = ctx.emit("format.split_digits", Severity::Warning, row.refs[c])) {
          f->actual = ReportValue::of(v.number->normalized());
          set_message(*f, msg::split_digits(std::string(v.original), *v.number));
        }
      }
    }
    if (as_text_on && as_text > 0) {
      if (Finding* f = ctx.emit("format.number_as_text", Severity::Info, first_text->refs[c])) {
        text_refs.erase(text_refs.begin());
        f->related = std::move(text_refs);
        set_message(*f, msg::number_as_text(column_name(t.columns[c]), as_text));
      }
    }
    if (mixed_on && first_dot && first_comma) {
      if (Finding* f = ctx.emit("format.mixed_decimal", Severity::Warning, first_dot->refs[c])) {
        f->related = {to_a1(first_comma->refs[c])};
        f->actual = ReportValue::of_text(std::string(first_dot->values[c].original));
        set_message(*f, msg::mixed_decimal(column_name(t.columns[c]), std::string(first_dot->values[c].original),
                                           std::string(first_comma->values[c].original)));
      }
    }
  }
}

}  // namespace sakip
