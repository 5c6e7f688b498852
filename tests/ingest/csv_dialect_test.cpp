// Delimiter sniffing. Each input is small and written here; the expected delimiter is the one
// a person sees in it.
#include "ingest/csv_dialect.h"

#include <gtest/gtest.h>

namespace sakip {
namespace {

TEST(CsvDialect, SemicolonWithDecimalCommas) {
  const auto d = sniff_csv_dialect("Kode;Uraian;Anggaran\n1.01;Belanja Pegawai;1.234,50\n1.02;Belanja Barang, Jasa;2.000,00\n");
  EXPECT_EQ(d.delimiter, ';');
  EXPECT_EQ(d.fields, 3u);
}

TEST(CsvDialect, CommaWithQuotedCommas) {
  const auto d = sniff_csv_dialect("Kode,Uraian,Jumlah\n1,\"Belanja; Barang, Jasa\",\"1,000\"\n2,\"a;b;c;d\",5\n");
  EXPECT_EQ(d.delimiter, ',');
  EXPECT_EQ(d.fields, 3u);
}

TEST(CsvDialect, TabAndPipe) {
  EXPECT_EQ(sniff_csv_dialect("a\tb\tc\n1, 2\t3; 4\t5\n").delimiter, '\t');
  EXPECT_EQ(sniff_csv_dialect("a|b|c\n1, 2|3; 4|5\n6|7|8\n").delimiter, '|');
}

TEST(CsvDialect, MetadataLinesBeforeTheHeaderDoNotMislead) {
  const char* text =
      "Judul: Laporan Realisasi, Tahun 2024\n"
      "Daerah: Kabupaten X, Provinsi Y\n"
      "\n"
      "No;Uraian;Target;Realisasi\n"
      "1;Jalan;10;9\n"
      "2;Jembatan;5;5\n"
      "3;Irigasi;7;6\n";
  const auto d = sniff_csv_dialect(text);
  EXPECT_EQ(d.delimiter, ';');
  EXPECT_EQ(d.fields, 4u);
  EXPECT_EQ(d.agreeing, 4u);
}

TEST(CsvDialect, EmbeddedNewlinesInQuotesKeepCountsSteady) {
  const auto d = sniff_csv_dialect("a,b,c\n1,\"x\ny;z\",3\n4,5,6\n");
  EXPECT_EQ(d.delimiter, ',');
  EXPECT_EQ(d.agreeing, 3u);
}

TEST(CsvDialect, SingleColumnHasWidthOne) {
  const auto d = sniff_csv_dialect("Uraian\nJalan\nJembatan\n");
  EXPECT_EQ(d.fields, 1u);
}

}  // namespace
}  // namespace sakip

namespace sakip {
namespace {

TEST(CsvDialect, ExcelSepHintWinsAndIsSkipped) {
  const auto d = sniff_csv_dialect("sep=|\r\na,b|c\n1,5|2\n");
  EXPECT_EQ(d.delimiter, '|');
  EXPECT_EQ(d.hint_bytes, 7u);
  EXPECT_EQ(d.fields, 2u);
  EXPECT_EQ(sniff_csv_dialect("sep=x;y\n1;2\n").hint_bytes, 0u);  // not a hint line
}

}  // namespace
}  // namespace sakip
