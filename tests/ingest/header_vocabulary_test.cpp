// The header vocabulary: every header form and typo listed in seed-audit.md §5.2 / §5.7 and
// domain.md §1, with the role a reader of the document gives it.
#include "ingest/header_vocabulary.h"

#include <gtest/gtest.h>

#include "ingest/text_key.h"

namespace sakip {
namespace {

ColumnRole role_of(std::string_view text) { return classify_header_level(text).role; }
ColumnRole roles_of(std::vector<std::string> levels) { return classify_header(levels).role; }

TEST(TextKey, FoldsCaseWidthMarkupAndPunctuation) {
  EXPECT_EQ(text_key("  <b>Targ et</b> (Rp.)"), "targ et rp");
  EXPECT_EQ(text_key("% Capaian"), "% capaian");
  EXPECT_EQ(text_key("ＲＥＡＬＩＳＡＳＩ"), "realisasi");  // full-width letters (NFKC)
  EXPECT_EQ(text_key("Bertambah/ (Berkurang)"), "bertambah berkurang");
  EXPECT_EQ(text_key("**Jumlah**"), "jumlah");
  EXPECT_EQ(text_key("Tahun\u00a0ke-1"), "tahun ke 1");
}

TEST(HeaderVocabulary, PlainHeaders) {
  EXPECT_EQ(role_of("No"), ColumnRole::No);
  EXPECT_EQ(role_of("NO."), ColumnRole::No);
  EXPECT_EQ(role_of("No. Rekening"), ColumnRole::Kode);
  EXPECT_EQ(role_of("Kode Rekening"), ColumnRole::Kode);
  EXPECT_EQ(role_of("Uraian"), ColumnRole::Uraian);
  EXPECT_EQ(role_of("Program/ Kegiatan/ Sub Kegiatan"), ColumnRole::Uraian);
  EXPECT_EQ(role_of("PROGRAM/KEGIATAN/SUB KEGIATAN"), ColumnRole::Uraian);
  EXPECT_EQ(role_of("Nama Sub Kegiatan"), ColumnRole::Uraian);
  EXPECT_EQ(role_of("Tujuan"), ColumnRole::Tujuan);
  EXPECT_EQ(role_of("TUJUAN / SASARAN STRATEGIS"), ColumnRole::Sasaran);
  EXPECT_EQ(role_of("KINERJA UTAMA"), ColumnRole::Sasaran);
  EXPECT_EQ(role_of("Indikator Tujuan/Sasaran"), ColumnRole::Indikator);
  EXPECT_EQ(role_of("INDIKATOR KINERJA UTAMA"), ColumnRole::Indikator);
  EXPECT_EQ(role_of("Satuan"), ColumnRole::Satuan);
  EXPECT_EQ(role_of("Target"), ColumnRole::Target);
  EXPECT_EQ(role_of("Realisasi"), ColumnRole::Realisasi);
  EXPECT_EQ(role_of("% Capaian"), ColumnRole::Capaian);
  EXPECT_EQ(role_of("Anggaran (Rp)"), ColumnRole::Anggaran);
  EXPECT_EQ(role_of("PAGU"), ColumnRole::Anggaran);
  EXPECT_EQ(role_of("Realisasi (Rp)"), ColumnRole::RealisasiAnggaran);
  EXPECT_EQ(role_of("% Serapan Anggaran"), ColumnRole::Serapan);
  EXPECT_EQ(role_of("Sebelum Perubahan (Rp)"), ColumnRole::Sebelum);
  EXPECT_EQ(role_of("Sesudah Perubahan (Rp)"), ColumnRole::Sesudah);
  EXPECT_EQ(role_of("Setelah Perubahan"), ColumnRole::Sesudah);
  EXPECT_EQ(role_of("Anggaran Awal (Rp)"), ColumnRole::Sebelum);
  EXPECT_EQ(role_of("Murni"), ColumnRole::Sebelum);
  EXPECT_EQ(role_of("Anggaran Perubahan (Rp)"), ColumnRole::Sesudah);
  EXPECT_EQ(role_of("Perubahan"), ColumnRole::Sesudah);
  EXPECT_EQ(role_of("Bertambah/ Berkurang (Rp)"), ColumnRole::Selisih);
  EXPECT_EQ(role_of("Bertambah/(Berkurang)"), ColumnRole::Selisih);
  EXPECT_EQ(role_of("Angka"), ColumnRole::Selisih);
  EXPECT_EQ(role_of("Pergeseran anggaran (Rp)"), ColumnRole::Pergeseran);
  EXPECT_EQ(role_of("Sisa Anggaran"), ColumnRole::Sisa);
  EXPECT_EQ(role_of("Keterangan"), ColumnRole::Keterangan);
  EXPECT_EQ(role_of("KET. (+/-)"), ColumnRole::Keterangan);
  EXPECT_EQ(role_of("Kriteria (kode)"), ColumnRole::Kriteria);
  EXPECT_EQ(role_of("Kategori Efisiensi"), ColumnRole::Kriteria);
  EXPECT_EQ(role_of("Polarisasi"), ColumnRole::Polaritas);
  EXPECT_EQ(role_of("Kondisi Awal / Baseline - 2021"), ColumnRole::Baseline);
  EXPECT_EQ(role_of("Jumlah"), ColumnRole::Anggaran);
}

TEST(HeaderVocabulary, TyposFromTheSeeds) {
  EXPECT_EQ(role_of("Targ et"), ColumnRole::Target);             // 000 L1096
  EXPECT_EQ(role_of("Realis asi"), ColumnRole::Realisasi);       // 000 L1096
  EXPECT_EQ(roles_of({"REALISAS", "I 2023"}), ColumnRole::Realisasi);  // 002 L441-442
  EXPECT_EQ(classify_header({"REALISAS", "I 2023"}).year, 2023);
  EXPECT_EQ(roles_of({"CAPAIA", "N 2023"}), ColumnRole::Capaian);
  EXPECT_EQ(role_of("realiasi"), ColumnRole::Realisasi);          // 000 L682
  EXPECT_EQ(role_of("raelisasi"), ColumnRole::Realisasi);
  EXPECT_EQ(role_of("SASARN"), ColumnRole::Sasaran);              // 002 L835
  EXPECT_EQ(role_of("Sasam"), ColumnRole::Sasaran);
  EXPECT_EQ(role_of("Katagori"), ColumnRole::Kriteria);
  EXPECT_EQ(role_of("Prosentase"), ColumnRole::Unknown);  // a bare percentage: the table decides
  EXPECT_TRUE(classify_header_level("Prosentase").percent);
  EXPECT_TRUE(classify_header_level("Presentase").percent);
  EXPECT_TRUE(classify_header_level("BIDANG PENANGUNGJAWAB").recognised);  // 002 L377
  EXPECT_EQ(role_of("BIDANG PENANGUNGJAWAB"), ColumnRole::Unknown);
  EXPECT_EQ(role_of("Strategi mencapai Tujuan dan Sasam"), ColumnRole::Unknown);
}

TEST(HeaderVocabulary, YearsPeriodsQuartersEndOfPeriod) {
  HeaderMeaning m = classify_header({"Target Kinerja Sasaran pada Tahun", "2025"});
  EXPECT_EQ(m.role, ColumnRole::Target);
  EXPECT_EQ(m.year, 2025);
  m = classify_header({"Target Kinerja Tujuan/Sasaran Pada Tahun ke-", "1 (2022)"});
  EXPECT_EQ(m.role, ColumnRole::Target);
  EXPECT_EQ(m.period, 1);
  EXPECT_EQ(m.year, 2022);
  m = classify_header_level("Tahun ke-3");
  EXPECT_EQ(m.period, 3);
  m = classify_header({"Realisasi Kinerja pada Triwulan", "II"});
  EXPECT_EQ(m.role, ColumnRole::Realisasi);
  EXPECT_EQ(m.quarter, 2);
  m = classify_header_level("Realisasi TW IV");
  EXPECT_EQ(m.quarter, 4);
  m = classify_header_level("Target Akhir Renstra (2026)");
  EXPECT_EQ(m.role, ColumnRole::Target);
  EXPECT_TRUE(m.end_of_period);
  EXPECT_EQ(m.year, 2026);
  EXPECT_FALSE(classify_header_level("Realisasi s/d Tahun 2025 (Akhir Tahun Pelaksanaan Renja)").end_of_period);
  m = classify_header({"Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah", "Rp"});
  EXPECT_EQ(m.role, ColumnRole::Anggaran);
  EXPECT_TRUE(m.end_of_period);
  EXPECT_TRUE(m.is_money);
}

TEST(HeaderVocabulary, GroupsGiveContext) {
  // Efisiensi (000 G23): the budget half of the table says Target / realisasi / % too.
  EXPECT_EQ(roles_of({"Kinerja", "Target"}), ColumnRole::Target);
  EXPECT_EQ(roles_of({"Kinerja", "%"}), ColumnRole::Capaian);
  EXPECT_EQ(roles_of({"Anggaran Program Pendukung Sasaran", "Target"}), ColumnRole::Anggaran);
  EXPECT_EQ(roles_of({"Anggaran Program Pendukung Sasaran", "realisasi"}), ColumnRole::RealisasiAnggaran);
  EXPECT_EQ(roles_of({"Anggaran Program Pendukung Sasaran", "%"}), ColumnRole::Serapan);
  // Capaian tahun 2025 (000 G18).
  EXPECT_EQ(roles_of({"Capaian Tahun 2025", "Target"}), ColumnRole::Target);
  EXPECT_EQ(roles_of({"Capaian Tahun 2025", "%"}), ColumnRole::Capaian);
  EXPECT_EQ(classify_header({"Capaian Tahun 2025", "Realisasi"}).year, 2025);
  // T-C.27: Target / Rp per year.
  EXPECT_EQ(roles_of({"Target Kinerja Program dan Kerangka Pendanaan", "Tahun 2021", "Target"}), ColumnRole::Target);
  EXPECT_EQ(roles_of({"Target Kinerja Program dan Kerangka Pendanaan", "Tahun 2021", "Rp"}), ColumnRole::Anggaran);
  // DPPA: Sebelum / Sesudah groups over Jumlah.
  EXPECT_EQ(roles_of({"Sebelum Perubahan", "Jumlah"}), ColumnRole::Sebelum);
  EXPECT_EQ(roles_of({"Setelah Perubahan", "Jumlah (Rp)"}), ColumnRole::Sesudah);
  // Evaluasi Renja K / Rp pairs.
  EXPECT_EQ(roles_of({"Realisasi Kinerja pada Triwulan I", "K"}), ColumnRole::Realisasi);
  EXPECT_EQ(roles_of({"Realisasi Kinerja pada Triwulan I", "Rp"}), ColumnRole::RealisasiAnggaran);
  // Its column 15, '15 = 14 / 6 x 100' (Deli Serdang AF6 over K | Rp.): both halves are
  // percentages, the Rp half the share of the Renstra budget realised, not rupiah.
  const char* c15 = "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun 2030 (%)";
  EXPECT_EQ(roles_of({c15, "K"}), ColumnRole::Capaian);
  HeaderMeaning rp = classify_header({c15, "Rp."});
  EXPECT_EQ(rp.role, ColumnRole::Serapan);
  EXPECT_FALSE(rp.is_money);
  EXPECT_TRUE(rp.percent);
  // A money column under a plain capaian group keeps being money only when it is not just 'Rp'.
  EXPECT_EQ(roles_of({"Capaian Tahun 2025", "Anggaran"}), ColumnRole::Anggaran);
}

TEST(HeaderVocabulary, HintsFollowRoles) {
  EXPECT_EQ(hint_for(ColumnRole::Anggaran, true, false), ColumnHint::Money);
  EXPECT_EQ(hint_for(ColumnRole::Selisih, true, false), ColumnHint::Money);
  EXPECT_EQ(hint_for(ColumnRole::Capaian, false, true), ColumnHint::Percent);
  EXPECT_EQ(hint_for(ColumnRole::Kode, false, false), ColumnHint::Code);
  EXPECT_EQ(hint_for(ColumnRole::Target, false, false), ColumnHint::Unknown);
}

}  // namespace
}  // namespace sakip
