// Writes the libxlsxwriter-made xlsx fixtures under fixtures/xlsx/ (committed; rerun after a
// change and commit the output). Usage: make_fixtures <repo>/fixtures/xlsx
// What each cell holds is the truth the reader tests check against (tests/ingest/xlsx_reader_test.cpp).
// Files libxlsxwriter cannot write (inline strings, 1904, rich text + phonetic runs, escapes,
// shared formulas, veryHidden, ...) are made by tools/make_handmade_xlsx.py.
#include <xlsxwriter.h>

#include <cstdio>
#include <string>

namespace {

int fail(const char* what) {
  std::fprintf(stderr, "make_fixtures: %s\n", what);
  return 1;
}

// basic.xlsx: six sheets, one concern each.
int make_basic(const std::string& dir) {
  const std::string path = dir + "/basic.xlsx";
  lxw_workbook_options opt = {};
  opt.constant_memory = LXW_FALSE;  // shared strings table, as Excel writes
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &opt);
  if (!wb) return fail("cannot create basic.xlsx");

  lxw_format* pct = workbook_add_format(wb);
  format_set_num_format(pct, "0.00%");
  lxw_format* thousands = workbook_add_format(wb);
  format_set_num_format(thousands, "#,##0");
  lxw_format* rupiah = workbook_add_format(wb);
  format_set_num_format(rupiah, "[$Rp-421]#,##0.00");
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "dd/mm/yyyy");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);

  // Sheet 1 "Angka": numbers and their formats, booleans.
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Angka");
  worksheet_write_string(ws, 0, 0, "Persen", nullptr);
  worksheet_write_number(ws, 0, 1, 0.1234, pct);              // B1 12.34%
  worksheet_write_string(ws, 1, 0, "Ribuan", nullptr);
  worksheet_write_number(ws, 1, 1, 1234567, thousands);       // B2 1,234,567
  worksheet_write_string(ws, 2, 0, "Rupiah", nullptr);
  worksheet_write_number(ws, 2, 1, 1500000.5, rupiah);        // B3 Rp1.500.000,50
  worksheet_write_string(ws, 3, 0, "Tanggal", nullptr);
  lxw_datetime dt = {2024, 3, 15, 0, 0, 0};
  worksheet_write_datetime(ws, 3, 1, &dt, date);              // B4 15/03/2024 = serial 45366
  worksheet_write_string(ws, 4, 0, "Pagu", nullptr);
  worksheet_write_number(ws, 4, 1, 3297504548.25, nullptr);   // B5 General
  worksheet_write_string(ws, 5, 0, "Negatif", nullptr);
  worksheet_write_number(ws, 5, 1, -573082029200, thousands); // B6
  worksheet_write_string(ws, 6, 0, "Benar", nullptr);
  worksheet_write_boolean(ws, 6, 1, 1, nullptr);              // B7 TRUE
  worksheet_write_string(ws, 7, 0, "Salah", nullptr);
  worksheet_write_boolean(ws, 7, 1, 0, nullptr);              // B8 FALSE
  worksheet_write_blank(ws, 8, 1, bold);                      // B9 styled blank

  // Sheet 2 "Teks": shared strings, Indonesian text, repeats share one entry.
  ws = workbook_add_worksheet(wb, "Teks");
  worksheet_write_string(ws, 0, 0, "Kode Rekening", bold);
  worksheet_write_string(ws, 0, 1, "Uraian", bold);
  worksheet_write_string(ws, 1, 0, "5.1.01", nullptr);
  worksheet_write_string(ws, 1, 1, "Belanja Pegawai", nullptr);
  worksheet_write_string(ws, 2, 0, "4.1.01", nullptr);
  worksheet_write_string(ws, 2, 1, "Pendapatan Asli Daerah", nullptr);
  worksheet_write_string(ws, 3, 1, "Dinas Pendidikan, Pemuda dan Olahraga \xE2\x80\x93 Kab. Bantul", nullptr);
  worksheet_write_string(ws, 4, 1, "Belanja Pegawai", nullptr);  // repeat of B2
  worksheet_write_string(ws, 5, 1, "Rp 1.234.567,89", nullptr);  // a number written as text
  worksheet_write_string(ws, 6, 1, "Persentase sekolah terakreditasi (%)", nullptr);

  // Sheet 3 "Rumus": formulas with cached values.
  ws = workbook_add_worksheet(wb, "Rumus");
  worksheet_write_number(ws, 0, 0, 10, nullptr);                           // A1
  worksheet_write_number(ws, 1, 0, 20, nullptr);                           // A2
  worksheet_write_formula_num(ws, 2, 0, "=SUM(A1:A2)", nullptr, 30);       // A3
  worksheet_write_formula_num(ws, 0, 1, "=A1/A2", pct, 0.5);               // B1
  worksheet_write_formula_str(ws, 1, 1, "=\"Rp \"&A1", nullptr, "Rp 10");  // B2 t="str"
  worksheet_write_formula_num(ws, 2, 1, "=A3*2", thousands, 60);           // B3

  // Sheet 4 "Gabung": merges, hidden rows and columns, outline level.
  ws = workbook_add_worksheet(wb, "Gabung");
  worksheet_merge_range(ws, 0, 0, 0, 3, "Judul Tabel", bold);  // A1:D1
  worksheet_merge_range(ws, 1, 0, 2, 0, "No", nullptr);        // A2:A3
  worksheet_write_string(ws, 3, 0, "Baris terlihat", nullptr);  // A4
  worksheet_write_string(ws, 4, 0, "Baris tersembunyi", nullptr);  // A5 (row 5 hidden)
  lxw_row_col_options hidden = {};
  hidden.hidden = 1;
  worksheet_set_row_opt(ws, 4, LXW_DEF_ROW_HEIGHT, nullptr, &hidden);
  lxw_row_col_options level = {};
  level.level = 1;
  worksheet_write_string(ws, 5, 0, "Rincian", nullptr);  // A6 outline level 1
  worksheet_set_row_opt(ws, 5, LXW_DEF_ROW_HEIGHT, nullptr, &level);
  worksheet_set_column_opt(ws, 2, 2, LXW_DEF_COL_WIDTH, nullptr, &hidden);  // column C hidden
  worksheet_write_number(ws, 3, 2, 7, nullptr);                              // C4 in the hidden column

  // Sheet 5 "Tersembunyi": a hidden sheet.
  ws = workbook_add_worksheet(wb, "Tersembunyi");
  worksheet_write_string(ws, 0, 0, "Referensi", nullptr);
  worksheet_hide(ws);

  // Sheet 6 "Batas": the last cell of the grid.
  ws = workbook_add_worksheet(wb, "Batas");
  worksheet_write_number(ws, 1048575, 16383, 42, nullptr);  // XFD1048576
  worksheet_write_string(ws, 0, 0, "Awal", nullptr);        // A1

  if (workbook_close(wb) != LXW_NO_ERROR) return fail("cannot write basic.xlsx");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return fail("usage: make_fixtures <fixtures/xlsx dir>");
  return make_basic(argv[1]);
}
