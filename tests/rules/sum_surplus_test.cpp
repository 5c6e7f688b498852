// sum.surplus: SURPLUS / (DEFISIT) = PENDAPATAN − BELANJA and PEMBIAYAAN NETTO = PENERIMAAN −
// PENGELUARAN PEMBIAYAAN in budget tables. Numbers from the real Penjabaran APBD files
// (/work/shared/realdata README "Known real defects"): Kulon Progo 2014 line 1999 (correct),
// Bantul 2015 C1125 (correct, no pendapatan) and Bantul 2016 C911 (sign error).
#include <gtest/gtest.h>

#include "tests/rules/table_builder.h"

namespace sakip::test {
namespace {

const std::vector<Col> kDpa = {{ColumnRole::Kode, "No. Rekening"},
                               {ColumnRole::Uraian, "Uraian"},
                               {ColumnRole::Sebelum, "Sebelum", true},
                               {ColumnRole::Sesudah, "Sesudah", true}};

TEST(SumSurplus, KulonProgoSurplusHolds) {
  // Sebelum: 116.600.000 − 18.618.021.318 = −18.501.421.318.
  auto t = make_table(TableKind::Dpa, "Penjabaran", kDpa,
                      {{{"1.20 . 1.20.03 . 00.00 . 4", "PENDAPATAN", "116600000.00", "152599375.00"}, RowType::Data, -1, "1.20.1.20.03.00.00.4"},
                       {{"1.20 . 1.20.03 . 00.00 . 5", "BELANJA", "18618021318.00", "21047691462.00"}, RowType::Data, -1, "1.20.1.20.03.00.00.5"},
                       {{"", "SURPLUS / (DEFISIT)", "-18501421318.00", "-20895092087.00"}}});
  EXPECT_TRUE(run({t}, {"sum.surplus"}).empty());
}

TEST(SumSurplus, NoPendapatanMeansMinusBelanja) {
  // Bantul 2015: no PENDAPATAN row, BELANJA 573.082.029.200, surplus −573.082.029.200: fine.
  auto ok = make_table(TableKind::Dpa, "Penjabaran", kDpa,
                       {{{"1.01 . 1.01.01 . 00 . 00 . 5", "BELANJA", "573082029200", ""}, RowType::Data, -1, "1.01.1.01.01.00.00.5"},
                        {{"", "SURPLUS / (DEFISIT)", "-573082029200", ""}}});
  EXPECT_TRUE(run({ok}, {"sum.surplus"}).empty());
  // Bantul 2016: the same layout with the sign lost.
  auto bad = make_table(TableKind::Dpa, "Penjabaran", kDpa,
                        {{{"1.01 . 1.01.01 . 00 . 00 . 5", "BELANJA", "573354470075", ""}, RowType::Data, -1, "1.01.1.01.01.00.00.5"},
                         {{"", "SURPLUS / (DEFISIT)", "573354470075", ""}}});
  auto f = run({bad}, {"sum.surplus"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "D6");
  EXPECT_EQ(f[0].expected.number, *Decimal::parse("-573354470075"));
  EXPECT_EQ(f[0].actual.number, *Decimal::parse("573354470075"));
  EXPECT_NE(f[0].message_id.find("-573.354.470.075"), std::string::npos);
}

TEST(SumSurplus, BelanjaSubRowsAreNotTheAkun) {
  // 'BELANJA' whose code ends in another akun (a kegiatan's belanja line 5.2) is not akun 5.
  auto t = make_table(TableKind::Dpa, "Penjabaran", kDpa,
                      {{{"x", "BELANJA", "100", ""}, RowType::Data, -1, "1.01.5.2"},
                       {{"", "SURPLUS / (DEFISIT)", "100", ""}}});
  EXPECT_TRUE(run({t}, {"sum.surplus"}).empty());
}

TEST(SumSurplus, PembiayaanNetto) {
  // Penerimaan 500 − pengeluaran 200 = 300; stated 700 (added instead of subtracted).
  auto t = make_table(TableKind::Dpa, "APBD", kDpa,
                      {{{"6.1", "PENERIMAAN PEMBIAYAAN", "500", "500"}},
                       {{"6.2", "PENGELUARAN PEMBIAYAAN", "200", "200"}},
                       {{"", "PEMBIAYAAN NETTO", "700", "300"}}});
  auto f = run({t}, {"sum.surplus"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "D7");
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(300));
}

TEST(SumSurplus, IsListed) {
  bool listed = false;
  for (const auto& r : rule_registry()) listed |= r.id == "sum.surplus";
  EXPECT_TRUE(listed);
}

}  // namespace
}  // namespace sakip::test
