// Table kinds from typed tables: the roles the values correct before the kind is chosen.
// 002 Tabel 3.6 (L665-L682) prints 'Target | Capaian | %' where 'Capaian' holds what was
// achieved ('10 lembaga', 'Rp.3.308.322.654'): that column is the realisasi and the table a
// capaian table (seed-audit.md V2-24 is computed from it).
#include <gtest/gtest.h>

#include "ingest/table.h"
#include "ingest/table_kind.h"
#include "ingest/value.h"

namespace sakip {
namespace {

Column col(ColumnRole role, const char* header) {
  Column c;
  c.role = role;
  c.header = header;
  return c;
}

// Rows of cell texts (string literals: the values may view them).
Table table(std::vector<Column> cols, std::vector<std::vector<const char*>> rows) {
  Table t;
  for (size_t j = 0; j < cols.size(); ++j) cols[j].col = static_cast<uint32_t>(j);
  t.columns = std::move(cols);
  uint32_t r = 4;
  for (const auto& cells : rows) {
    Row row;
    row.sheet_row = r++;
    std::vector<Value> values;
    std::vector<CellRef> refs;
    for (size_t j = 0; j < cells.size(); ++j) {
      values.push_back(parse_value(cells[j]));
      refs.push_back({row.sheet_row, static_cast<uint32_t>(j)});
    }
    t.set_cells(row, values, refs);
    t.rows.push_back(std::move(row));
  }
  return t;
}

TEST(TableKind, CapaianHoldingAmountsBesideAPercentColumnIsTheRealisasi) {
  Table t = table({col(ColumnRole::No, "No"), col(ColumnRole::Uraian, "Program/ Kegiatan/ Sub Kegiatan"),
                   col(ColumnRole::Target, "Target"), col(ColumnRole::Capaian, "Capaian"),
                   col(ColumnRole::Capaian, "%")},
                  {{"1.", "Program : penunjang urusan pemerintahan daerah", "", "", ""},
                   {"", "Input : Jumlah Dana / Anggaran", "Rp.4.068.968.525", "Rp.3.308.322.654", "81%"},
                   {"", "Output : Jumlah orang yang menerima gaji", "22 orang", "22 orang", "100%"},
                   {"", "Output : Jumlah Lembaga Kemasyarakatan", "10 lembaga", "10 lembaga", "82%"}});
  classify_typed_table(t, "Tabel 3.6 Target dan Realisasi Program dan Kegiatan Pendukung Sasaran tahun 2023");
  EXPECT_EQ(t.columns[3].role, ColumnRole::Realisasi);
  EXPECT_EQ(t.columns[4].role, ColumnRole::Capaian);
  EXPECT_EQ(t.kind, TableKind::Capaian);
}

TEST(TableKind, CapaianColumnsThatArePercentagesStayCapaian) {
  // 'Target | Realisasi | Capaian | Capaian (%)' already has its realisasi; and a 'Capaian'
  // of plain numbers (98,84) beside a later % column is not re-read either.
  Table with_realisasi =
      table({col(ColumnRole::Indikator, "Indikator"), col(ColumnRole::Target, "Target"),
             col(ColumnRole::Realisasi, "Realisasi"), col(ColumnRole::Capaian, "Capaian"),
             col(ColumnRole::Capaian, "Capaian (%)")},
            {{"IKM", "85 nilai", "84 nilai", "98,8 nilai", "98,8%"}, {"SAKIP", "86 nilai", "86 nilai", "100 nilai", "100%"}});
  reread_roles_by_values(with_realisasi);
  EXPECT_EQ(with_realisasi.columns[3].role, ColumnRole::Capaian);
  Table plain = table({col(ColumnRole::Indikator, "Indikator"), col(ColumnRole::Target, "Target"),
                       col(ColumnRole::Capaian, "Capaian"), col(ColumnRole::Capaian, "%")},
                      {{"IKM", "85", "98,84", "98,84%"}, {"SAKIP", "86", "100", "100%"}});
  reread_roles_by_values(plain);
  EXPECT_EQ(plain.columns[2].role, ColumnRole::Capaian);
}

Column money(ColumnRole role, const char* header) {
  Column c = col(role, header);
  c.is_money = true;
  return c;
}

// 002 RKT Perubahan 2023 (seed-audit.md 002-T22, L860-L909): Tujuan PD | Sasaran PD (+ target)
// | Program/Kegiatan (+ target) | Sub Kegiatan (+ target, anggaran). A yearly plan with its
// budget: neither a PK (no budget, one commitment per indicator) nor a Renstra (one year only).
std::vector<Column> rkt_columns() {
  return {col(ColumnRole::Tujuan, "TUJUAN PD / Uraian"), col(ColumnRole::Indikator, "TUJUAN PD / Indikator Tujuan"),
          col(ColumnRole::Sasaran, "SASARAN PD / Uraian"), col(ColumnRole::Indikator, "SASARAN PD / Indikator Sasaran"),
          col(ColumnRole::Target, "SASARAN PD / Target"), col(ColumnRole::Uraian, "PROGRAM/ KEGIATAN / Nama Program Kegiatan"),
          col(ColumnRole::Indikator, "PROGRAM/ KEGIATAN / Indikator"), col(ColumnRole::Target, "PROGRAM/ KEGIATAN / Target"),
          col(ColumnRole::Uraian, "SUB KEGIATAN / Nama Sub Kegiatan"),
          col(ColumnRole::Indikator, "SUB KEGIATAN / Indikator kegiatan (Output)"),
          col(ColumnRole::Target, "SUB KEGIATAN / Target"), money(ColumnRole::Anggaran, "SUB KEGIATAN / Anggaran")};
}

TEST(TableKind, YearlyPlanWithTargetsAndBudgetsIsAnRkt) {
  KindGuess g = classify_table(rkt_columns(), "RENCANA KINERJA TAHUNAN (RKT) PERUBAHAN TAHUN 2023");
  EXPECT_EQ(g.kind, TableKind::Rkt);
  EXPECT_DOUBLE_EQ(g.confidence, 1.0);
  EXPECT_EQ(to_string(TableKind::Rkt), "rkt");
  // Without its title the columns alone still say RKT, with less confidence.
  g = classify_table(rkt_columns(), "");
  EXPECT_EQ(g.kind, TableKind::Rkt);
  EXPECT_LT(g.confidence, 1.0);
}

TEST(TableKind, PkStaysPkWithOrWithoutABudgetColumn) {
  // 002 PK 2023: sasaran | indikator | target, no budget.
  std::vector<Column> pk = {col(ColumnRole::No, "NO"), col(ColumnRole::Sasaran, "SASARAN STRATEGIS"),
                            col(ColumnRole::Indikator, "INDIKATOR KINERJA"), col(ColumnRole::Target, "TARGET TAHUN 2023")};
  pk[3].year = 2023;
  EXPECT_EQ(classify_table(pk, "Perjanjian Kinerja 2023").kind, TableKind::Pk);
  // A PK form that prints the program budget beside the targets names itself.
  pk.push_back(col(ColumnRole::Uraian, "Program"));
  pk.push_back(money(ColumnRole::Anggaran, "Anggaran (Rp)"));
  EXPECT_EQ(classify_table(pk, "Perjanjian Kinerja Tahun 2023").kind, TableKind::Pk);
  // Targets with realisasi are capaian, whatever budget sits beside them.
  std::vector<Column> cap = rkt_columns();
  cap.push_back(col(ColumnRole::Realisasi, "Realisasi"));
  EXPECT_NE(classify_table(cap, "RENCANA KINERJA TAHUNAN 2023").kind, TableKind::Rkt);
}

}  // namespace
}  // namespace sakip
