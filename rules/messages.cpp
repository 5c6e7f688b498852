#include "rules/messages.h"

namespace sakip {

void set_message(Finding& f, Message m) {
  f.message_id = std::move(m.id);
  f.message_en = std::move(m.en);
}

std::string num(const Decimal& d, Lang lang, int decimals) {
  return lang == Lang::Id ? format_id(d, decimals) : format_en(d, decimals);
}

std::string signed_num(const Decimal& d, Lang lang, int decimals) {
  std::string s = num(d, lang, decimals);
  if (!d.negative() && !d.is_zero()) s = "+" + s;
  return s;
}

namespace msg {
namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }
std::string I(const Decimal& d, int dec = -1) { return num(d, Lang::Id, dec); }
std::string E(const Decimal& d, int dec = -1) { return num(d, Lang::En, dec); }
std::string Is(const Decimal& d) { return signed_num(d, Lang::Id); }
std::string Es(const Decimal& d) { return signed_num(d, Lang::En); }

const char* pct_id(Pct k) {
  switch (k) {
    case Pct::Capaian: return "% capaian";
    case Pct::Serapan: return "% serapan anggaran";
    case Pct::Share: return "Persentase";
  }
  return "%";
}
const char* pct_en(Pct k) {
  switch (k) {
    case Pct::Capaian: return "% capaian (achievement)";
    case Pct::Serapan: return "% serapan (budget absorption)";
    case Pct::Share: return "The percentage";
  }
  return "%";
}

}  // namespace

Message sum_total(const std::string& total_label, const std::string& column, const Decimal& stated,
                  const Decimal& computed, size_t n_rows) {
  const Decimal diff = stated - computed;
  return {q(total_label) + " kolom " + q(column) + " tertulis " + I(stated) + ", padahal jumlah " +
              std::to_string(n_rows) + " baris yang dijumlahkannya " + I(computed) + "; selisih " + Is(diff) + ".",
          q(total_label) + " in column " + q(column) + " says " + E(stated) + ", but the " + std::to_string(n_rows) +
              " rows it totals add up to " + E(computed) + "; difference " + Es(diff) + "."};
}

Message sum_hierarchy(const std::string& parent, const std::string& column, const Decimal& stated,
                      const Decimal& computed, size_t n_children) {
  const Decimal diff = stated - computed;
  return {q(column) + " untuk " + q(parent) + " tertulis " + I(stated) + ", padahal jumlah " +
              std::to_string(n_children) + " rincian di bawahnya " + I(computed) + "; selisih " + Is(diff) + ".",
          q(column) + " of " + q(parent) + " says " + E(stated) + ", but its " + std::to_string(n_children) +
              " child rows add up to " + E(computed) + "; difference " + Es(diff) + "."};
}

Message sum_row(const std::string& row, const std::string& column, const Decimal& stated, const Decimal& computed,
                size_t n_columns) {
  const Decimal diff = stated - computed;
  return {q(column) + " untuk " + q(row) + " tertulis " + I(stated) + ", padahal jumlah " + std::to_string(n_columns) +
              " kolom rinciannya pada baris itu " + I(computed) + "; selisih " + Is(diff) + ".",
          q(column) + " of " + q(row) + " says " + E(stated) + ", but the row's " + std::to_string(n_columns) +
              " category columns add up to " + E(computed) + "; difference " + Es(diff) + "."};
}

Message sum_period(const std::string& row, const std::string& column, const Decimal& stated, const Decimal& computed,
                   size_t n_years) {
  const Decimal diff = stated - computed;
  return {q(column) + " untuk " + q(row) + " tertulis " + I(stated) + ", padahal jumlah " + std::to_string(n_years) +
              " tahunnya " + I(computed) + "; selisih " + Is(diff) + ".",
          q(column) + " of " + q(row) + " says " + E(stated) + ", but its " + std::to_string(n_years) +
              " yearly values add up to " + E(computed) + "; difference " + Es(diff) + "."};
}

Message sum_formula(const std::string& row, const std::string& column, const std::string& formula,
                    const Decimal& stated, const Decimal& computed) {
  const Decimal diff = stated - computed;
  return {q(column) + " untuk " + q(row) + " tertulis " + I(stated) + ", padahal menurut rumus kolom (" + formula +
              ") hasilnya " + I(computed) + "; selisih " + Is(diff) + ".",
          q(column) + " of " + q(row) + " says " + E(stated) + ", but the column's formula (" + formula +
              ") gives " + E(computed) + "; difference " + Es(diff) + "."};
}

Message ratio(Pct kind, const std::string& row, const std::string& formula_id, const std::string& formula_en,
              const Decimal& stated, const Decimal& expected) {
  const Decimal diff = stated - expected;
  return {std::string(pct_id(kind)) + " " + q(row) + " tertulis " + I(stated) + ", padahal " + formula_id + " = " +
              I(expected) + "; selisih " + Is(diff) + ".",
          std::string(pct_en(kind)) + " of " + q(row) + " says " + E(stated) + ", but " + formula_en + " = " +
              E(expected) + "; difference " + Es(diff) + "."};
}

Message ratio_zero(Pct kind, const std::string& row, const std::string& denominator_id,
                   const std::string& denominator_en, const std::string& stated_text) {
  return {std::string(pct_id(kind)) + " " + q(row) + " tidak dapat dihitung karena " + denominator_id +
              " bernilai 0 (tertulis " + q(stated_text) + "); tulis '-' atau 'N/A', bukan angka.",
          std::string(pct_en(kind)) + " of " + q(row) + " cannot be computed because the " + denominator_en +
              " is 0 (the cell says " + q(stated_text) + "); write '-' or 'N/A' rather than a number."};
}

Message negative_used_positive(const std::string& row, const std::string& formula_id, const std::string& formula_en,
                               const Decimal& stated, const Decimal& expected) {
  return {q(row) + " adalah indikator negatif (makin rendah makin baik): capaiannya " + formula_id + " = " +
              I(expected) + ", tetapi tertulis " + I(stated) + " yang dihitung dengan rumus indikator positif "
              "(realisasi / target × 100).",
          q(row) + " is a lower-is-better indicator: its capaian is " + formula_en + " = " + E(expected) +
              ", but the cell says " + E(stated) + ", computed with the higher-is-better formula "
              "(realisasi / target × 100)."};
}

Message formula_label(const std::string& column, const std::string& numbering, size_t rows) {
  return {"Rumus di baris penomoran kolom " + q(numbering) + " tidak cocok dengan isi kolom " + q(column) +
              " pada " + std::to_string(rows) + " baris; periksa rumus di judul kolomnya.",
          "The numbering-row formula " + q(numbering) + " does not match column " + q(column) + " in any of " +
              std::to_string(rows) + " rows; check the formula written in its header."};
}

Message shift_change(const std::string& row, const std::string& formula_id, const std::string& formula_en,
                     const Decimal& stated, const Decimal& expected) {
  const Decimal diff = stated - expected;
  return {"Bertambah/(berkurang) untuk " + q(row) + " tertulis " + I(stated) + ", padahal " + formula_id + " = " +
              I(expected) + "; selisih " + Is(diff) + ".",
          "Bertambah/(berkurang) (change) of " + q(row) + " says " + E(stated) + ", but " + formula_en + " = " +
              E(expected) + "; difference " + Es(diff) + "."};
}

Message shift_net(const std::string& column, const Decimal& net, size_t n_rows) {
  return {"Pergeseran anggaran seharusnya hanya memindahkan uang, tetapi kolom " + q(column) + " pada " +
              std::to_string(n_rows) + " baris teratas berjumlah " + I(net) + ", bukan 0.",
          "A budget shift should only move money, but column " + q(column) + " over the " + std::to_string(n_rows) +
              " top-level rows adds up to " + E(net) + ", not 0."};
}

Message shift_totals(const std::string& col_a, const Decimal& a, const std::string& col_b, const Decimal& b) {
  const Decimal diff = a - b;
  return {"Total " + q(col_a) + " (" + I(a) + ") seharusnya sama dengan total " + q(col_b) + " (" + I(b) +
              ") karena pergeseran hanya memindahkan anggaran; selisih " + Is(diff) + ".",
          "The total of " + q(col_a) + " (" + E(a) + ") should equal the total of " + q(col_b) + " (" + E(b) +
              ") since a shift only moves money; difference " + Es(diff) + "."};
}

Message xref(Xref kind, const std::string& name, int year, const std::string& stated, const std::string& other,
             const std::string& other_where, size_t agreeing) {
  std::string what_id, what_en;
  switch (kind) {
    case Xref::Target: what_id = "Target"; what_en = "The target"; break;
    case Xref::Anggaran: what_id = "Anggaran"; what_en = "The budget"; break;
    case Xref::Realisasi: what_id = "Realisasi"; what_en = "The realisasi"; break;
  }
  const std::string y_id = year ? " tahun " + std::to_string(year) : "";
  const std::string y_en = year ? " for " + std::to_string(year) : "";
  const std::string n = std::to_string(agreeing);
  return {what_id + " " + q(name) + y_id + " di sini " + stated + ", sedangkan di " + other_where + " " + other +
              (agreeing > 1 ? " (" + n + " tabel lain sepakat)" : "") + ".",
          what_en + " of " + q(name) + y_en + " is " + stated + " here, but " + other + " in " + other_where +
              (agreeing > 1 ? " (" + n + " other tables agree)" : "") + "."};
}

Message xref_matched_names(const std::string& here, const std::string& there, bool by_position) {
  if (by_position)
    return {" Nama " + q(here) + " dicocokkan dengan " + q(there) +
                " karena berada di baris yang sama pada daftar yang selebihnya identik.",
            " The name " + q(here) + " was matched with " + q(there) +
                " because it stands at the same row of an otherwise identical list."};
  return {" Nama " + q(here) + " dicocokkan dengan " + q(there) + " (ejaan/kata berbeda).",
          " The name " + q(here) + " was matched with " + q(there) + " (spelling/wording differs)."};
}

Message xref_matched_plan_position(const std::string& here, const std::string& there) {
  return {" Nama " + q(here) + " dicocokkan dengan " + q(there) +
              " karena keduanya berada di baris yang sama pada daftar indikator dua tabel rencana periode yang sama "
              "dan target tahun-tahun lainnya sama.",
          " The name " + q(here) + " was matched with " + q(there) +
              " because both stand at the same row of the indicator lists of two plan tables of the same period and "
              "their targets for the other years are equal."};
}

Message xref_linked_by_amount(const std::string& row, const std::string& program, const Decimal& amount) {
  return {" Baris efisiensi " + q(row) + " dikaitkan dengan program " + q(program) + " karena anggarannya sama (" +
              I(amount) + ") dan tidak sama dengan program lain.",
          " The efisiensi row " + q(row) + " was tied to the program " + q(program) + " because its budget is the same (" +
              E(amount) + ") and no other program's is."};
}

Message xref_target_version(const std::string& indicator, const std::string& context, int year,
                            const std::string& stated, const std::string& original, const std::string& original_where,
                            const std::string& units) {
  const std::string y = std::to_string(year);
  return {"Target " + q(indicator) + " (" + context + ") tahun " + y + " di PK Perubahan ini " + stated +
              ", sedangkan di PK " + original_where + " " + original +
              (units.empty() ? "" : "; satuannya pun berbeda (" + units + ")") +
              ". Target kegiatan/sub kegiatan yang berubah antarversi PK perlu penjelasan; periksa mana yang benar.",
          "The target of " + q(indicator) + " (" + context + ") for " + y + " is " + stated +
              " in this PK Perubahan, but " + original + " in the PK " + original_where +
              (units.empty() ? "" : "; the satuan differ too (" + units + ")") +
              ". A kegiatan/sub kegiatan target that changes between PK versions needs an explanation; check which "
              "is right."};
}

Message realisasi_over(const std::string& row, const Decimal& realisasi, const Decimal& anggaran) {
  return {"Realisasi " + q(row) + " (" + I(realisasi) + ") melebihi anggarannya (" + I(anggaran) + "); kelebihan " +
              I(realisasi - anggaran) + ".",
          "The realisasi of " + q(row) + " (" + E(realisasi) + ") exceeds its budget (" + E(anggaran) + ") by " +
              E(realisasi - anggaran) + "."};
}

Message negative_money(const std::string& row, const std::string& column, const Decimal& v) {
  return {q(column) + " untuk " + q(row) + " bernilai negatif (" + I(v) + "); anggaran dan realisasi tidak bisa "
              "di bawah nol.",
          q(column) + " of " + q(row) + " is negative (" + E(v) + "); a budget or realisation cannot be below zero."};
}

Message serapan_over(const std::string& row, const Decimal& v, const Decimal& max) {
  return {"% serapan " + q(row) + " tertulis " + I(v) + ", di atas " + I(max) + " %; realisasi melebihi anggaran?",
          "% serapan of " + q(row) + " says " + E(v) + ", above " + E(max) + " %; did spending exceed the budget?"};
}

Message capaian_outside(const std::string& row, const Decimal& v, const Decimal& min, const Decimal& max) {
  return {"% capaian " + q(row) + " tertulis " + I(v) + ", di luar rentang wajar " + I(min) + "–" + I(max) +
              " %; periksa target dan realisasinya.",
          "% capaian of " + q(row) + " says " + E(v) + ", outside the plausible range " + E(min) + "–" + E(max) +
              " %; check its target and realisasi."};
}

Message grade_scale(const std::string& stated_letter, const Decimal& score, const std::string& expected_letter) {
  return {"Predikat " + q(stated_letter) + " tidak sesuai nilai " + I(score) + ": menurut skala SAKIP nilai itu " +
              "berpredikat " + q(expected_letter) + ".",
          "Grade " + q(stated_letter) + " does not match its score " + E(score) + ": on the SAKIP scale that score is " +
              q(expected_letter) + "."};
}

Message grade_predikat(const std::string& row, const std::string& stated, const Decimal& capaian,
                       const std::string& expected) {
  return {"Kriteria " + q(row) + " tertulis " + q(stated) + ", padahal capaian " + I(capaian) +
              " % termasuk " + q(expected) + " menurut skala penilaian.",
          "The kriteria of " + q(row) + " says " + q(stated) + ", but a capaian of " + E(capaian) +
              " % is " + q(expected) + " on the rating scale."};
}

Message number_as_text(const std::string& column, size_t count) {
  return {std::to_string(count) + " angka di kolom " + q(column) +
              " disimpan sebagai teks; Excel tidak ikut menjumlahkannya.",
          std::to_string(count) + " numbers in column " + q(column) +
              " are stored as text; Excel formulas skip them."};
}

Message mixed_decimal(const std::string& column, const std::string& example_dot, const std::string& example_comma) {
  return {"Kolom " + q(column) + " mencampur desimal titik (" + q(example_dot) + ") dan koma (" + q(example_comma) +
              "); samakan penulisannya.",
          "Column " + q(column) + " mixes '.' decimals (" + q(example_dot) + ") and ',' decimals (" +
              q(example_comma) + "); write them one way."};
}

Message ambiguous_separator(const std::string& text) {
  return {"Angka " + q(text) + " bisa berarti ribuan atau desimal (mis. 4.300 = 4300 atau 4,3); tulis dengan jelas.",
          "The number " + q(text) + " could be thousands or a decimal (e.g. 4.300 = 4300 or 4.3); write it "
              "unambiguously."};
}

Message split_digits(const std::string& text, const Decimal& read_as) {
  return {"Digit angka " + q(text) + " terpisah spasi; dibaca sebagai " + I(read_as) + ".",
          "The digits of " + q(text) + " are split by a space; read as " + E(read_as) + "."};
}

Message read_diagnostic(const std::string& code, const std::string& detail) {
  const std::string d = detail.empty() ? "" : " (" + detail + ")";
  return {"Sebagian berkas tidak terbaca dengan baik: " + code + d + "; sisanya tetap diperiksa.",
          "Part of the file could not be read cleanly: " + code + d + "; the rest is still checked."};
}

}  // namespace msg
}  // namespace sakip
