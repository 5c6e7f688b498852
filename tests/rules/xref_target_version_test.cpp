// xref.target_version: a kegiatan/sub kegiatan indicator's target that differs between the PK
// and the PK Perubahan kontribusi tables of one year (seed 001 K-14: 'Jumlah laporan
// pertanggungjawaban keuangan' 43 in Tabel 3.3 L627, 12 in Tabel 3.10 L985; Sub
// 'Penatausahaan' 13 (L629) vs 12 (L987)), and the cases that must stay quiet: program targets
// (a Perubahan restates them: 'Persentase realisasi anggaran' 92 vs 100, L626/L983), the same
// indicator text under another kegiatan (L635 vs L992), other years, equal targets.
#include <gtest/gtest.h>

#include "tests/rules/table_builder.h"
#include "tests/support/paths.h"

namespace sakip::test {
namespace {

const std::vector<Col> kKontribusi = {{ColumnRole::Uraian, "Program/ Kegiatan/ Sub Kegiatan"},
                                      {ColumnRole::Indikator, "Indikator"},
                                      {ColumnRole::Satuan, "Satuan"},
                                      {ColumnRole::Target, "Target"},
                                      {ColumnRole::Realisasi, "Realisasi"}};

const std::string kProgram = "PROGRAM PENUNJANG URUSAN PEMERINTAH DAERAH KABUPATEN/ KOTA";
const std::string kKegiatan = "Kegiatan Administrasi Keuangan Perangkat Daerah";
const std::string kLaporan = "Jumlah laporan pertanggungjawaban keuangan";

R program(const std::string& target) {
  return {{kProgram, "Persentase realisasi anggaran", "%", target, target}, RowType::Data, -1, "", RowLevel::Program};
}
R kegiatan(const std::string& target) {
  return {{kKegiatan, kLaporan, "Laporan", target, target}, RowType::Data, -1, "", RowLevel::Kegiatan};
}
R penatausahaan(const std::string& name, const std::string& target) {
  return {{name, "Jumlah Dokumen Penatausahaan dan Pengujian/ Verifikasi Keuangan", "Dokumen", target, "12"},
          RowType::Data, -1, "", RowLevel::SubKegiatan};
}

// PK (murni) kontribusi table of 2025 and its PK Perubahan counterpart (the sheet says PK-P,
// as in the seed fixtures; the year comes from the file's titles).
std::vector<Table> k14(const std::string& pk_kegiatan, const std::string& pkp_kegiatan, const std::string& pk_sub,
                       const std::string& pkp_sub) {
  auto pk_title = make_table(TableKind::Pk, "Tabel 2.7 Perjanjian Kinerja Kecamatan Kencong Tahun 2025",
                             {{ColumnRole::Indikator, "Indikator"}, {ColumnRole::Target, "Target"}},
                             {{{"Indeks Kepuasan Masyarakat", "92,5"}}}, "PK");
  auto pk = make_table(TableKind::Capaian, "Tabel 3.3 Kontribusi Capaian Program/ Kegiatan/ Sub Kegiatan Terhadap Sasaran 1",
                       kKontribusi,
                       {program("92"), kegiatan(pk_kegiatan),
                        penatausahaan("Sub kegiatan Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", pk_sub)},
                       "Kontribusi");
  auto pkp = make_table(TableKind::Capaian, "Tabel 3.10 Kontribusi Capaian Program/ Kegiatan/ Sub Kegiatan Terhadap Sasaran 2",
                        kKontribusi,
                        {program("100"), kegiatan(pkp_kegiatan),
                         penatausahaan("Sub kegiatan Pelaksanaan Penatausahaan dan Pengujian/ Verifikasi Keuangan", pkp_sub)},
                        "Kontribusi PK-P");
  return {pk_title, pk, pkp};
}

TEST(XrefTargetVersion, KegiatanAndSubKegiatanTargetChangedInThePerubahan) {
  const auto f = run(k14("43", "12", "13", "12"), {"xref.target_version"});
  ASSERT_EQ(f.size(), 2u);
  // Reported on the Perubahan's cell, the PK's value expected, as a warning.
  EXPECT_EQ(f[0].rule, "xref.target_version");
  EXPECT_EQ(f[0].severity, Severity::Warning);
  EXPECT_EQ(f[0].sheet, "Kontribusi PK-P");
  EXPECT_EQ(f[0].cell, "E6");
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(43));
  EXPECT_EQ(f[0].actual.number, Decimal::from_int(12));
  EXPECT_EQ(f[0].related, (std::vector<std::string>{"Kontribusi!E6"}));
  EXPECT_NE(f[0].message_id.find("PK Perubahan"), std::string::npos) << f[0].message_id;
  EXPECT_NE(f[0].message_id.find("43"), std::string::npos) << f[0].message_id;
  EXPECT_NE(f[0].message_en.find("needs an explanation"), std::string::npos) << f[0].message_en;
  // The sub kegiatan's name lost its 'SKPD' in the PK-P: still the same sub kegiatan.
  EXPECT_EQ(f[1].cell, "E7");
  EXPECT_EQ(f[1].expected.number, Decimal::from_int(13));
  EXPECT_EQ(f[1].actual.number, Decimal::from_int(12));
}

TEST(XrefTargetVersion, ProgramTargetsAndEqualTargetsStayQuiet) {
  // The program row differs (92 vs 100): a Perubahan restates program targets, not reported.
  EXPECT_TRUE(run(k14("12", "12", "12", "12"), {"xref.target_version"}).empty());
}

TEST(XrefTargetVersion, OnlyTheSameIndicatorUnderTheSameKegiatan) {
  // 001 L635 / L992: the indicator text 'Jumlah laporan Penyediaan Jasa Penunjang ...' stands
  // under Kegiatan Penyediaan Jasa Penunjang in the PK (34) and under Sub kegiatan Rapat
  // Koordinasi in the PK-P (12): two different things.
  const std::string ind = "Jumlah laporan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah";
  auto pk = make_table(TableKind::Capaian, "Tabel 3.3 Kontribusi Capaian Tahun 2025", kKontribusi,
                       {{{"Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", ind, "Laporan", "34", "12"},
                         RowType::Data, -1, "", RowLevel::Kegiatan}},
                       "Kontribusi");
  auto pkp = make_table(TableKind::Capaian, "Tabel 3.10 Kontribusi Capaian PK Perubahan Tahun 2025", kKontribusi,
                        {{{"Sub kegiatan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", ind, "Laporan", "12", "12"},
                          RowType::Data, -1, "", RowLevel::SubKegiatan}},
                        "Kontribusi 2");
  EXPECT_TRUE(run({pk, pkp}, {"xref.target_version"}).empty());
}

TEST(XrefTargetVersion, IndicatorWithoutAnIndikatorColumnOrOtherYearIsNotCompared) {
  // A kegiatan row whose name is its own indicator (no Indikator column): no indicator to
  // match. And a PK of 2024 is not the PK-P of 2025.
  const std::vector<Col> cols = {{ColumnRole::Uraian, "Kegiatan"}, {ColumnRole::Target, "Target"}};
  auto pk = make_table(TableKind::Pk, "Rencana Kinerja Tahun 2025", cols,
                       {{{kKegiatan, "43"}, RowType::Data, -1, "", RowLevel::Kegiatan}});
  auto pkp = make_table(TableKind::Pk, "Rencana Kinerja Perubahan Tahun 2025", cols,
                        {{{kKegiatan, "12"}, RowType::Data, -1, "", RowLevel::Kegiatan}});
  EXPECT_TRUE(run({pk, pkp}, {"xref.target_version"}).empty());
  auto a = make_table(TableKind::Capaian, "Kontribusi Tahun 2024", kKontribusi, {kegiatan("43")});
  auto b = make_table(TableKind::Capaian, "Kontribusi PK Perubahan Tahun 2025", kKontribusi, {kegiatan("12")});
  EXPECT_TRUE(run({a, b}, {"xref.target_version"}).empty());
}

TEST(XrefTargetVersion, AVersionThatDisagreesWithItselfIsLeftToXrefTarget) {
  // Two PK-P tables say 12 and 13: xref.target's conflict; which PK-P value changed from the
  // PK's 43 is unknown, so this rule says nothing.
  auto pk = make_table(TableKind::Capaian, "Kontribusi Tahun 2025", kKontribusi, {kegiatan("43")}, "A");
  auto p1 = make_table(TableKind::Capaian, "Kontribusi PK Perubahan Tahun 2025", kKontribusi, {kegiatan("12")}, "B");
  auto p2 = make_table(TableKind::Capaian, "Lampiran Kontribusi PK Perubahan Tahun 2025", kKontribusi, {kegiatan("13")}, "C");
  EXPECT_TRUE(run({pk, p1, p2}, {"xref.target_version"}).empty());
  EXPECT_FALSE(run({pk, p1, p2}, {"xref.target"}).empty());
}

TEST(XrefTargetVersion, SaysWhenTheSatuanDiffersToo) {
  // 001 K-14: Sub 'Sinergitas ...' 12 laporan (Tabel 3.6 L806) vs 100 % (Tabel 3.9 L922).
  const std::string sub = "Sub kegiatan Sinergitas dengan Kepolisian Negara Republik Indonesia";
  const std::string ind = "Jumlah Laporan Hasil Sinergitas dengan Kepolisian Negara Republik Indonesia";
  auto pk = make_table(TableKind::Capaian, "Kontribusi Tahun 2025", kKontribusi,
                       {{{sub, ind, "laporan", "12", "12"}, RowType::Data, -1, "", RowLevel::SubKegiatan}}, "A");
  auto pkp = make_table(TableKind::Capaian, "Kontribusi PK Perubahan Tahun 2025", kKontribusi,
                        {{{sub, ind, "%", "100", "100"}, RowType::Data, -1, "", RowLevel::SubKegiatan}}, "B");
  const auto f = run({pk, pkp}, {"xref.target_version"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].expected.number, Decimal::from_int(12));
  EXPECT_EQ(f[0].actual.number, Decimal::from_int(100));
  EXPECT_NE(f[0].message_id.find("satuannya pun berbeda (% / laporan)"), std::string::npos) << f[0].message_id;
  EXPECT_NE(f[0].message_en.find("the satuan differ too (% / laporan)"), std::string::npos) << f[0].message_en;
}

TEST(XrefTargetVersion, SelectedAndIgnoredLikeEveryRule) {
  const auto tables = k14("43", "12", "13", "12");
  EXPECT_EQ(with_rule(run(tables, {"xref"}), "xref.target_version").size(), 2u);
  // 'xref.target' is not a prefix of 'xref.target_version' at a '.' boundary
  EXPECT_TRUE(with_rule(run(tables, {"xref.target"}), "xref.target_version").empty());
  FileTables f;
  f.file = "test.xlsx";
  f.tables = &tables;
  RuleFilter ignore;
  ignore.ignore = {"xref.target_version"};
  EXPECT_TRUE(with_rule(run_rules({f}, Config::defaults(), ignore), "xref.target_version").empty());
}

TEST(XrefTargetVersion, ListedByTheRulesCommandInBothLanguages) {
  std::string id, en;
  ASSERT_EQ(sakip::test::run(sakipcheck_binary() + " rules", &id), 0);
  ASSERT_EQ(sakip::test::run(sakipcheck_binary() + " rules --lang en", &en), 0);
  const auto line = [](const std::string& all) {
    const size_t at = all.find("xref.target_version");
    return at == std::string::npos ? std::string() : all.substr(at, all.find('\n', at) - at);
  };
  EXPECT_NE(line(id).find("warning"), std::string::npos) << id;
  EXPECT_NE(line(id).find("PK Perubahan"), std::string::npos) << line(id);
  EXPECT_NE(line(en).find("needs an explanation"), std::string::npos) << line(en);
}

}  // namespace
}  // namespace sakip::test
