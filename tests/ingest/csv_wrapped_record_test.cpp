// Recovery of records wrapped whole in one field (see ingest/csv_wrapped_record.h). Inputs
// imitate the Kulon Progo export described in /work/shared/realdata/README.md; expectations
// are the fields a person reads in the inner record.
#include "ingest/csv_wrapped_record.h"

#include <gtest/gtest.h>

namespace sakip {
namespace {

using V = std::vector<std::string_view>;
using S = std::vector<std::string>;

TEST(CsvWrappedRecord, WholeRecordInTheFirstField) {
  const auto r = recover_wrapped_record(
      V{"5.2.2.01 ,\"Belanja Perangko, Materai\",8610000.00,9510000.00,900000.00,10.45", "", "", "", "", "", ""},
      ';', 7);
  EXPECT_EQ(r.kind, WrappedKind::Wrapped);
  EXPECT_EQ(r.inner_delimiter, ',');
  EXPECT_EQ(r.fields, (S{"5.2.2.01 ", "Belanja Perangko, Materai", "8610000.00", "9510000.00", "900000.00", "10.45"}));
}

TEST(CsvWrappedRecord, RincianLineWithCommasInsideInnerQuotes) {
  const auto r = recover_wrapped_record(V{",,,,,,\"3 unit x 237.800.000,00 = 713.400.000,00\"", "", "", "", "", "", ""}, ';', 7);
  EXPECT_EQ(r.kind, WrappedKind::Wrapped);
  ASSERT_EQ(r.fields.size(), 7u);
  EXPECT_EQ(r.fields[6], "3 unit x 237.800.000,00 = 713.400.000,00");
}

TEST(CsvWrappedRecord, HybridMergesRepeatedColumns) {
  const auto r = recover_wrapped_record(
      V{"4.1.2.02.01 , ,116600000.00,16900000.00,-99700000.00,-85.51,\"Perda 10, 2011\"",
        "Retribusi Pemakaian Kekayaan Daerah", "116600000.00", "16900000.00", "-99700000.00", "", ""},
      ';', 7);
  EXPECT_EQ(r.kind, WrappedKind::Hybrid);
  EXPECT_EQ(r.fields, (S{"4.1.2.02.01 ", "Retribusi Pemakaian Kekayaan Daerah", "116600000.00", "16900000.00",
                         "-99700000.00", "-85.51", "Perda 10, 2011"}));
}

TEST(CsvWrappedRecord, ConflictingHybridIsLeftAlone) {
  const auto r = recover_wrapped_record(V{"a,b,c,d,e,f,g", "x", "y", "z", "", "", ""}, ';', 7);
  EXPECT_EQ(r.kind, WrappedKind::None);
}

TEST(CsvWrappedRecord, TextWithAFewCommasIsNotARecord) {
  EXPECT_EQ(recover_wrapped_record(V{"Catatan: a, b", "", "", "", "", "", ""}, ';', 7).kind, WrappedKind::None);
  // more inner fields than the table is wide
  EXPECT_EQ(recover_wrapped_record(V{"1,2,3,4,5,6,7,8,9", "", ""}, ';', 3).kind, WrappedKind::None);
  // narrow tables (fewer than 3 columns) are never unwrapped
  EXPECT_EQ(recover_wrapped_record(V{"a,b", ""}, ';', 2).kind, WrappedKind::None);
}

TEST(CsvWrappedRecord, WorksForOtherDelimiterPairs) {
  const auto r = recover_wrapped_record(V{"1;Belanja;100", "", ""}, ',', 3);
  EXPECT_EQ(r.kind, WrappedKind::Wrapped);
  EXPECT_EQ(r.inner_delimiter, ';');
  EXPECT_EQ(r.fields, (S{"1", "Belanja", "100"}));
}

}  // namespace
}  // namespace sakip
