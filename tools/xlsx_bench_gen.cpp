// Generates a DPA-like workbook for the xlsx reader benchmark (tools/bench_xlsx.sh): one sheet,
// a header and N rows of Kode Rekening, Uraian, Sumber Dana, Anggaran Murni, Anggaran
// Perubahan, Bertambah/(Berkurang), Realisasi, % Serapan. Strings go through the shared-string
// table (constant_memory off), as Excel and LibreOffice store them; amounts are whole rupiah
// or with cents, Bertambah is a formula with its cached value. Not committed: written to the
// path given. Usage: xlsx_bench_gen OUT.xlsx [ROWS=200000] [ascii|utf8-strings|utf8-late]
//   utf8-strings: every Kode (a middle dot) and Uraian (an en dash) is non-ASCII: UTF-8 in the
//   shared strings only, the sheet stays ASCII;
//   utf8-late: one cached formula text with an accented letter three rows from the end of the
//   sheet itself (the worksheet scanner declines there and the reader reads the part again).
#include <xlsxwriter.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: xlsx_bench_gen OUT.xlsx [ROWS] [ascii|utf8-strings|utf8-late]\n");
    return 64;
  }
  const long rows = argc > 2 ? std::atol(argv[2]) : 200000;
  const std::string_view mode = argc > 3 ? argv[3] : "ascii";
  if (mode != "ascii" && mode != "utf8-strings" && mode != "utf8-late") {
    std::fprintf(stderr, "xlsx_bench_gen: unknown mode %s\n", argv[3]);
    return 64;
  }
  lxw_workbook_options opt = {};
  opt.constant_memory = LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(argv[1], &opt);
  if (!wb) return 1;
  lxw_worksheet* ws = workbook_add_worksheet(wb, "DPA");
  lxw_format* money = workbook_add_format(wb);
  format_set_num_format(money, "#,##0.00");
  lxw_format* pct = workbook_add_format(wb);
  format_set_num_format(pct, "0.00%");
  const char* header[] = {"Kode Rekening", "Uraian", "Sumber Dana", "Anggaran Murni",
                          "Anggaran Perubahan", "Bertambah/(Berkurang)", "Realisasi", "% Serapan"};
  for (int c = 0; c < 8; ++c) worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), header[c], nullptr);
  const char* items[] = {"Belanja Gaji dan Tunjangan ASN", "Belanja Alat Tulis Kantor", "Belanja Bahan Cetak",
                         "Belanja Makanan dan Minuman Rapat", "Belanja Perjalanan Dinas Dalam Daerah",
                         "Belanja Jasa Tenaga Ahli", "Belanja Pemeliharaan Gedung Kantor",
                         "Belanja Modal Peralatan Komputer", "Belanja Honorarium Narasumber",
                         "Belanja Sewa Gedung Pertemuan", "Belanja Listrik", "Belanja Air",
                         "Belanja Telepon dan Internet", "Belanja Bahan Bakar Minyak",
                         "Belanja Modal Kendaraan Dinas", "Belanja Hibah Uang kepada Badan"};
  const char* funds[] = {"PAD", "DAU", "DAK Fisik", "DAK Non Fisik", "DBH", "BLUD"};
  uint64_t seed = 20240315;
  auto rnd = [&]() {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return seed >> 33;
  };
  char code[64], text[160], formula[64];
  for (long r = 1; r <= rows; ++r) {
    const auto row = static_cast<lxw_row_t>(r);
    std::snprintf(code, sizeof code, mode == "utf8-strings" ? "5\xC2\xB7%lu.%02lu.%02lu.%02lu.%04ld" : "5.%lu.%02lu.%02lu.%02lu.%04ld",
                  1 + rnd() % 2, 1 + rnd() % 5,
                  1 + rnd() % 30, 1 + rnd() % 20, r % 10000);
    std::snprintf(text, sizeof text, mode == "utf8-strings" ? "%s \xE2\x80\x93 %s" : "%s %s", items[rnd() % 16],
                  (r % 7 == 0) ? "(Perubahan)" : "");
    const double murni = static_cast<double>(rnd() % 5000000) * 1000.0;
    const double perubahan = murni + static_cast<double>(static_cast<long>(rnd() % 400000) - 200000) * 1000.0 +
                             ((r % 3 == 0) ? 0.5 : 0.0);
    const double realisasi = perubahan * static_cast<double>(rnd() % 1000) / 1000.0;
    worksheet_write_string(ws, row, 0, code, nullptr);
    worksheet_write_string(ws, row, 1, text, nullptr);
    worksheet_write_string(ws, row, 2, funds[rnd() % 6], nullptr);
    worksheet_write_number(ws, row, 3, murni, money);
    worksheet_write_number(ws, row, 4, perubahan, money);
    std::snprintf(formula, sizeof formula, "=E%ld-D%ld", r + 1, r + 1);
    worksheet_write_formula_num(ws, row, 5, formula, money, perubahan - murni);
    worksheet_write_number(ws, row, 6, realisasi, money);
    worksheet_write_number(ws, row, 7, perubahan != 0 ? realisasi / perubahan : 0, pct);
    if (mode == "utf8-late" && r == rows - 3) worksheet_write_formula_str(ws, row, 8, "=\"Kafe\"", nullptr, "Caf\xC3\xA9");
  }
  return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
