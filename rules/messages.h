// The sentences a planner reads: one per finding, in Indonesian (numbers as 2.717.264.930 and
// 64,42) and English (2,717,264,930 and 64.42). Every rule builds its message here, so the
// wording stays consistent across rules.
#pragma once
#include <string>

#include "ingest/decimal.h"
#include "rules/finding.h"

namespace sakip {

struct Message {
  std::string id, en;
};
void set_message(Finding& f, Message m);

// A number for a sentence: id-ID or en, with `decimals` places (-1: as many as it has).
std::string num(const Decimal& d, Lang lang, int decimals = -1);
std::string signed_num(const Decimal& d, Lang lang, int decimals = -1);  // "+1.455.000", "-8,31"

namespace msg {

Message sum_total(const std::string& total_label, const std::string& column, const Decimal& stated,
                  const Decimal& computed, size_t n_rows);
Message sum_hierarchy(const std::string& parent, const std::string& column, const Decimal& stated,
                      const Decimal& computed, size_t n_children);
// A composition table's row: its Jumlah / Σ column against the category columns of its group.
Message sum_row(const std::string& row, const std::string& column, const Decimal& stated, const Decimal& computed,
                size_t n_columns);
Message sum_period(const std::string& row, const std::string& column, const Decimal& stated, const Decimal& computed,
                   size_t n_years);
Message sum_formula(const std::string& row, const std::string& column, const std::string& formula,
                    const Decimal& stated, const Decimal& computed);

enum class Pct { Capaian, Serapan, Share };
// "% capaian tertulis 87,72, padahal realisasi 21.838.500 / target 22.740.870 × 100 = 96,03"
Message ratio(Pct kind, const std::string& row, const std::string& formula_id, const std::string& formula_en,
              const Decimal& stated, const Decimal& expected);
Message ratio_zero(Pct kind, const std::string& row, const std::string& denominator_id,
                   const std::string& denominator_en, const std::string& stated_text);
Message negative_used_positive(const std::string& row, const std::string& formula_id, const std::string& formula_en,
                               const Decimal& stated, const Decimal& expected);
Message formula_label(const std::string& column, const std::string& numbering, size_t rows);

Message shift_change(const std::string& row, const std::string& formula_id, const std::string& formula_en,
                     const Decimal& stated, const Decimal& expected);
Message shift_net(const std::string& column, const Decimal& net, size_t n_rows);
Message shift_totals(const std::string& col_a, const Decimal& a, const std::string& col_b, const Decimal& b);

enum class Xref { Target, Anggaran, Realisasi };
Message xref(Xref kind, const std::string& name, int year, const std::string& stated, const std::string& other,
             const std::string& other_where, size_t agreeing);
// Appended to an xref message when the two names were matched tolerantly (typo, dropped
// word, acronym): says which two names were taken as one.
// `by_position`: the names differ by more than spelling, but stand at the same row of two copies
// of one list.
Message xref_matched_names(const std::string& here, const std::string& there, bool by_position = false);
// Appended when two plan tables of one period (Renstra, TC.25) were taken to name one indicator
// differently at the same position of their lists, their other years' targets being equal.
Message xref_matched_plan_position(const std::string& here, const std::string& there);
// Appended when an efisiensi row was tied to a program because its Anggaran equals that
// program's budget and no other program's.
Message xref_linked_by_amount(const std::string& row, const std::string& program, const Decimal& amount);

// xref.target_version: the same kegiatan/sub kegiatan indicator and year has another target in
// the PK Perubahan than in the PK (murni). `stated` is the Perubahan's, `original` the PK's;
// `units` is empty, or "laporan / %" when the two tables also give different satuan.
Message xref_target_version(const std::string& indicator, const std::string& context, int year,
                            const std::string& stated, const std::string& original, const std::string& original_where,
                            const std::string& units);

Message realisasi_over(const std::string& row, const Decimal& realisasi, const Decimal& anggaran);
Message negative_money(const std::string& row, const std::string& column, const Decimal& v);
Message serapan_over(const std::string& row, const Decimal& v, const Decimal& max);
Message capaian_outside(const std::string& row, const Decimal& v, const Decimal& min, const Decimal& max);

Message grade_scale(const std::string& stated_letter, const Decimal& score, const std::string& expected_letter);
Message grade_predikat(const std::string& row, const std::string& stated, const Decimal& capaian,
                       const std::string& expected);

Message number_as_text(const std::string& column, size_t count);
Message mixed_decimal(const std::string& column, const std::string& example_dot, const std::string& example_comma);
Message ambiguous_separator(const std::string& text);
Message split_digits(const std::string& text, const Decimal& read_as);

Message read_diagnostic(const std::string& code, const std::string& detail);

}  // namespace msg
}  // namespace sakip
