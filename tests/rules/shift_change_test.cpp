// shift.change: bertambah/(berkurang). Tabel 2.9 of seed 000 declares '6 (= 5-4)': the change
// is Perubahan − Pergeseran, not − Awal (Program 1: 3.297.504.548 − 3.313.824.948 = −16.320.400,
// while Perubahan − Awal would be −378.847.182).
#include <gtest/gtest.h>

#include "tests/rules/table_builder.h"

namespace sakip::test {
namespace {

std::vector<Col> cols(const std::string& n6) {
  return {{ColumnRole::No, "No", false, 0, false, "1"},
          {ColumnRole::Uraian, "Program/ Kegiatan/ Sub Kegiatan", false, 0, false, "2"},
          {ColumnRole::Sebelum, "Anggaran Awal (Rp)", true, 0, false, "3"},
          {ColumnRole::Pergeseran, "Pergeseran anggaran (Rp)", true, 0, false, "4"},
          {ColumnRole::Sesudah, "Anggaran Perubahan (Rp)", true, 0, false, "5"},
          {ColumnRole::Selisih, "Bertambah/ Berkurang (Rp)", true, 0, false, n6}};
}

TEST(ShiftChange, DeclaredFormulaIsHonoured) {
  auto t = make_table(TableKind::Pergeseran, "Tabel 2.9", cols("6 (= 5-4)"),
                      {{{"1", "PROGRAM PENUNJANG", "3.676.351.730", "3.313.824.948", "3.297.504.548", "-16.320.400"}},
                       {{"2", "PROGRAM PEMERINTAHAN", "783.265.540", "744.416.000", "744.112.000", "-304.000"}},
                       {{"3", "PROGRAM PEMBERDAYAAN", "689.906.800", "237.612.900", "254.187.300", "16.574.400"}}});
  EXPECT_TRUE(run({t}, {"shift.change"}).empty());
  // A wrong change cell is reported against Perubahan − Pergeseran.
  auto bad = make_table(TableKind::Pergeseran, "Tabel 2.9", cols("6 (= 5-4)"),
                        {{{"1", "PROGRAM PENUNJANG", "3.676.351.730", "3.313.824.948", "3.297.504.548", "-16.320.000"}}});
  auto f = run({bad}, {"shift.change"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "G5");
  EXPECT_EQ(f[0].expected.number, *Decimal::parse("-16320400"));
  EXPECT_EQ(f[0].related, (std::vector<std::string>{"F5", "E5"}));
}

TEST(ShiftChange, DeclaredFormulaAgainstAwalWouldFlagTheRow) {
  // Same row, but a numbering row that declares 6 = 5-3: the stated −16.320.400 is now wrong.
  auto t = make_table(TableKind::Pergeseran, "Tabel 2.9", cols("6 = 5-3"),
                      {{{"1", "PROGRAM PENUNJANG", "3.676.351.730", "3.313.824.948", "3.297.504.548", "-16.320.400"}}});
  auto f = run({t}, {"shift.change"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].expected.number, *Decimal::parse("-378847182"));
}

TEST(ShiftChange, SebelumSesudahWithParenthesisedDecrease) {
  std::vector<Col> c = {{ColumnRole::Kode, "Kode Rekening"}, {ColumnRole::Uraian, "Uraian"},
                        {ColumnRole::Sebelum, "Sebelum Perubahan / Jumlah", true},
                        {ColumnRole::Sesudah, "Setelah Perubahan / Jumlah", true},
                        {ColumnRole::Selisih, "Bertambah/(Berkurang)", true}};
  auto t = make_table(TableKind::Dpa, "DPPA", c,
                      {{{"5.1.02", "Belanja Barang", "138.656.400", "82.716.800", "(55.939.600,00)"}},
                       {{"5.1.03", "Belanja Jasa", "10.000.000", "12.000.000", "2.000.000"}},
                       {{"5.1.04", "Belanja Lain", "5.000.000", "4.000.000", "1.000.000"}}});
  auto f = run({t}, {"shift.change"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "F7");
  EXPECT_EQ(f[0].expected.number, *Decimal::parse("-1000000"));
}

}  // namespace
}  // namespace sakip::test
