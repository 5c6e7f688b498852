// format.*: how numbers are written (seed-audit.md §4: '70.05' in a comma document, '4.300',
// 'Rp 3.297.504.5 48').
#include <gtest/gtest.h>

#include "tests/rules/table_builder.h"

namespace sakip::test {
namespace {

TEST(Format, MixedDecimalsAmbiguousAndSplitDigits) {
  std::vector<Col> c = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Realisasi, "Realisasi"},
                        {ColumnRole::Anggaran, "Anggaran", true}};
  auto t = make_table(TableKind::Capaian, "Tabel 3.2", c,
                      {{{"SAKIP 2024", "70.05", "Rp 3.297.504.5 48"}}, {{"IKM", "88,05", "4.300"}}, {{"X", "92,8", "1.000.000"}}});
  auto f = run({t}, {"format"});
  std::vector<std::string> got;
  for (const auto& x : f) got.push_back(x.rule + "@" + x.cell);
  EXPECT_EQ(got, (std::vector<std::string>{"format.mixed_decimal@C5", "format.split_digits@D5",
                                           "format.ambiguous_separator@D6"}));
}

TEST(Format, ConsistentColumnsAreQuiet) {
  std::vector<Col> c = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Realisasi, "Realisasi"}};
  auto t = make_table(TableKind::Capaian, "T", c, {{{"A", "88,05"}}, {{"B", "92,8"}}, {{"C", "100"}}});
  EXPECT_TRUE(run({t}, {"format"}).empty());
}

}  // namespace
}  // namespace sakip::test
