// pct.share: Prosentase = Angka / Sebelum × 100 in the SIMDA perubahan layout (domain.md §1.5:
// "Angka = Sesudah − Sebelum; Prosentase = Angka/Sebelum×100").
#include <gtest/gtest.h>

#include "tests/rules/table_builder.h"

namespace sakip::test {
namespace {

TEST(PctShare, ProsentaseOfTheChange) {
  std::vector<Col> cols = {{ColumnRole::Kode, "No. Rekening"}, {ColumnRole::Uraian, "Uraian"},
                           {ColumnRole::Sebelum, "Sebelum", true}, {ColumnRole::Sesudah, "Sesudah", true},
                           {ColumnRole::Selisih, "Angka", true}, {ColumnRole::SelisihPersen, "Prosentase"}};
  auto t = make_table(TableKind::Dpa, "Penjabaran Perubahan APBD", cols,
                      {{{"5.2.1", "Belanja Pegawai", "1.000.000", "1.250.000", "250.000", "25,00"}},
                       {{"5.2.2", "Belanja Barang", "3.000.000", "2.000.000", "(1.000.000)", "-33,33"}},
                       {{"5.2.3", "Belanja Modal", "400.000", "500.000", "100.000", "20,00"}},
                       {{"5.2.4", "Belanja Lain", "0", "500.000", "500.000", "0"}}});
  auto f = run({t}, {"pct.share"});
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].cell, "G7");
  EXPECT_EQ(f[0].severity, Severity::Error);
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(25));
  EXPECT_EQ(f[1].cell, "G8");
  EXPECT_EQ(f[1].severity, Severity::Info);  // Sebelum 0: cannot be computed
}

}  // namespace
}  // namespace sakip::test
