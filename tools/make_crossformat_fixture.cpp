// Writes fixtures/crossformat/source.xlsx: one small workbook that holds every feature the
// cross-format tests compare (sheets incl. a hidden one, Indonesian text, integers, money with
// 2 decimals, percent, a date, a boolean, merges, a formula with its cached value, an empty row
// between blocks, a cell with a line break, a hidden row and column). tools/convert_fixtures.sh turns it into .xls,
// .ods and .csv with LibreOffice. The expected values in tests/ingest/cross_format_test.cpp
// are written from THIS definition, so keep the two in step.
//
// Usage: make_crossformat_fixture <out.xlsx>
#include <xlsxwriter.h>

#include <cstdio>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s <out.xlsx>\n", argv[0]);
    return 2;
  }
  lxw_workbook* wb = workbook_new(argv[1]);
  if (!wb) return 1;

  lxw_format* money = workbook_add_format(wb);
  format_set_num_format(money, "#,##0.00");
  lxw_format* pct = workbook_add_format(wb);
  format_set_num_format(pct, "0.00%");
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "dd/mm/yyyy");
  lxw_format* wrap = workbook_add_format(wb);
  format_set_text_wrap(wrap);
  lxw_format* title = workbook_add_format(wb);
  format_set_bold(title);

  // Sheet 1 "Capaian": a title merge, a header row, two data rows, an empty row, a total block.
  lxw_worksheet* s1 = workbook_add_worksheet(wb, "Capaian");
  worksheet_merge_range(s1, 0, 0, 0, 5, "Capaian Kinerja Dinas Pendidikan Tahun 2023", title);
  const char* headers[] = {"No", "Indikator Kinerja", "Anggaran (Rp)", "Capaian", "Tanggal", "Tercapai"};
  for (int c = 0; c < 6; ++c) worksheet_write_string(s1, 1, c, headers[c], nullptr);
  // row 3
  worksheet_write_number(s1, 2, 0, 1, nullptr);
  worksheet_write_string(s1, 2, 1, "Persentase sekolah terakreditasi\nminimal B", wrap);
  worksheet_write_number(s1, 2, 2, 1250000.5, money);
  worksheet_write_number(s1, 2, 3, 0.6442, pct);
  lxw_datetime d1 = {2023, 12, 31, 0, 0, 0};
  worksheet_write_datetime(s1, 2, 4, &d1, date);
  worksheet_write_boolean(s1, 2, 5, 1, nullptr);
  // row 4
  worksheet_write_number(s1, 3, 0, 2, nullptr);
  worksheet_write_string(s1, 3, 1, "Jumlah guru bersertifikat pendidik", nullptr);
  worksheet_write_number(s1, 3, 2, 2500000.25, money);
  worksheet_write_number(s1, 3, 3, 0.75, pct);
  lxw_datetime d2 = {2024, 1, 15, 0, 0, 0};
  worksheet_write_datetime(s1, 3, 4, &d2, date);
  worksheet_write_boolean(s1, 3, 5, 0, nullptr);
  // row 5 stays empty; row 6: the total block
  worksheet_merge_range(s1, 5, 0, 5, 1, "Jumlah", title);
  worksheet_write_formula_num(s1, 5, 2, "=SUM(C3:C4)", money, 3750000.75);
  worksheet_write_formula_num(s1, 5, 3, "=AVERAGE(D3:D4)", pct, 0.6971);

  // Sheet 2 "Anggaran": a vertical merge, a number beyond 32 bits, a negative, text codes,
  // a hidden row and a hidden column.
  lxw_worksheet* s2 = workbook_add_worksheet(wb, "Anggaran");
  worksheet_write_string(s2, 0, 0, "Kode", nullptr);
  worksheet_write_string(s2, 0, 1, "Uraian", nullptr);
  worksheet_write_string(s2, 0, 2, "Jumlah", nullptr);
  worksheet_merge_range(s2, 1, 0, 2, 0, "1.01.01", nullptr);
  worksheet_write_string(s2, 1, 1, "Belanja Pegawai", nullptr);
  worksheet_write_number(s2, 1, 2, 573354470075, money);
  worksheet_write_string(s2, 2, 1, "Surplus / (Defisit)", nullptr);
  worksheet_write_number(s2, 2, 2, -1234.5, money);
  worksheet_write_number(s2, 3, 2, 42, nullptr);
  // a hidden row (row 4, index 3) and a hidden column (B, index 1) that both hold values
  lxw_row_col_options hidden = {1, 0, 0};
  worksheet_set_row_opt(s2, 3, LXW_DEF_ROW_HEIGHT, nullptr, &hidden);
  worksheet_set_column_opt(s2, 1, 1, LXW_DEF_COL_WIDTH, nullptr, &hidden);

  // Sheet 3 "Referensi": hidden.
  lxw_worksheet* s3 = workbook_add_worksheet(wb, "Referensi");
  worksheet_write_string(s3, 0, 0, "Satuan", nullptr);
  worksheet_write_string(s3, 1, 0, "Persen", nullptr);
  worksheet_hide(s3);

  return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
