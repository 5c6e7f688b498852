// Tolerant name matching. The positive pairs are names the seed reports give to one indicator or
// sub kegiatan in different tables (seed-audit.md §3: G-12, K-10, V2-04, V2-05, V2-28); the
// negative pairs are different indicators/programs that share most of their words, which must
// never be taken for one another (a false match becomes a false error).
#include <gtest/gtest.h>

#include "rules/name_match.h"
#include "rules/names.h"

namespace sakip {
namespace {

bool match(const std::string& a, const std::string& b) {
  const auto s = compare_names(name_key(a), name_key(b));
  const auto r = compare_names(name_key(b), name_key(a));
  EXPECT_EQ(s.acceptable, r.acceptable) << a << " | " << b;
  return s.acceptable;
}

TEST(WordSimilarity, TyposTruncationsAndDifferentWords) {
  EXPECT_EQ(word_similarity("fasilitas", "fasilitas"), 1);
  EXPECT_GT(word_similarity("fasilitas", "fasilitasi"), 0);     // one letter
  EXPECT_GT(word_similarity("efektifitas", "efektivitas"), 0);  // f/v
  EXPECT_GT(word_similarity("kteriban", "ketertiban"), 0);      // two letters lost
  EXPECT_GT(word_similarity("falitasi", "fasilitas"), 0);       // 002 L349
  EXPECT_GT(word_similarity("pemerintah", "pemerintahan"), 0);  // cut short
  EXPECT_EQ(word_similarity("pemerintahan", "pemberdayaan"), 0);
  EXPECT_EQ(word_similarity("pendapatan", "pendidikan"), 0);
  EXPECT_EQ(word_similarity("pelayanan", "pelaksanaan"), 0);
  EXPECT_EQ(word_similarity("penduduk", "pendidik"), 0);
  EXPECT_EQ(word_similarity("baik", "rusak"), 0);
  EXPECT_EQ(word_similarity("2024", "2025"), 0);  // numbers agree exactly or not at all
  EXPECT_EQ(word_similarity("tahu", "tahun"), 0); // too short to be a truncation
}

TEST(CompareNames, SameIndicatorWrittenDifferently) {
  // G-12 / K-10: efisiensi table vs PK.
  EXPECT_TRUE(match("Indikator : Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan",
                    "Persentase Fasilitasi Kesejahteraan masyarakat yang dilaksanakan"));
  // V2-05: Tabel 4.1 (typos) and Lampiran Renstra (dropped word) vs PK 2023.
  EXPECT_TRUE(match("Prosentasi falitasi kesejahteraan masyarakat yang dilaksanakan",
                    "Persentase Fasilitas Peningkatan Kesejahteraan Masyarakat"));
  EXPECT_TRUE(match("Persentase fasilitas kesejahteraan masyarakat yang dilaksanakan",
                    "Persentase Fasilitas Peningkatan Kesejahteraan Masyarakat"));
  // V2-04: the acronym against the full name, from the initials.
  EXPECT_TRUE(match("IKM", "Indeks kepuasan masyarakat"));
  EXPECT_TRUE(match("Nilai IKM", "Nilai Indeks Kepuasan Masyarakat"));
  // V2-28: RKT vs Tabel 3.8 sub kegiatan names.
  EXPECT_TRUE(match("Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan",
                    "Sub Kegiatan : Peningkatan efektivitas Kegiatan Pemerintahan di Tingkat Kecamatan"));
  EXPECT_TRUE(match("Koordinasi /sinergi dengan perangkat daerah yang tugas dan fungsinya di bidang penegakan "
                    "Peraturan Perundang Undangan dan / atau Kepolisian Negara Republik Indonesia",
                    "Sub Kegiatan : koordinasi / sinergi dengan di bidang penegakan peraturan perundang – undangan "
                    "dan / atau kepolisian Negara Republik Indonesia"));
  // A word broken by a line-break hyphen (002 L346 'Berku- alitas').
  EXPECT_TRUE(match("Pelayanan Publik yang Merata dan Berku- alitas", "Pelayanan Publik yang Merata dan Berkualitas"));
}

TEST(CompareNames, DifferentThingsSharingWords) {
  EXPECT_FALSE(match("Persentase sarana prasarana kantor dalam kondisi baik",
                     "Persentase sarana prasarana kantor dalam kondisi rusak"));
  EXPECT_FALSE(match("Peningkatan efektivitas Kegiatan Pemerintahan di Tingkat Kecamatan",
                     "Peningkatan efektivitas kegiatan Pemberdayaan masyarakat di Wilayah Kecamatan"));  // 002 L782/L786
  EXPECT_FALSE(match("Jumlah dokumen perencanaan", "Jumlah dokumen evaluasi"));
  EXPECT_FALSE(match("Persentase realisasi anggaran", "Persentase realisasi fisik"));
  EXPECT_FALSE(match("Persentase realisasi anggaran", "Persentase realisasi anggaran belanja modal"));
  EXPECT_FALSE(match("Pemeliharaan Gedung Kantor Blok 1", "Pemeliharaan Gedung Kantor Blok 2"));
  EXPECT_FALSE(match("Pemeliharaan kendaraan dinas tahun 2024", "Pemeliharaan kendaraan dinas tahun 2025"));
  EXPECT_FALSE(match("Indeks Kepuasan PUBG", "Indeks Kepuasan Masyarakat"));  // 002 L312: garbled, not guessed
  EXPECT_FALSE(match("Indeks Pelayanan Publik", "Indeks Kepuasan Masyarakat"));
  EXPECT_FALSE(match("Nilai SAKIP", "Nilai SAKIP OPD"));  // one content word in common is not enough
  EXPECT_FALSE(match("Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
                     "Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan"));  // kegiatan vs its sub
  EXPECT_FALSE(match("IKM", "Indeks Kinerja Manajemen SDM"));  // initials run of the wrong length
}

std::vector<NameOccurrence> occ(std::initializer_list<std::pair<const char*, uint64_t>> l) {
  std::vector<NameOccurrence> out;
  for (const auto& [n, t] : l) out.push_back({name_key(n), t});
  return out;
}

TEST(ResolveNames, LinksVariantsAcrossTablesToTheLongestSpelling) {
  auto m = resolve_names(occ({{"Persentase Fasilitasi Kesejahteraan masyarakat yang dilaksanakan", 1},
                              {"Persentase Fasilitasi Kesejahteraan masyarakat yang dilaksanakan", 2},
                              {"Indikator : Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan", 3},
                              {"Indeks Kepuasan Masyarakat", 1},
                              {"IKM", 3}}));
  EXPECT_EQ(m[name_key("Persentase Fasilitas Kesejahteraan masyarakat yang dilaksanakan")],
            name_key("Persentase Fasilitasi Kesejahteraan masyarakat yang dilaksanakan"));
  EXPECT_EQ(m["ikm"], "indeks kepuasan masyarakat");
  EXPECT_EQ(m.size(), 2u);
}

TEST(ResolveNames, NamesInOneTableAreDifferentThings) {
  // Both spellings in table 1: two indicators, whatever they look like; table 2's name may
  // belong to either, so it matches neither.
  auto m = resolve_names(occ({{"Persentase Fasilitas Kesejahteraan Masyarakat", 1},
                              {"Persentase Fasilitasi Kesejahteraan Masyarakat", 1},
                              {"Persentase Fasilitas Kesejahteraan Masyarakat Desa", 2}}));
  EXPECT_TRUE(m.empty());
}

TEST(ResolveNames, AmbiguousCandidatesMatchNothing) {
  auto m = resolve_names(occ({{"Peningkatan efektivitas kegiatan pemerintahan kecamatan", 1},
                              {"Peningkatan efektivitas kegiatan pemerintahan kecamatan wilayah utara", 2},
                              {"Peningkatan efektivitas kegiatan pemerintahan kecamatan wilayah selatan", 2}}));
  EXPECT_TRUE(m.empty());
}

}  // namespace
}  // namespace sakip
