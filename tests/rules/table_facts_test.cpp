// TableFacts: the per-table views several rules share (parents, children, code-consistent
// families, ratio specs) are those of table_view.h / ratio.h, computed once.
#include "rules/table_facts.h"

#include <gtest/gtest.h>

#include "rules/table_view.h"
#include "tests/rules/table_builder.h"

namespace sakip::test {
namespace {

const std::vector<Col> kCols = {{ColumnRole::Kode, "Kode"},
                                {ColumnRole::Uraian, "Uraian"},
                                {ColumnRole::Anggaran, "Anggaran", true},
                                {ColumnRole::RealisasiAnggaran, "Realisasi", true},
                                {ColumnRole::Serapan, "%"}};

R coded(const std::string& code, int parent = -1) { return {{code, "x", "10", "9", "90"}, RowType::Data, parent, code}; }

TEST(TableFacts, ParentsAndChildrenFromCodes) {
  // 1 > 1.1, 1.2; 2 > 2.1 (no parent indexes given: from the code prefixes).
  const Table t = make_table(TableKind::RealisasiAnggaran, "T", kCols,
                             {coded("1"), coded("1.1"), coded("1.2"), coded("2"), coded("2.1")});
  const TableFacts facts(t);
  EXPECT_EQ(facts.parents(), (std::vector<int>{-1, 0, 0, -1, 3}));
  EXPECT_EQ(facts.kids()[0], (std::vector<int>{1, 2}));
  EXPECT_EQ(facts.kids()[3], (std::vector<int>{4}));
  EXPECT_TRUE(facts.kids()[1].empty());
  EXPECT_EQ(facts.family_ok(), (std::vector<bool>{true, true, true, true, true}));
  // The same objects on every call: computed once.
  EXPECT_EQ(&facts.parents(), &facts.parents());
  EXPECT_EQ(&facts.codes(), &facts.codes());
}

TEST(TableFacts, GivenParentsWinAndABrokenFamilyIsFlagged) {
  // Row::parent set by the recogniser is used as is.
  const Table given = make_table(TableKind::RealisasiAnggaran, "T", kCols, {coded("1"), coded("9", 0)});
  EXPECT_EQ(TableFacts(given).parents(), (std::vector<int>{-1, 0}));
  // 1.3 after program 2 (a page break): program 1's children 1.1, 1.2 are not all the rows
  // coded under 1, so its family is not trusted.
  const Table broken = make_table(TableKind::RealisasiAnggaran, "T", kCols,
                                  {coded("1"), coded("1.1"), coded("1.2"), coded("2"), coded("1.3")});
  const TableFacts facts(broken);
  EXPECT_EQ(facts.parents(), (std::vector<int>{-1, 0, 0, -1, -1}));
  EXPECT_EQ(facts.family_ok(), (std::vector<bool>{false, true, true, true, true}));
  EXPECT_EQ(facts.family_ok(), code_consistent_families(broken, effective_parents(broken),
                                                        children_lists(broken, effective_parents(broken))));
}

TEST(TableFacts, RatioSpecsOfTheTable) {
  // Anggaran | Realisasi | %: one serapan spec, % = realisasi / anggaran.
  const Table t = make_table(TableKind::RealisasiAnggaran, "T", kCols, {coded("1")});
  const TableFacts facts(t);
  const auto& specs = facts.ratio_specs();
  ASSERT_EQ(specs.size(), 1u);
  EXPECT_EQ(specs[0].num, 3);
  EXPECT_EQ(specs[0].den, 2);
  EXPECT_EQ(specs[0].result, 4);
  EXPECT_EQ(specs[0].kind, msg::Pct::Serapan);
}

TEST(TableFacts, CellClassesAnswerIsSummableAndIsBlank) {
  const std::vector<Col> cols = {{ColumnRole::Uraian, "Uraian"}, {ColumnRole::Anggaran, "Anggaran", true},
                                 {ColumnRole::Capaian, "%"}, {ColumnRole::Kriteria, "Predikat"}};
  const Table t = make_table(TableKind::Unknown, "T", cols,
                             {{{"a", "1.000.000", "64,42%", "B (85)"}},
                              {{"b", "-5", "", "-"}},
                              {{"c", "0", "n/a", "BB"}},
                              {{"d", "teks", "12", ""}}});
  const TableFacts facts(t);
  EXPECT_EQ(facts.cell(0, 1), kCellSummable);
  EXPECT_EQ(facts.cell(1, 1), kCellSummable | kCellNegative);
  EXPECT_EQ(facts.cell(2, 1), kCellSummable | kCellZero);
  EXPECT_EQ(facts.cell(3, 1), 0);              // text: neither blank nor summable
  EXPECT_EQ(facts.cell(0, 2), 0);              // a percentage is not summed
  EXPECT_EQ(facts.cell(1, 2), kCellBlank);     // empty
  EXPECT_EQ(facts.cell(1, 3), kCellBlank);     // "-": not applicable
  EXPECT_EQ(facts.cell(0, 0), 0);              // a label
  // Every cell agrees with is_summable / is_blank of its value.
  for (size_t r = 0; r < t.rows.size(); ++r)
    for (size_t c = 0; c < cols.size(); ++c) {
      EXPECT_EQ((facts.cell(r, c) & kCellSummable) != 0, is_summable(t.rows[r].values[c])) << r << "," << c;
      EXPECT_EQ((facts.cell(r, c) & kCellBlank) != 0, is_blank(t.rows[r].values[c])) << r << "," << c;
    }
  // The Predikat column holds grades, the Anggaran column none.
  EXPECT_TRUE(facts.column_traits()[3].has(ValueKind::Grade));
  EXPECT_FALSE(facts.column_traits()[1].has(ValueKind::Grade));
  EXPECT_TRUE(facts.column_traits()[2].any_flag(kFlagPercentSign));
  EXPECT_FALSE(facts.column_traits()[1].any_flag(kFlagPercentSign));
}

}  // namespace
}  // namespace sakip::test
