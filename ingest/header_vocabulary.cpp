#include "ingest/header_vocabulary.h"

#include <array>
#include <cctype>
#include <charconv>

#include "ingest/text_key.h"

namespace sakip {

namespace {

// Typo forms seen in real documents that edit distance 1 does not reach.
struct Typo {
  std::string_view seen, meant;
};
constexpr std::array kTypos = {
    Typo{"sasam", "sasaran"},     Typo{"sasarn", "sasaran"},      Typo{"trgt", "target"},
    Typo{"prosentase", "persen"}, Typo{"presentase", "persen"},   Typo{"persentase", "persen"},
    Typo{"prosentasi", "persen"}, Typo{"persentasi", "persen"},   Typo{"prosen", "persen"},
    Typo{"ket", "keterangan"},    Typo{"ketr", "keterangan"},     Typo{"th", "tahun"},
    Typo{"thn", "tahun"},         Typo{"tw", "triwulan"},         Typo{"trw", "triwulan"},
    Typo{"triwulan", "triwulan"}, Typo{"setelah", "sesudah"},     Typo{"semula", "sebelum"},
    Typo{"menjadi", "sesudah"},   Typo{"murni", "sebelum"},       Typo{"rek", "rekening"},
    Typo{"nmr", "no"},            Typo{"nomor", "no"},            Typo{"nomer", "no"},
    Typo{"katagori", "kategori"}, Typo{"pagu", "anggaran"},       Typo{"polarisasi", "polaritas"},
    Typo{"realiasi", "realisasi"}, Typo{"raelisasi", "realisasi"}, Typo{"realisas", "realisasi"},
};

class Key {
 public:
  explicit Key(std::string_view text) : key_(text_key(text)), sq_(squashed(key_)) {
    for (auto w : key_words(key_)) {
      std::string word(w);
      for (const Typo& t : kTypos)
        if (word == t.seen) word = std::string(t.meant);
      words_.push_back(std::move(word));
    }
  }
  const std::string& key() const { return key_; }
  const std::vector<std::string>& words() const { return words_; }
  bool empty() const { return words_.empty(); }

  // A word of the vocabulary: exact, a listed typo, edit distance 1 for long words, or (for
  // long words) inside the squashed key, which joins words split by extraction ("Targ et").
  bool has(std::string_view w) const {
    for (const std::string& x : words_) {
      if (x == w) return true;
      if (w.size() >= 6 && x.size() >= 5 && edit_distance(x, w, 1) <= 1) return true;
    }
    return w.size() >= 6 && sq_.find(w) != std::string::npos;
  }
  bool has_any(std::initializer_list<std::string_view> ws) const {
    for (auto w : ws)
      if (has(w)) return true;
    return false;
  }
  bool exact_any(std::initializer_list<std::string_view> ws) const {
    for (const std::string& x : words_)
      for (auto w : ws)
        if (x == w) return true;
    return false;
  }
  bool only(std::initializer_list<std::string_view> ws) const {
    if (words_.empty()) return false;
    for (const std::string& x : words_) {
      bool ok = false;
      for (auto w : ws) ok = ok || x == w;
      if (!ok) return false;
    }
    return true;
  }
  size_t size() const { return words_.size(); }

 private:
  std::string key_, sq_;
  std::vector<std::string> words_;
};

bool all_digits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

int to_int(std::string_view w) {
  int v = 0;
  std::from_chars(w.data(), w.data() + w.size(), v);
  return v;
}

int roman(std::string_view w) {
  if (w == "i") return 1;
  if (w == "ii") return 2;
  if (w == "iii") return 3;
  if (w == "iv") return 4;
  return 0;
}

bool money_word(const Key& k) {
  return k.has_any({"rp", "rupiah", "anggaran", "dana", "pendanaan", "biaya", "belanja", "keuangan"});
}

}  // namespace

HeaderMeaning classify_header_level(std::string_view text) {
  HeaderMeaning m;
  Key k(text);
  if (k.empty()) return m;
  const auto& w = k.words();

  // Years, "tahun ke-n", quarters.
  for (size_t i = 0; i < w.size(); ++i) {
    if (all_digits(w[i]) && w[i].size() == 4) {
      int y = to_int(w[i]);
      if (y >= 1990 && y <= 2100) m.year = y;
    }
    if ((w[i] == "ke" || w[i] == "tahun") && i + 1 < w.size() && all_digits(w[i + 1]) && w[i + 1].size() <= 2)
      m.period = to_int(w[i + 1]);
    if (w[i] == "triwulan" && i + 1 < w.size()) {
      if (int r = roman(w[i + 1])) m.quarter = r;
      else if (all_digits(w[i + 1]) && to_int(w[i + 1]) >= 1 && to_int(w[i + 1]) <= 4) m.quarter = to_int(w[i + 1]);
    }
  }
  // "1 (2022)" under "Tahun ke-": the period number and its year.
  if (w.size() == 2 && all_digits(w[0]) && w[0].size() <= 2 && m.year) m.period = to_int(w[0]);
  if (w.size() == 1 && roman(w[0])) m.quarter = roman(w[0]);  // "I" under "Triwulan" (checked by the caller)
  // "Target Akhir Renstra", "Kondisi Kinerja pada Akhir Periode", "Akhir Periode Renstra",
  // "Target Jangka Menengah" (not "Akhir Tahun Pelaksanaan Renja").
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i] == "akhir" && ((i + 1 < w.size() && (w[i + 1] == "periode" || w[i + 1] == "renstra")) ||
                            (i > 0 && (w[i - 1] == "kondisi" || w[i - 1] == "target"))))
      m.end_of_period = true;
    if (w[i] == "jangka" && i + 1 < w.size() && w[i + 1] == "menengah") m.end_of_period = true;
  }

  const bool money = money_word(k);
  m.is_money = money;
  auto set = [&](ColumnRole r) {
    m.role = r;
    m.recognised = true;
  };

  // Most specific first.
  if (k.has_any({"kriteria", "predikat", "kategori", "interpretasi", "efisiensi"})) {
    set(ColumnRole::Kriteria);
  } else if (k.exact_any({"benchmark", "strategi", "kebijakan", "formulasi", "definisi", "misi", "visi"})) {
    // Columns the rules do not read, but that mark a header row.
    m.recognised = true;
  } else if (k.has("rekening") || k.has("kode")) {
    set(ColumnRole::Kode);
  } else if (k.only({"no", "no.", "nomor", "urut"}) || (k.size() <= 2 && w[0] == "no")) {
    set(ColumnRole::No);
  } else if (k.has_any({"keterangan", "catatan"})) {
    set(ColumnRole::Keterangan);
  } else if (k.has("satuan")) {
    set(ColumnRole::Satuan);
  } else if (k.has_any({"bertambah", "berkurang", "selisih", "kenaikan"}) || k.only({"angka"})) {
    set(ColumnRole::Selisih);
    m.is_money = true;
  } else if (k.has("pergeseran")) {
    set(ColumnRole::Pergeseran);
    m.is_money = true;
  } else if (k.has("sisa")) {
    set(ColumnRole::Sisa);
    m.is_money = true;
  } else if (k.has_any({"baseline"}) || (k.has("kondisi") && k.has("awal")) ||
             (k.has("tahun") && k.has("awal") && !money)) {
    set(ColumnRole::Baseline);
  } else if (k.has("sebelum") || (k.has("awal") && money) || k.only({"apbd"})) {
    set(ColumnRole::Sebelum);
    m.is_money = true;
  } else if (k.has("sesudah") || (k.has("perubahan") && money) || k.only({"perubahan"}) ||
             (k.has("apbd") && k.has("p") && k.size() <= 3)) {
    set(ColumnRole::Sesudah);
    m.is_money = true;
  } else if (k.has_any({"serapan", "penyerapan"})) {
    set(ColumnRole::Serapan);
    m.percent = true;
  } else if (k.has("tingkat") && k.has("capaian")) {
    set(ColumnRole::Capaian);
    m.percent = true;
  } else if (k.has("realisasi") && money && !k.has("kinerja")) {
    set(ColumnRole::RealisasiAnggaran);
    m.is_money = true;
  } else if (k.has("realisasi")) {
    set(ColumnRole::Realisasi);
  } else if (k.has("capaian")) {
    set(ColumnRole::Capaian);
    m.percent = k.has("%");
  } else if (k.has("target")) {
    set(ColumnRole::Target);
  } else if (k.has_any({"sumber", "lokasi", "penanggung", "penanggungjawab", "bobot", "nasional", "regional"})) {
    m.recognised = true;
  } else if (k.has_any({"anggaran", "pagu", "rp", "rupiah", "pendanaan"}) && !k.has("indikator")) {
    set(ColumnRole::Anggaran);
    m.is_money = true;
  } else if (k.has_any({"indikator", "iku", "tolok"})) {
    set(ColumnRole::Indikator);
  } else if (k.has("sasaran") || (k.has("kinerja") && k.has("utama"))) {
    set(ColumnRole::Sasaran);
  } else if (k.has("tujuan")) {
    set(ColumnRole::Tujuan);
  } else if (k.has_any({"uraian", "program", "kegiatan", "subkegiatan", "rincian"})) {
    set(ColumnRole::Uraian);
  } else if (k.has_any({"polaritas", "tren"}) && !k.has("realisasi")) {
    set(ColumnRole::Polaritas);
  } else if (money || k.only({"jumlah"}) || (k.has("jumlah") && k.has("rp"))) {
    set(ColumnRole::Anggaran);
    m.is_money = true;
  } else if (k.only({"%"}) || k.has("persen")) {
    m.percent = true;
    m.recognised = true;
  } else if (k.only({"k"}) || k.only({"kinerja"}) || k.only({"volume"}) || k.only({"vol"})) {
    m.kinerja = true;
    m.recognised = true;
  } else if (m.year || m.period || m.quarter) {
    m.recognised = true;
  } else if (k.has_any({"jabatan", "kebutuhan", "bezetting", "kondisi", "sarana", "prasarana", "pangkat",
                        "golongan", "pendidikan", "nama", "rekomendasi", "tindak", "interval", "nilai", "ideal",
                        "rpjmd", "renstra", "hal", "jenis", "volume", "harga", "koefisien"})) {
    m.recognised = true;  // a header word of a table the rules do not check (SDM, sarpras, ...)
  }
  if (k.has("%") && m.role != ColumnRole::Unknown) m.percent = true;
  return m;
}

HeaderMeaning classify_header(const std::vector<std::string>& levels) {
  std::vector<HeaderMeaning> ms;
  std::vector<bool> kinerja_group, quarter_group;
  for (const std::string& l : levels) {
    ms.push_back(classify_header_level(l));
    Key k(l);
    kinerja_group.push_back(k.has("kinerja") && !money_word(k));
    quarter_group.push_back(k.has("triwulan"));
  }
  HeaderMeaning out;
  if (ms.empty()) return out;
  // Context from every level; the leaf-most wins for numbers.
  bool any_quarter_group = false;
  for (size_t i = 0; i < ms.size(); ++i) {
    const HeaderMeaning& m = ms[i];
    out.recognised = out.recognised || m.recognised;
    if (m.year) out.year = m.year;
    if (m.period) out.period = m.period;
    if (m.end_of_period) out.end_of_period = true;
    if (quarter_group[i]) any_quarter_group = true;
    if (m.quarter && (quarter_group[i] || any_quarter_group || levels[i].size() > 3)) out.quarter = m.quarter;
  }
  // The leaf-most level with a role, and the nearest group role above it.
  int leaf = -1;
  for (int i = static_cast<int>(ms.size()) - 1; i >= 0; --i)
    if (ms[i].role != ColumnRole::Unknown) {
      leaf = i;
      break;
    }
  const HeaderMeaning& last = ms.back();
  auto group_role = [&](int below) {
    for (int i = below - 1; i >= 0; --i)
      if (ms[i].role != ColumnRole::Unknown) return ms[i].role;
    return ColumnRole::Unknown;
  };
  auto group_kinerja = [&](int below) {
    for (int i = below - 1; i >= 0; --i)
      if (kinerja_group[i]) return true;
    return false;
  };
  const int n = static_cast<int>(ms.size());
  ColumnRole role = leaf >= 0 ? ms[leaf].role : ColumnRole::Unknown;
  bool money = leaf >= 0 && ms[leaf].is_money;
  bool percent = last.percent;
  if (leaf == n - 1) {
    ColumnRole g = group_role(leaf);
    // "TUJUAN PD / Uraian", "SASARAN PD / Uraian" (002 RKT): the name of the group's level.
    if (role == ColumnRole::Uraian && (g == ColumnRole::Tujuan || g == ColumnRole::Sasaran)) role = g;
    // A Target / Realisasi / % inside a budget group ("Anggaran Program Pendukung / Target").
    if (g == ColumnRole::Anggaran || g == ColumnRole::RealisasiAnggaran) {
      if (role == ColumnRole::Target) role = ColumnRole::Anggaran, money = true;
      else if (role == ColumnRole::Realisasi) role = ColumnRole::RealisasiAnggaran, money = true;
      else if (role == ColumnRole::Capaian) role = ColumnRole::Serapan;
    }
    // Rp under a percentage group ("Tingkat Capaian Kinerja dan Realisasi Anggaran ... (%)" over
    // K | Rp, the evaluasi Renja form's '15 = 14 / 6 x 100'): the Rp half is the share of the
    // budget realised, a percentage, not rupiah.
    if (role == ColumnRole::Anggaran && (g == ColumnRole::Capaian || g == ColumnRole::Serapan) &&
        (Key(levels.back()).only({"rp"}) || Key(levels.back()).only({"rupiah"}))) {
      role = ColumnRole::Serapan;
      money = false;
    }
    // Rp / Jumlah under a group: the group says whose money it is.
    if (role == ColumnRole::Anggaran && g != ColumnRole::Unknown) {
      if (g == ColumnRole::Realisasi || g == ColumnRole::RealisasiAnggaran) role = ColumnRole::RealisasiAnggaran;
      else if (g == ColumnRole::Sebelum || g == ColumnRole::Sesudah || g == ColumnRole::Pergeseran ||
               g == ColumnRole::Selisih || g == ColumnRole::Sisa)
        role = g;
      money = true;
    }
  } else {
    // The leaf has no role of its own: "%", "K", a year, a quarter numeral.
    ColumnRole g = role;
    if (last.percent) {
      if (g == ColumnRole::Anggaran || g == ColumnRole::RealisasiAnggaran || g == ColumnRole::Serapan)
        role = ColumnRole::Serapan;
      else if (g == ColumnRole::Sebelum || g == ColumnRole::Sesudah || g == ColumnRole::Selisih)
        role = ColumnRole::SelisihPersen;
      else if (g != ColumnRole::Unknown || group_kinerja(n - 1))
        role = ColumnRole::Capaian;
      else
        role = ColumnRole::Unknown;
      money = false;
    } else if (last.kinerja) {
      if (g == ColumnRole::Anggaran) role = ColumnRole::Target;
      if (g == ColumnRole::RealisasiAnggaran) role = ColumnRole::Realisasi;
      money = false;
    }
    // A year or quarter below a group keeps the group's role.
  }
  if (role == ColumnRole::Unknown && last.percent) percent = true;
  if (role == ColumnRole::Capaian || role == ColumnRole::Serapan || role == ColumnRole::SelisihPersen) {
    percent = true;
    money = false;
  }
  out.role = role;
  out.is_money = money;
  out.percent = percent;
  out.kinerja = last.kinerja;
  return out;
}

ColumnHint hint_for(ColumnRole role, bool is_money, bool percent) {
  if (is_money_role(role)) return ColumnHint::Money;
  switch (role) {
    case ColumnRole::Capaian:
    case ColumnRole::Serapan:
    case ColumnRole::SelisihPersen:
      return ColumnHint::Percent;
    case ColumnRole::Kode:
    case ColumnRole::No:
      return ColumnHint::Code;
    default:
      break;
  }
  if (is_money) return ColumnHint::Money;
  if (percent) return ColumnHint::Percent;
  return ColumnHint::Unknown;
}

}  // namespace sakip
