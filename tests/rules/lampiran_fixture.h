// Writes small workbooks for the end-to-end tests of `sakipcheck check` with libxlsxwriter:
// a budget-realisation table with the seed-000 G-01 error (87,72 % stated where
// 21.838.500 / 22.740.870 = 96,03 %), and the same table without it.
#pragma once
#include <xlsxwriter.h>

#include <string>

namespace sakip::test {

inline void write_realisasi_xlsx(const std::string& path, bool with_error) {
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Tabel 3.10");
  lxw_format* money = workbook_add_format(wb);
  format_set_num_format(money, "#,##0");
  lxw_format* pct = workbook_add_format(wb);
  format_set_num_format(pct, "0.00%");
  worksheet_write_string(ws, 0, 0, "Tabel 3.10 Realisasi Anggaran pada tahun 2025", nullptr);
  const char* hdr[] = {"No", "Program/ Kegiatan/ Sub Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "% Serapan Anggaran"};
  for (int c = 0; c < 5; ++c) worksheet_write_string(ws, 2, c, hdr[c], nullptr);
  struct Row { const char* no; const char* name; double a, r; } rows[] = {
      {"1", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 26399270, 25489700},
      {"1.1", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", 26399270, 25489700},
      {"1.1.1", "Penyediaan Jasa Pemeliharaan Kendaraan Dinas", 22740870, 21838500},
      {"1.1.2", "Penyediaan Bahan Logistik Kantor", 1660000, 1652800},
      {"1.1.3", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", 1998400, 1998400},
  };
  int r = 3;
  for (const auto& row : rows) {
    worksheet_write_string(ws, r, 0, row.no, nullptr);
    worksheet_write_string(ws, r, 1, row.name, nullptr);
    worksheet_write_number(ws, r, 2, row.a, money);
    worksheet_write_number(ws, r, 3, row.r, money);
    double p = row.r / row.a;
    if (with_error && r == 5) p = 0.8772;
    worksheet_write_number(ws, r, 4, p, pct);
    ++r;
  }
  worksheet_write_string(ws, r, 1, "Jumlah", nullptr);
  worksheet_write_number(ws, r, 2, 26399270, money);
  worksheet_write_number(ws, r, 3, 25489700, money);
  worksheet_write_number(ws, r, 4, 25489700.0 / 26399270.0, pct);
  workbook_close(wb);
}

}  // namespace sakip::test
