// shift.pergeseran: 000 Tabel 2.9 nets to zero (Σ Pergeseran = Σ Perubahan = 4.359.250.448);
// 001's programs net to 0,40 (K-01).
#include <gtest/gtest.h>

#include "tests/rules/table_builder.h"

namespace sakip::test {
namespace {

const std::vector<Col> kCols = {{ColumnRole::No, "No", false, 0, false, "1"},
                                {ColumnRole::Uraian, "Program", false, 0, false, "2"},
                                {ColumnRole::Sebelum, "Anggaran Awal (Rp)", true, 0, false, "3"},
                                {ColumnRole::Pergeseran, "Pergeseran anggaran (Rp)", true, 0, false, "4"},
                                {ColumnRole::Sesudah, "Anggaran Perubahan (Rp)", true, 0, false, "5"},
                                {ColumnRole::Selisih, "Bertambah/ Berkurang (Rp)", true, 0, false, "6 (= 5-4)"}};

TEST(ShiftPergeseran, NetsToZero) {
  auto t = make_table(TableKind::Pergeseran, "Tabel 2.9", kCols,
                      {{{"1", "P1", "3.676.351.730", "3.313.824.948", "3.297.504.548", "-16.320.400"}},
                       {{"2", "P2", "783.265.540", "744.416.000", "744.112.000", "-304.000"}},
                       {{"3", "P3", "689.906.800", "237.612.900", "254.187.300", "16.574.400"}},
                       {{"4", "P4", "200.332.200", "51.335.400", "51.335.400", "0"}},
                       {{"5", "P5", "32.274.500", "12.061.200", "12.111.200", "50.000"}}});
  EXPECT_TRUE(run({t}, {"shift"}).empty());
}

TEST(ShiftPergeseran, KencongProgramsNetToFortySen) {
  auto t = make_table(TableKind::Pergeseran, "Tabel 2.9", kCols,
                      {{{"1", "P1", "3.160.652.155,00", "2.905.257.160,00", "2.911.311.160,40", "6.054.000,40"}},
                       {{"2", "P2", "893.700.000", "784.600.000", "797.300.000", "12.700.000"}},
                       {{"3", "P3", "376.722.100", "163.644.500", "143.419.500", "-20.225.000"}},
                       {{"4", "P4", "236.432.400", "67.190.200", "68.661.200", "1.471.000"}}});
  auto f = run({t}, {"shift.pergeseran"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].expected.number, *Decimal::parse("3920691860.4"));
  EXPECT_EQ(f[0].actual.number, *Decimal::parse("3920691860"));
  EXPECT_EQ(f[0].cell, "E5");
}

TEST(ShiftPergeseran, DeltaLayoutShiftsMustNetToZero) {
  std::vector<Col> c = {{ColumnRole::Uraian, "Uraian"}, {ColumnRole::Sebelum, "Semula", true},
                        {ColumnRole::Pergeseran, "Pergeseran (+/-)", true}, {ColumnRole::Sesudah, "Menjadi", true}};
  auto ok = make_table(TableKind::Pergeseran, "Pergeseran", c,
                       {{{"A", "100", "-20", "80"}}, {{"B", "50", "15", "65"}}, {{"C", "10", "5", "15"}}});
  EXPECT_TRUE(run({ok}, {"shift.pergeseran"}).empty());
  auto bad = make_table(TableKind::Pergeseran, "Pergeseran", c,
                        {{{"A", "100", "-20", "80"}}, {{"B", "50", "15", "65"}}, {{"C", "10", "6", "16"}}});
  auto f = run({bad}, {"shift.pergeseran"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].actual.number, Decimal::from_int(1));
}

}  // namespace
}  // namespace sakip::test
