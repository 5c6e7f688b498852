// xref.*: the same fact in several tables. K-06 (PK-P lampiran IKM '83,5' vs 93,5 everywhere
// else), K-05 (PK-P lampiran Program 4 68.861.200 vs 68.661.200), G-11 (IKM realisasi 95 vs
// 87,16), and PK vs PK Perubahan targets that legitimately differ.
#include <gtest/gtest.h>

#include "tests/rules/table_builder.h"

namespace sakip::test {
namespace {

const std::vector<Col> kPk = {{ColumnRole::No, "NO"}, {ColumnRole::Sasaran, "Sasaran"},
                              {ColumnRole::Indikator, "Indikator Kinerja"}, {ColumnRole::Target, "Target"}};

TEST(XrefTarget, OddOneOutAcrossTablesAndSheets) {
  auto body = make_table(TableKind::Pk, "Tabel 2.8 Perjanjian Kinerja (Perubahan) Tahun 2025", kPk,
                         {{{"1", "S1", "Indeks Kepuasan Masyarakat (IKM)", "93,5"}}}, "Bab II");
  auto capaian = make_table(TableKind::Pk, "Tabel 3.8 Capaian PK Perubahan 2025", kPk,
                            {{{"1", "S1", "indeks kepuasan masyarakat  (IKM).", "93,5"}}}, "Bab III");
  auto lampiran = make_table(TableKind::Pk, "Lampiran PK Perubahan 2025", kPk,
                             {{{"1", "S1", "Indeks Kepuasan Masyarakat (IKM)", "83,5"}}}, "Lampiran");
  auto f = run({body, capaian, lampiran}, {"xref.target"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].sheet, "Lampiran");
  EXPECT_EQ(f[0].cell, "E5");
  EXPECT_EQ(f[0].expected.number, *Decimal::parse("93.5"));
  EXPECT_EQ(f[0].actual.number, *Decimal::parse("83.5"));
  EXPECT_EQ(f[0].related, (std::vector<std::string>{"'Bab II'!E5", "'Bab III'!E5"}));
  EXPECT_NE(f[0].message_id.find("93,5"), std::string::npos);
}

TEST(XrefTarget, PkAndPkPerubahanAreDifferentVersions) {
  auto pk = make_table(TableKind::Pk, "Perjanjian Kinerja Tahun 2025", kPk, {{{"1", "S1", "Indeks Kepuasan Masyarakat", "95"}}});
  auto pkp = make_table(TableKind::Pk, "Perjanjian Kinerja Perubahan Tahun 2025", kPk,
                        {{{"1", "S1", "Indeks Kepuasan Masyarakat", "89,75"}}});
  EXPECT_TRUE(run({pk, pkp}, {"xref"}).empty());
}

TEST(XrefTarget, RktTargetsAreTheYearsCommitments) {
  // An RKT (Rencana Kinerja Tahunan, 002 'RKT Perubahan 2023') plans the year the PK commits to:
  // the same indicator and year must carry the same target in the PK, the capaian table and the
  // RKT; the one that differs is reported.
  const std::vector<Col> rkt = {{ColumnRole::Sasaran, "SASARAN PD / Uraian"},
                                {ColumnRole::Indikator, "SASARAN PD / Indikator Sasaran"},
                                {ColumnRole::Target, "SASARAN PD / Target"},
                                {ColumnRole::Anggaran, "SUB KEGIATAN / Anggaran", true}};
  auto pk = make_table(TableKind::Pk, "Perjanjian Kinerja Tahun 2025", kPk, {{{"1", "S1", "Indeks Kepuasan Masyarakat", "95"}}}, "PK");
  auto cap = make_table(TableKind::Pk, "Tabel 3.1 Capaian Kinerja Tahun 2025", kPk,
                        {{{"1", "S1", "Indeks Kepuasan Masyarakat", "95"}}}, "Capaian");
  auto bad = make_table(TableKind::Rkt, "Rencana Kinerja Tahunan (RKT) Tahun 2025", rkt,
                        {{{"S1", "Indeks Kepuasan Masyarakat", "90", "10.000.000"}}}, "RKT");
  auto f = run({pk, cap, bad}, {"xref.target"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].sheet, "RKT");
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(95));
  EXPECT_EQ(f[0].actual.number, Decimal::from_int(90));
  auto good = make_table(TableKind::Rkt, "Rencana Kinerja Tahunan (RKT) Tahun 2025", rkt,
                         {{{"S1", "Indeks Kepuasan Masyarakat", "95", "10.000.000"}}}, "RKT");
  EXPECT_TRUE(run({pk, cap, good}, {"xref.target"}).empty());
}

TEST(XrefTarget, PkMustMatchSomeRenstraOfThatYear) {
  std::vector<Col> rc = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "2025", false, 2025},
                         {ColumnRole::Target, "2026", false, 2026}};
  auto r1 = make_table(TableKind::Renstra, "Tabel 2.3 Renstra 2021-2026", rc, {{{"Nilai SAKIP OPD", "A (85)", "A (88)"}}});
  auto pk_ok = make_table(TableKind::Pk, "PK 2025", kPk, {{{"1", "S", "Nilai SAKIP OPD", "A (85)"}}});
  EXPECT_TRUE(run({r1, pk_ok}, {"xref.target"}).empty());
  auto pk_bad = make_table(TableKind::Pk, "PK 2025", kPk, {{{"1", "S", "Nilai SAKIP OPD", "A (83)"}}});
  auto f = run({r1, pk_bad}, {"xref.target"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].table, "PK 2025");
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(85));
}

TEST(XrefTarget, CapaianNamingItsRenstraIsHeldToThatRenstraOnly) {
  // 000: the Ikhtisar of the PK based on Renstra 2025-2029 says IKM 89,75; the PK 2025 and
  // Renstra 2021-2026 say 95. Different Renstra, no conflict. A wrong value against its own
  // Renstra still is one.
  std::vector<Col> rc = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "2025", false, 2025},
                         {ColumnRole::Target, "2026", false, 2026}};
  std::vector<Col> rc2 = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "2025", false, 2025},
                          {ColumnRole::Target, "2029", false, 2029}};
  auto r1 = make_table(TableKind::Renstra, "Tabel 2.3 Renstra 2021-2026", rc, {{{"Indeks Kepuasan Masyarakat", "95", "98"}}});
  auto r2 = make_table(TableKind::Renstra, "Tabel 2.4 Renstra 2025-2029", rc2, {{{"Indeks Kepuasan Masyarakat (IKM)", "89,75", "90,75"}}});
  auto pk = make_table(TableKind::Pk, "Tabel 2.7 Perjanjian Kinerja Tahun 2025", kPk, {{{"1", "S", "Indeks Kepuasan Masyarakat", "95"}}});
  std::vector<Col> cc = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "Target"}};
  auto ikh = make_table(TableKind::Capaian, "Ikhtisar PK 2025 berdasarkan Renstra 2025-2029", cc,
                        {{{"Indeks Kepuasan Masyarakat (Indeks)", "89,75"}}});
  EXPECT_TRUE(run({r1, r2, pk, ikh}, {"xref.target"}).empty());
  auto ikh_bad = make_table(TableKind::Capaian, "Ikhtisar PK 2025 berdasarkan Renstra 2025-2029", cc,
                            {{{"Indeks Kepuasan Masyarakat (Indeks)", "88,75"}}});
  auto f = run({r1, r2, pk, ikh_bad}, {"xref.target"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].expected.number, *Decimal::parse("89.75"));
}

TEST(XrefTarget, YearlessEfisiensiTableTakesTheFilesYear) {
  // 000 G-12: Tabel 3.7 efisiensi (no year in its title) states the Fasilitasi target 95 %,
  // the PK 2025 and the capaian table 86 %.
  auto pk = make_table(TableKind::Pk, "Tabel 2.7 Perjanjian Kinerja Tahun 2025", kPk,
                       {{{"1", "S", "Persentase Fasilitasi Kesejahteraan Masyarakat", "86%"}}});
  std::vector<Col> cc = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "Target"}};
  auto cap = make_table(TableKind::Capaian, "Tabel 3.2 Capaian Kinerja Tahun 2025", cc,
                        {{{"Persentase Fasilitasi Kesejahteraan Masyarakat", "86%"}}});
  auto ef = make_table(TableKind::Efisiensi, "Tabel 3.7 Perhitungan efisiensi", cc,
                       {{{"Indikator : Persentase Fasilitasi Kesejahteraan Masyarakat", "95%"}}});
  auto f = run({pk, cap, ef}, {"xref.target"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].table, "Tabel 3.7 Perhitungan efisiensi");
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(86));
}

TEST(XrefTarget, FilesOfDifferentOrganisationsAreNotComparedWithEachOther) {
  // Gumukmas and Kencong checked in one run: each kecamatan has its own IKM target.
  auto a = std::vector<Table>{make_table(TableKind::Pk, "Perjanjian Kinerja Kecamatan Gumukmas Tahun 2025", kPk,
                                         {{{"1", "S", "Indeks Kepuasan Masyarakat", "95"}}})};
  auto b = std::vector<Table>{make_table(TableKind::Pk, "Perjanjian Kinerja Kecamatan Kencong Tahun 2025", kPk,
                                         {{{"1", "S", "Indeks Kepuasan Masyarakat", "92,5"}}})};
  auto c = std::vector<Table>{make_table(TableKind::Pk, "Lampiran PK Kecamatan Kencong Tahun 2025", kPk,
                                         {{{"1", "S", "Indeks Kepuasan Masyarakat", "93,5"}}})};
  std::vector<FileTables> files(3);
  const std::vector<Table>* ts[] = {&a, &b, &c};
  for (size_t i = 0; i < 3; ++i) {
    files[i].file = "f" + std::to_string(i) + ".xlsx";
    files[i].file_index = i;
    files[i].format = FileFormat::Xlsx;
    files[i].tables = ts[i];
  }
  RuleFilter filter;
  filter.select = {"xref"};
  auto f = run_rules(files, Config::defaults(), filter);
  ASSERT_EQ(f.size(), 1u);  // Kencong's two files disagree (a tie: the later one); Gumukmas is apart
  EXPECT_EQ(f[0].file, "f2.xlsx");
  EXPECT_EQ(f[0].related, (std::vector<std::string>{"f1.xlsx:Sheet1!E5"}));
}

TEST(XrefAnggaran, LampiranTypoAgainstBodyAndPergeseran) {
  std::vector<Col> pkc = {{ColumnRole::No, "No"}, {ColumnRole::Uraian, "Program"}, {ColumnRole::Anggaran, "Anggaran", true}};
  auto body = make_table(TableKind::PkAnggaran, "Anggaran PK Perubahan 2025", pkc,
                         {{{"4", "Program Penyelenggaraan Ketentraman dan Ketertiban Umum", "Rp. 68.661.200,00"}}}, "Bab II");
  auto lamp = make_table(TableKind::PkAnggaran, "Lampiran PK Perubahan 2025", pkc,
                         {{{"4", "PROGRAM PENYELENGGARAAN KETENTRAMAN DAN KETERTIBAN UMUM", "Rp. 68.861.200,00"}}}, "Lampiran");
  std::vector<Col> pg = {{ColumnRole::Uraian, "Program"}, {ColumnRole::Sebelum, "Awal", true}, {ColumnRole::Sesudah, "Perubahan", true}};
  auto shift = make_table(TableKind::Pergeseran, "Tabel 2.9", pg,
                          {{{"Program Penyelenggaraan Ketentraman dan Ketertiban Umum", "236.432.400", "68.661.200"}}}, "Bab II");
  auto f = run({body, lamp, shift}, {"xref.anggaran"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].sheet, "Lampiran");
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(68661200));
  EXPECT_EQ(f[0].actual.number, Decimal::from_int(68861200));
}

TEST(XrefTarget, TolerantNamesMeetAndTheMessageNamesBoth) {
  // 000 G-12: the efisiensi row says 'Fasilitas', the PK and capaian tables 'Fasilitasi'.
  auto pk = make_table(TableKind::Pk, "Tabel 2.7 Perjanjian Kinerja Tahun 2025", kPk,
                       {{{"1", "S", "Persentase Fasilitasi Kesejahteraan masyarakat yang dilaksanakan", "86%"}},
                        {{"2", "S", "Indeks Kepuasan Masyarakat", "95"}}});
  std::vector<Col> cc = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "Target"}};
  auto cap = make_table(TableKind::Capaian, "Tabel 3.2 Capaian Kinerja Tahun 2025", cc,
                        {{{"Persentase Fasilitasi Kesejahteraan masyarakat yang dilaksanakan", "86%"}}});
  auto ef = make_table(TableKind::Efisiensi, "Tabel 3.7 Perhitungan efisiensi", cc,
                       {{{"Indikator : Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan", "95%"}},
                        {{"Indikator : IKM", "95"}}});
  auto f = run({pk, cap, ef}, {"xref.target"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].cell, "C5");
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(86));
  EXPECT_NE(f[0].message_id.find("dicocokkan dengan 'Persentase Fasilitasi"), std::string::npos) << f[0].message_id;
  EXPECT_NE(f[0].message_en.find("was matched with"), std::string::npos);
}

TEST(XrefTarget, APeriodInATitleIsNotItsYear) {
  // 'Tahun 2021-2026' names a period (two years), not 2021: the yearless efisiensi table still
  // takes the one year the file's other titles agree on (000 G-12 was missed because of this).
  std::vector<Col> rc = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "2025", false, 2025}};
  auto renstra = make_table(TableKind::Renstra, "Tabel 2.3 Matriks Renstra Kecamatan Gumukmas Tahun 2021-2026", rc,
                            {{{"Indeks Kepuasan Masyarakat", "95"}}});
  auto pk = make_table(TableKind::Pk, "Tabel 2.7 Perjanjian Kinerja Tahun 2025", kPk, {{{"1", "S", "Indeks Kepuasan Masyarakat", "95"}}});
  std::vector<Col> cc = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "Target"}};
  auto ef = make_table(TableKind::Efisiensi, "Tabel 3.7 Perhitungan efisiensi", cc, {{{"Indeks Kepuasan Masyarakat", "93"}}});
  auto f = run({renstra, pk, ef}, {"xref.target"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].table, "Tabel 3.7 Perhitungan efisiensi");
}

TEST(XrefTarget, TargetAkhirRenstraAgainstTheRenstraEndingThatYear) {
  // 001 K-08: the capaian table's 'Target Akhir Renstra (2029)' says 86, the Renstra 2025-2029
  // says 85 for 2029. The Renstra's own end-of-period column is not a second statement.
  std::vector<Col> rc = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "2028", false, 2028},
                         {ColumnRole::Target, "2029", false, 2029}, {ColumnRole::Target, "Target Akhir Renstra (2029)", false, 2029, true}};
  auto renstra = make_table(TableKind::Renstra, "Tabel 2.4 Renstra 2025-2029", rc, {{{"Nilai SAKIP OPD", "84", "85", "85"}}}, "R");
  std::vector<Col> cc = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "Target", false, 2025},
                         {ColumnRole::Target, "Target Akhir Renstra (2029)", false, 2029, true}};
  auto ok = make_table(TableKind::Capaian, "Tabel 3.8 Capaian Kinerja Tahun 2025", cc, {{{"Nilai SAKIP OPD", "82", "85"}}}, "C");
  EXPECT_TRUE(run({renstra, ok}, {"xref.target"}).empty());
  auto bad = make_table(TableKind::Capaian, "Tabel 3.8 Capaian Kinerja Tahun 2025", cc, {{{"Nilai SAKIP OPD", "82", "86"}}}, "C");
  auto f = run({renstra, bad}, {"xref.target"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].sheet + "!" + f[0].cell, "C!D5");
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(85));
}

TEST(XrefTarget, DifferentIndicatorsWithSimilarNamesStayApart) {
  // One word differs on each side: two indicators, not a typo. No finding.
  auto pk = make_table(TableKind::Pk, "Perjanjian Kinerja Tahun 2025", kPk,
                       {{{"1", "S", "Persentase sarana prasarana kantor dalam kondisi baik", "80%"}}});
  std::vector<Col> cc = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "Target"}};
  auto cap = make_table(TableKind::Capaian, "Capaian Kinerja Tahun 2025", cc,
                        {{{"Persentase sarana prasarana kantor dalam kondisi rusak", "20%"}}});
  EXPECT_TRUE(run({pk, cap}, {"xref.target"}).empty());
}

TEST(XrefTarget, PlansWithoutMajorityAreDecidedByTheCommitments) {
  // 002 V2-04 / V2-05: two Renstra versions of 2021-2026 say IKM 2023 = 93 and 82,24; the PK
  // and the capaian tables 85 (as the other Renstra matrix). The odd plans are reported
  // against 85, the PK is not reported against either plan. The Lampiran says the full name.
  std::vector<Col> rc = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "2023", false, 2023},
                         {ColumnRole::Target, "2026", false, 2026}};
  auto t41 = make_table(TableKind::Renstra, "Tabel 4.1 (Renstra Perubahan 2021-2026)", rc, {{{"IKM", "93", "94"}}}, "T41");
  auto lamp = make_table(TableKind::Renstra, "Lampiran Renstra", rc, {{{"Indeks kepuasan masyarakat", "82,24", "90"}}}, "Lamp");
  auto pk = make_table(TableKind::Pk, "Perjanjian Kinerja 2023", kPk, {{{"1", "S", "IKM", "85"}}}, "PK");
  std::vector<Col> cc = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "Target 2023", false, 2023}};
  auto cap = make_table(TableKind::Capaian, "Tabel 3.1 Pengukuran Kinerja Tahun 2023", cc, {{{"IKM", "85"}}}, "T31");
  auto f = run({t41, lamp, pk, cap}, {"xref.target"});
  std::vector<std::string> where;
  for (const auto& x : f)
    if (x.message_id.find("2023") != std::string::npos) where.push_back(x.sheet + "!" + x.cell);
  EXPECT_EQ(where, (std::vector<std::string>{"T41!C5", "Lamp!C5"}));
  for (const auto& x : f)
    if (x.message_id.find("2023") != std::string::npos) EXPECT_EQ(x.expected.number, Decimal::from_int(85));
}

TEST(XrefAnggaran, SubKegiatanSpelledDifferently) {
  // 002 V2-28: RKT 'Efektifitas' vs Tabel 3.8 'efektivitas'; the sub kegiatan of another
  // kegiatan with most words in common ('Pemberdayaan masyarakat di Wilayah') is not matched.
  std::vector<Col> rkt = {{ColumnRole::Uraian, "Nama Sub Kegiatan"}, {ColumnRole::Anggaran, "Anggaran", true}};
  auto a = make_table(TableKind::Dpa, "RKT Perubahan Tahun 2023", rkt,
                      {{{"Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan", "66.120.000"}},
                       {{"Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah", "57.200.000"}}}, "RKT");
  std::vector<Col> t38 = {{ColumnRole::Uraian, "Program/Kegiatan/Sub Kegiatan"}, {ColumnRole::Anggaran, "Pagu", true},
                          {ColumnRole::RealisasiAnggaran, "Realisasi", true}};
  auto b = make_table(TableKind::RealisasiAnggaran, "Tabel 3.8 Realisasi Anggaran Tahun 2023", t38,
                      {{{"Sub Kegiatan : Peningkatan efektivitas Kegiatan Pemerintahan di Tingkat Kecamatan", "21.720.000", "18.483.200"}},
                       {{"Sub Kegiatan : Peningkatan efektivitas kegiatan Pemberdayaan masyarakat di Wilayah Kecamatan", "10.560.000", "9.240.000"}}},
                      "T38");
  auto f = run({a, b}, {"xref.anggaran"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].expected.number + f[0].actual.number, Decimal::from_int(66120000 + 21720000));
}

TEST(XrefAnggaran, JumlahOfTheSameProgramsAcrossTables) {
  // 001 K-05: the PK-P lampiran's Jumlah 3.920.891.860,40 against the body's 3.920.691.860,40
  // over the same four programs. A table over other programs is not compared.
  std::vector<Col> pkc = {{ColumnRole::No, "No"}, {ColumnRole::Uraian, "Program"}, {ColumnRole::Anggaran, "Anggaran", true}};
  auto rows = [](const std::string& jumlah) {
    return std::vector<R>{{{"1", "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "2.911.311.160,40"}},
                          {{"2", "Penyelenggaraan Pemerintahan dan Pelayanan Publik", "797.300.000"}},
                          {{"3", "Pemberdayaan Masyarakat Desa dan Kelurahan", "143.419.500"}},
                          {{"4", "Koordinasi Ketentraman dan Ketertiban Umum", "68.661.200"}},
                          {{"", "Jumlah", jumlah}, RowType::Total}};
  };
  auto body = make_table(TableKind::PkAnggaran, "Anggaran PK Perubahan 2025", pkc, rows("3.920.691.860,40"), "Bab II");
  auto lamp = make_table(TableKind::PkAnggaran, "Lampiran PK Perubahan 2025", pkc, rows("3.920.891.860,40"), "Lampiran");
  auto other = make_table(TableKind::PkAnggaran, "Anggaran PK Perubahan Sekretariat 2025", pkc,
                          {{{"1", "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "1.000.000"}},
                           {{"2", "Penyelenggaraan Pemerintahan dan Pelayanan Publik", "2.000.000"}},
                           {{"", "Jumlah", "3.000.000"}, RowType::Total}},
                          "Lain");
  auto f = run({body, lamp}, {"xref.anggaran"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].sheet, "Lampiran");
  EXPECT_EQ(f[0].cell, "D9");
  EXPECT_EQ(f[0].expected.number, *Decimal::parse("3920691860.40"));
  // The third table closes two of the programs only: its Jumlah is about something else.
  for (const auto& x : run({body, other}, {"xref.anggaran"})) {
    EXPECT_FALSE(x.sheet == "Lain" && x.cell == "D7") << x.message_en;
    EXPECT_FALSE(x.sheet == "Bab II" && x.cell == "D9") << x.message_en;
  }
}

TEST(XrefAnggaran, OddRowOfACopiedProgramList) {
  // 001 K-04: the lampiran copies the body's four programs; its fourth says 'Ketertarikan' for
  // 'Ketentraman' (a different word, not a typo) and 238.432.400 for 236.432.400. The other
  // three rows agree name for name, so the fourth rows are the same program.
  std::vector<Col> pkc = {{ColumnRole::Uraian, "Program"}, {ColumnRole::Anggaran, "Anggaran", true}};
  auto list = [](const std::string& fourth, const std::string& amount) {
    return std::vector<R>{{{"1. Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "3.160.652.155"}},
                          {{"2. Penyelenggaraan Pemerintahan dan Pelayanan Publik", "893.700.000"}},
                          {{"3. Pemberdayaan Masyarakat Desa dan Kelurahan", "376.722.100"}},
                          {{fourth, amount}}};
  };
  auto body = make_table(TableKind::PkAnggaran, "Anggaran Program PK Tahun 2025", pkc,
                         list("4. Koordinasi Ketentraman dan Ketertiban Umum", "236.432.400"), "PK");
  auto lamp = make_table(TableKind::PkAnggaran, "Anggaran Program PK Tahun 2025 (lampiran)", pkc,
                         list("4. Koordinasi Ketertarikan dan Ketertiban Umum", "238.432.400"), "Lampiran");
  auto f = run({body, lamp}, {"xref.anggaran"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].sheet + "!" + f[0].cell, "Lampiran!C8");
  EXPECT_NE(f[0].message_en.find("same row of an otherwise identical list"), std::string::npos) << f[0].message_en;
  // A fourth program that shares little with the other (a different program) is not paired.
  auto other = make_table(TableKind::PkAnggaran, "Anggaran Program PK Tahun 2025 (lampiran)", pkc,
                          list("4. Program Kesehatan Masyarakat Kecamatan", "238.432.400"), "Lampiran");
  EXPECT_TRUE(run({body, other}, {"xref.anggaran"}).empty());
}

TEST(XrefAnggaran, OriginalAndAmendedBudgetsAreNotCompared) {
  std::vector<Col> pkc = {{ColumnRole::No, "No"}, {ColumnRole::Uraian, "Program"}, {ColumnRole::Anggaran, "Anggaran", true}};
  auto pk = make_table(TableKind::PkAnggaran, "PK 2025", pkc, {{{"1", "Program Penunjang Urusan", "3.676.351.730"}}});
  auto pkp = make_table(TableKind::PkAnggaran, "PK Perubahan 2025", pkc, {{{"1", "Program Penunjang Urusan", "3.297.504.548"}}});
  EXPECT_TRUE(run({pk, pkp}, {"xref"}).empty());
}

TEST(XrefRealisasi, YearlessKontribusiTablesByProgram) {
  // 000 G-10: two kontribusi tables (no year in title or columns; the file's titles say 2025)
  // state the same sub kegiatan's realisasi as 7 and 12. The generic 'Persentase realisasi
  // anggaran' appears under two programs with different values: not a conflict.
  std::vector<Col> kc = {{ColumnRole::Uraian, "Program/ Kegiatan/ Sub Kegiatan"}, {ColumnRole::Indikator, "Indikator"},
                         {ColumnRole::Target, "Target"}, {ColumnRole::Realisasi, "Realisasi"}};
  auto pk = make_table(TableKind::Pk, "Perjanjian Kinerja Tahun 2025", kPk, {{{"1", "S", "Indeks Kepuasan Masyarakat", "95"}}});
  auto k1 = make_table(TableKind::Capaian, "Tabel 3.3 Kontribusi Capaian Program Terhadap Sasaran 1", kc,
                       {{{"PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "Persentase realisasi anggaran", "100%", "77,90%"}},
                        {{"Sub Kegiatan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
                          "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "12", "7"}}},
                       "K1");
  auto k2 = make_table(TableKind::Capaian, "Tabel 3.5 Kontribusi Capaian Program Terhadap Sasaran 2", kc,
                       {{{"PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "Persentase realisasi anggaran", "100%", "95%"}}},
                       "K2");
  auto k3 = make_table(TableKind::Capaian, "Tabel 3.8 Kontribusi Capaian Program Terhadap Sasaran 2", kc,
                       {{{"PROGRAM PENUNJANG URUSAN PEMERINTAH DAERAH", "1. Persentase indikator program yang tercapai", "100%", "100%"}},
                        {{"", "2. Persentase realisasi anggaran", "100%", "77,90%"}},
                        {{"Sub Kegiatan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
                          "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "12", "12"}}},
                       "K3");
  // A sasaran-level table with the program indicator's wording: another PK version's derived
  // figure (001 K-18), not compared with the program row.
  std::vector<Col> cc = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "Target"}, {ColumnRole::Realisasi, "Realisasi"}};
  auto cap = make_table(TableKind::Capaian, "Tabel 3.2 Capaian Kinerja Tahun 2025", cc,
                        {{{"Persentase indikator program yang tercapai", "100%", "92%"}}}, "Cap");
  auto f = run({pk, k1, k2, k3, cap}, {"xref.realisasi"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "xref.realisasi");
  EXPECT_TRUE((f[0].sheet == "K3" && f[0].cell == "E7") || (f[0].sheet == "K1" && f[0].cell == "E6")) << f[0].sheet << f[0].cell;
  EXPECT_NE(f[0].message_id.find("tahun 2025"), std::string::npos);
}

TEST(XrefRealisasi, EfisiensiRowTiedToTheProgramWithItsBudget) {
  // 000 G-04: the efisiensi row of Sasaran 3 has the budget of Program 3 (254.187.300, no other
  // program has it) and realisasi 250.288.850; Tabel 3.10 says 248.833.850. The trantib row's
  // budget is the sum of two programs (tied to none); two rows sharing one program's budget
  // (001 K-03) are tied to none either.
  std::vector<Col> ef = {{ColumnRole::Indikator, "Sasaran dan Indikator"}, {ColumnRole::Target, "Target"},
                         {ColumnRole::Anggaran, "Anggaran", true}, {ColumnRole::RealisasiAnggaran, "Realisasi", true}};
  auto e = make_table(TableKind::Efisiensi, "Tabel 3.7 Perhitungan efisiensi", ef,
                      {{{"Indeks Kepuasan Masyarakat", "95", "Rp. 744.112.000", "Rp 741.619.000"}},
                       {{"Persentase Fasilitas Kesejahteraan", "95%", "Rp 254.187.300", "Rp 250.288.850"}},
                       {{"Persentase Penyelesaian Laporan Trantib", "100%", "Rp 63.446.600", "Rp 60.000.000"}}},
                      "Ef");
  std::vector<Col> ra = {{ColumnRole::Uraian, "Program"}, {ColumnRole::Anggaran, "Anggaran", true},
                         {ColumnRole::RealisasiAnggaran, "Realisasi", true}};
  auto t = make_table(TableKind::RealisasiAnggaran, "Tabel 3.10 Realisasi Anggaran pada tahun 2025", ra,
                      {{{"PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "744.112.000", "741.619.000"}},
                       {{"PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", "254.187.300", "248.833.850"}},
                       {{"PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM", "51.335.400", "48.575.200"}},
                       {{"PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM", "12.111.200", "12.035.000"}}},
                      "T310");
  auto f = run({e, t}, {"xref.realisasi"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE((f[0].sheet == "Ef" && f[0].cell == "E6") || (f[0].sheet == "T310" && f[0].cell == "D6")) << f[0].sheet << f[0].cell;
  EXPECT_NE(f[0].message_en.find("because its budget is the same (254,187,300)"), std::string::npos) << f[0].message_en;

  auto twice = make_table(TableKind::Efisiensi, "Tabel 3.7 Perhitungan efisiensi", ef,
                          {{{"Persentase Fasilitas Kesejahteraan", "100", "Rp 254.187.300", "Rp 248.833.850"}},
                           {{"Persentase Penyelesaian Laporan Trantib", "100", "Rp 254.187.300", "Rp 248.833.850"}}},
                          "Ef");
  auto t2 = make_table(TableKind::RealisasiAnggaran, "Tabel 3.10 Realisasi Anggaran pada tahun 2025", ra,
                       {{{"PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", "254.187.300", "250.000.000"}}}, "T310");
  EXPECT_TRUE(run({twice, t2}, {"xref.realisasi"}).empty());
}

TEST(XrefRealisasi, SameIndicatorSameYear) {
  std::vector<Col> cc = {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "Target"},
                         {ColumnRole::Realisasi, "Realisasi"}, {ColumnRole::Capaian, "%"}};
  auto a = make_table(TableKind::Capaian, "Tabel 3.2 Capaian Kinerja 2025", cc, {{{"Indeks Kepuasan Masyarakat", "95", "95", "100%"}}});
  auto b = make_table(TableKind::Capaian, "Tabel 3.6 Capaian Kinerja Perubahan 2025", cc,
                      {{{"Indeks Kepuasan Masyarakat", "89,75", "87,16", "97,11%"}}});
  auto f = run({a, b}, {"xref.realisasi"});
  ASSERT_EQ(f.size(), 1u);  // a tie: the later table is reported, naming the earlier one
  EXPECT_EQ(f[0].table, "Tabel 3.6 Capaian Kinerja Perubahan 2025");
}

// 000 G-15: the TC.25 (Renstra appendix, 2022-2026) prints its first indicator as 'Nilai SAKIP
// CFD' and the 2026 target as '00 (83)' (OCR of 'OPD' and 'B'); the Renstra 2021-2026 says 'Nilai
// Sakip OPD' and BB (88). The lists are the same indicators in the same order and the two rows'
// 2022-2025 targets agree, so the odd names are one indicator and 83 vs 88 is reported.
std::vector<Table> renstra_and_tc25(const std::vector<std::string>& tc25_first, const std::string& tc25_first_name,
                                    const std::string& tc25_third_name = "Indeks Kepuasan Masyarakat") {
  std::vector<Col> rc = {{ColumnRole::Indikator, "Indikator"}};
  for (int y = 2021; y <= 2026; ++y) rc.push_back({ColumnRole::Target, std::to_string(y), false, y});
  auto renstra = make_table(TableKind::Renstra, "Tabel 2.3 Renstra Kecamatan Gumukmas Tahun 2021-2026", rc,
                            {{{"Nilai Sakip OPD", "B (85)", "B (80)", "B (80)", "B (83)", "B (85)", "BB (88)"}},
                             {{"Persentase Indikator Program yang tercapai", "100%", "100%", "100%", "100%", "100%", "100%"}},
                             {{"Indeks Kepuasan Masyarakat", "85", "85", "85", "90", "95", "98"}},
                             {{"Persentase Fasilitasi Kesejahteraan masyarakat", "100", "80", "80", "84", "86", "88"}}},
                            "Tabel 2.3");
  std::vector<Col> tc = {{ColumnRole::Indikator, "Indikator Tujuan/Sasaran"}};
  for (int y = 2022; y <= 2026; ++y) tc.push_back({ColumnRole::Target, std::to_string(y), false, y});
  std::vector<std::string> first = {tc25_first_name};
  first.insert(first.end(), tc25_first.begin(), tc25_first.end());
  auto tc25 = make_table(TableKind::Tc25, "Tabel TC. 25 Renstra Kecamatan Gumukmas", tc,
                         {{first},
                          {{"Persentase indikator Program yang tercapai", "100%", "100%", "100%", "100%", "100%"}},
                          {{tc25_third_name, "85", "85", "90", "95", "98"}},
                          {{"Persentase Fasilitasi Kesejahteraan masyarakat", "80", "80", "84", "86", "88"}}},
                         "TC.25");
  return {renstra, tc25};
}

TEST(XrefTarget, OcrGarbledNameInAPlanTableMatchedByPositionAndOtherYears) {
  const auto f = run(renstra_and_tc25({"0 (80)", "0 (80)", "0 (83)", "0 (85)", "00 (83)"}, "Nilai SAKIP CFD"),
                     {"xref.target"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].sheet, "TC.25");
  EXPECT_EQ(f[0].cell, "G5");  // the 2026 column
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(88));
  EXPECT_EQ(f[0].actual.number, Decimal::from_int(83));
  EXPECT_NE(f[0].message_id.find("'Nilai SAKIP CFD' dicocokkan dengan 'Nilai Sakip OPD'"), std::string::npos)
      << f[0].message_id;
  EXPECT_NE(f[0].message_en.find("same row of the indicator lists of two plan tables"), std::string::npos)
      << f[0].message_en;
}

TEST(XrefTarget, PlanRowsAtOnePositionStayApartWithoutTheEvidence) {
  // Other years differ too (two of five): not shown to be the same indicator.
  EXPECT_TRUE(run(renstra_and_tc25({"0 (80)", "0 (70)", "0 (73)", "0 (85)", "00 (83)"}, "Nilai SAKIP CFD"),
                  {"xref.target"})
                  .empty());
  // Only two common years agree (the others are not comparable): too little.
  EXPECT_TRUE(run(renstra_and_tc25({"-", "-", "0 (83)", "0 (85)", "00 (83)"}, "Nilai SAKIP CFD"), {"xref.target"}).empty());
  // No content word in common ('nilai' is a measure word).
  EXPECT_TRUE(run(renstra_and_tc25({"0 (80)", "0 (80)", "0 (83)", "0 (85)", "00 (83)"}, "Nilai Kinerja CFD"),
                  {"xref.target"})
                  .empty());
  // Half the list differs by name: not a copy of the same list.
  EXPECT_TRUE(run(renstra_and_tc25({"0 (80)", "0 (80)", "0 (83)", "0 (85)", "00 (83)"}, "Nilai SAKIP CFD",
                                   "Indeks Pelayanan Publik"),
                  {"xref.target"})
                  .empty());
}

}  // namespace
}  // namespace sakip::test
