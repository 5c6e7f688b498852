#include "rules/rule.h"

#include <algorithm>

#include "rules/table_facts.h"

namespace sakip {

const std::vector<RuleInfo>& rule_registry() {
  static const std::vector<RuleInfo> rules = {
      {"sum.total", Severity::Error,
       "Baris Jumlah/Total/Sub Total sama dengan jumlah baris yang ditutupnya (per kolom angka).",
       "A Jumlah/Total/Sub Total row equals the sum of the rows it closes (per numeric column)."},
      {"sum.hierarchy", Severity::Error,
       "Baris induk sama dengan jumlah anaknya: Program = Σ Kegiatan = Σ Sub Kegiatan (menurut kode atau tingkat).",
       "A parent row equals the sum of its children: Program = Σ Kegiatan = Σ Sub Kegiatan (by code or level)."},
      {"sum.period", Severity::Error,
       "Nilai akhir periode (mis. Rp kondisi akhir Renstra/T-C.27) sama dengan jumlah nilai per tahun; kolom yang "
       "dinyatakan sebagai jumlah kolom lain (mis. 12 = 8+9+10+11) sesuai.",
       "The end-of-period value (e.g. the Renstra/T-C.27 kondisi akhir Rp) equals the sum of its yearly values; a "
       "column declared as a sum of others (e.g. 12 = 8+9+10+11) agrees."},
      {"sum.surplus", Severity::Error,
       "Anggaran (APBD/DPA/Penjabaran): SURPLUS / (DEFISIT) = PENDAPATAN − BELANJA (tanpa baris pendapatan: 0 − "
       "belanja) dan PEMBIAYAAN NETTO = PENERIMAAN − PENGELUARAN PEMBIAYAAN.",
       "Budget (APBD/DPA/Penjabaran): SURPLUS / (DEFISIT) = PENDAPATAN − BELANJA (no pendapatan row: 0 − belanja) "
       "and PEMBIAYAAN NETTO = financing receipts − financing payments."},
      {"pct.capaian", Severity::Error,
       "% capaian = realisasi / target × 100 (indikator negatif: rumus sesuai konfigurasi); target 0 tidak dapat "
       "dihitung.",
       "% capaian = realisasi / target × 100 (lower-is-better indicators: the configured formula); a target of 0 "
       "cannot be computed."},
      {"pct.serapan", Severity::Error, "% serapan = realisasi anggaran / anggaran × 100.",
       "% serapan (budget absorption) = realisasi / anggaran × 100."},
      {"pct.share", Severity::Error,
       "Persentase bagian atau perubahan (mis. Prosentase = Bertambah/Berkurang / Sebelum × 100) sesuai.",
       "A share or change percentage (e.g. Prosentase = Bertambah/Berkurang / Sebelum × 100) agrees."},
      {"shift.change", Severity::Error,
       "Bertambah/(berkurang) = sesudah perubahan − sebelum perubahan (atau rumus di baris penomoran kolom).",
       "Bertambah/(berkurang) = after change − before change (or the formula declared in the numbering row)."},
      {"shift.pergeseran", Severity::Error,
       "Pergeseran anggaran hanya memindahkan uang: selisihnya berjumlah nol dan totalnya tetap sama.",
       "A budget shift only moves money: its differences net to zero and its totals stay equal."},
      {"xref.target", Severity::Error,
       "Indikator dan tahun yang sama memiliki target yang sama di TC.25, Renstra, PK, tabel capaian dan efisiensi; "
       "'Target Akhir Renstra (tahun)' sama dengan Renstra yang berakhir tahun itu. Nama dicocokkan toleran (ejaan, "
       "kata yang hilang, singkatan seperti IKM).",
       "The same indicator and year has the same target in TC.25, Renstra, PK, capaian and efisiensi tables; a "
       "'Target Akhir Renstra (year)' equals the Renstra ending that year. Names match tolerantly (spelling, dropped "
       "words, acronyms such as IKM)."},
      {"xref.anggaran", Severity::Error,
       "Program/kegiatan yang sama memiliki anggaran yang sama di PK, DPA dan tabel realisasi (versi murni dan "
       "perubahan masing-masing), begitu pula Jumlah tabel-tabel yang memuat program yang sama.",
       "The same program/kegiatan has the same budget in PK, DPA and realisation tables (original and amended "
       "versions each), and so do the Jumlah rows of tables over the same programs."},
      {"xref.realisasi", Severity::Error,
       "Realisasi yang sama (program atau indikator, tahun yang sama) bernilai sama di mana pun disebut ulang, "
       "termasuk tabel kontribusi (per program) dan baris efisiensi yang anggarannya sama dengan satu program.",
       "The same realisasi (program, or indicator and year) has the same value wherever it is restated, including "
       "kontribusi tables (per program) and efisiensi rows whose budget is one program's."},
      {"xref.target_version", Severity::Warning,
       "Target indikator kegiatan/sub kegiatan yang sama (tahun yang sama) berbeda antara PK dan PK Perubahan "
       "(tabel kontribusi/capaian tiap versi): perubahan target kegiatan perlu dijelaskan. Target program dan "
       "sasaran tidak dibandingkan antarversi.",
       "The same kegiatan/sub kegiatan indicator (same year) has a different target in the PK and the PK "
       "Perubahan (each version's kontribusi/capaian tables): a changed kegiatan target needs an explanation. "
       "Program and sasaran targets are not compared across versions."},
      {"range.realisasi_anggaran", Severity::Warning, "Realisasi anggaran melebihi anggarannya.",
       "Budget realisation exceeds its budget."},
      {"range.negative_money", Severity::Warning,
       "Nilai uang negatif di kolom anggaran/realisasi (selain kolom bertambah/berkurang).",
       "Negative money in a budget/realisation column (other than bertambah/berkurang)."},
      {"range.serapan", Severity::Warning, "% serapan anggaran di atas batas (100 %).",
       "% serapan above the limit (100 %)."},
      {"range.capaian", Severity::Warning, "% capaian di luar rentang yang masuk akal (0–200 % secara bawaan).",
       "% capaian outside any plausible range (0–200 % by default)."},
      {"grade.scale", Severity::Warning,
       "Huruf predikat SAKIP (AA, A, BB, B, CC, C, D) sesuai dengan nilainya menurut skala PermenPANRB 88/2021.",
       "A SAKIP grade letter (AA, A, BB, B, CC, C, D) matches its score on the PermenPANRB 88/2021 scale."},
      {"grade.predikat", Severity::Warning,
       "Kriteria/predikat capaian sesuai dengan % capaian menurut skala yang dikonfigurasi (Permendagri 86/2017).",
       "A kriteria/predikat matches its % capaian on the configured scale (Permendagri 86/2017)."},
      {"format.number_as_text", Severity::Info, "Angka disimpan sebagai teks di spreadsheet.",
       "Numbers stored as text in the spreadsheet."},
      {"format.mixed_decimal", Severity::Warning, "Satu kolom mencampur desimal titik (98.28) dan koma (98,28).",
       "A column mixes '.' (98.28) and ',' (98,28) decimals."},
      {"format.ambiguous_separator", Severity::Warning,
       "Angka seperti 4.300 bisa berarti 4300 atau 4,3 dan kolomnya tidak memastikan.",
       "A number such as 4.300 could be 4300 or 4.3 and its column does not decide."},
      {"format.split_digits", Severity::Warning, "Digit angka terpisah spasi (3.297.504.5 48).",
       "Digits of a number split by a space (3.297.504.5 48)."},
      {"format.formula_label", Severity::Warning,
       "Rumus yang tertulis di baris penomoran kolom tidak cocok dengan isi kolom pada semua baris.",
       "The formula written in the column-numbering row does not match the column's values in any row."},
      {"read.*", Severity::Warning,
       "Bagian berkas yang tidak terbaca dengan baik (mis. read.csv.wrapped_record); sisanya tetap diperiksa.",
       "Part of a file that could not be read cleanly (e.g. read.csv.wrapped_record); the rest is still checked."},
  };
  return rules;
}

const RuleInfo* find_rule(std::string_view id) {
  for (const auto& r : rule_registry())
    if (r.id == id) return &r;
  if (id.substr(0, 5) == "read.") return find_rule("read.*");
  return nullptr;
}

bool RuleFilter::matches(std::string_view pattern, std::string_view id) {
  if (pattern.size() >= 2 && pattern.substr(pattern.size() - 2) == ".*") pattern.remove_suffix(2);
  if (pattern == "*" || pattern.empty()) return true;
  if (id == pattern) return true;
  return id.size() > pattern.size() && id.substr(0, pattern.size()) == pattern && id[pattern.size()] == '.';
}

bool RuleFilter::enabled(std::string_view id) const {
  if (!select.empty()) {
    bool any = false;
    for (const auto& p : select) any |= matches(p, id);
    if (!any) return false;
  }
  for (const auto& p : ignore)
    if (matches(p, id)) return false;
  return true;
}

Finding* Emitter::emit(std::string_view rule, Severity severity, const FileTables& file, int table_index,
                       CellRef cell) {
  if (!filter_.enabled(rule)) return nullptr;
  const Table& t = (*file.tables)[table_index];
  Finding f;
  f.rule = std::string(rule);
  f.severity = severity;
  f.file = file.file;
  f.file_index = file.file_index;
  f.sheet = t.sheet;
  f.sheet_index = t.sheet_index;
  f.table = t.title;
  f.table_index = table_index;
  f.cell = to_a1(cell);
  f.row = cell.row;
  f.col = cell.col;
  out_.push_back(std::move(f));
  return &out_.back();
}

Finding* Emitter::emit_file(std::string_view rule, Severity severity, const FileTables& file, std::string sheet,
                            std::string cell) {
  if (!filter_.enabled(rule)) return nullptr;
  Finding f;
  f.rule = std::string(rule);
  f.severity = severity;
  f.file = file.file;
  f.file_index = file.file_index;
  f.sheet = std::move(sheet);
  f.cell = std::move(cell);
  if (auto r = parse_a1(f.cell)) {
    f.row = r->row;
    f.col = r->col;
  } else if (auto rr = parse_range(f.cell)) {
    f.row = rr->first.row;
    f.col = rr->first.col;
  }
  f.sheet_index = 0;
  out_.push_back(std::move(f));
  return &out_.back();
}

std::string relative_ref(const std::string& from_file, const std::string& from_sheet, const std::string& to_file,
                         const std::string& to_sheet, CellRef cell) {
  if (from_file != to_file) return to_file + ":" + quote_sheet_name(to_sheet) + "!" + to_a1(cell);
  if (from_sheet != to_sheet) return quote_sheet_name(to_sheet) + "!" + to_a1(cell);
  return to_a1(cell);
}

std::string TableContext::ref(CellRef cell) const { return to_a1(cell); }

std::vector<Finding> run_rules(const std::vector<FileTables>& files, const Config& cfg, const RuleFilter& filter) {
  std::vector<Finding> out;
  Emitter em(filter, out);
  for (const auto& f : files) {
    if (!f.tables) continue;
    for (size_t i = 0; i < f.tables->size(); ++i) {
      const TableFacts facts((*f.tables)[i]);
      TableContext ctx{f, static_cast<int>(i), (*f.tables)[i], cfg, em, facts};
      check_sum_total(ctx);
      check_sum_hierarchy(ctx);
      check_sum_period(ctx);
      check_sum_surplus(ctx);
      check_pct_capaian(ctx);
      check_pct_serapan(ctx);
      check_pct_share(ctx);
      check_shift_change(ctx);
      check_shift_pergeseran(ctx);
      check_range(ctx);
      check_grade(ctx);
      check_format(ctx);
    }
  }
  check_xref(files, cfg, em);
  sort_findings(out);
  return out;
}

}  // namespace sakip
