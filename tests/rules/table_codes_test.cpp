// TableCodes: every data row's code cut into canonical segments once per table ('.' and ','
// separate, spaces dropped, empty segments skipped), the same segments code_segments() gives
// one code at a time, and the segment-prefix relation the hierarchy rules use.
#include "rules/table_codes.h"

#include <gtest/gtest.h>

#include "rules/table_view.h"
#include "tests/rules/table_builder.h"

namespace sakip::test {
namespace {

const std::vector<Col> kCols = {{ColumnRole::Kode, "Kode"}, {ColumnRole::Uraian, "Uraian"}};

Table with_codes(const std::vector<std::string>& codes, RowType type = RowType::Data) {
  std::vector<R> rows;
  for (const auto& c : codes) rows.push_back({{c, "x"}, type, -1, c});
  return make_table(TableKind::Dpa, "DPA", kCols, rows);
}

TEST(TableCodes, SegmentsAreCanonical) {
  // A DPA kode written with spaces around the dots and a comma: 6 segments.
  const Table t = with_codes({"1.01 . 1.01.01,2", "5.1.02.01.01.0024", "1 2.3", "..", ""});
  const TableCodes codes(t);
  ASSERT_EQ(codes.rows(), 5u);
  EXPECT_EQ(codes.segments(0), 6u);
  EXPECT_EQ(codes.segment(0, 0), "1");
  EXPECT_EQ(codes.segment(0, 1), "01");
  EXPECT_EQ(codes.segment(0, 2), "1");
  EXPECT_EQ(codes.segment(0, 5), "2");
  EXPECT_EQ(codes.canonical(0), "1.01.1.01.01.2");
  EXPECT_EQ(codes.prefix(0, 3), "1.01.1");
  EXPECT_EQ(codes.canonical(1), "5.1.02.01.01.0024");
  EXPECT_EQ(codes.segment(1, 5), "0024");
  // A space inside a segment is dropped, not a separator.
  EXPECT_EQ(codes.segments(2), 2u);
  EXPECT_EQ(codes.segment(2, 0), "12");
  // Separators only, or no code: no segments.
  EXPECT_EQ(codes.segments(3), 0u);
  EXPECT_EQ(codes.segments(4), 0u);
  EXPECT_EQ(codes.canonical(4), "");
}

TEST(TableCodes, AgreesWithCodeSegmentsOneCodeAtATime) {
  const std::vector<std::string> raw = {"1",        "1.1",      " 1 . 1 . 2 ", "1,10",  "4.1.1.01",  "x.y",
                                        "5·1.2.3",  "1..2",     ".1.",         "  ",    "2.1.1.0001", "IV"};
  const Table t = with_codes(raw);
  const TableCodes codes(t);
  for (size_t r = 0; r < raw.size(); ++r) {
    const auto expected = code_segments(raw[r]);
    ASSERT_EQ(codes.segments(r), expected.size()) << raw[r];
    for (size_t k = 0; k < expected.size(); ++k) EXPECT_EQ(codes.segment(r, k), expected[k]) << raw[r];
  }
}

TEST(TableCodes, ProperPrefixBySegmentsNotCharacters) {
  const Table t = with_codes({"1.1", "1.1.2", "1.10", " 1 . 1 . 2 ", "1.1", "", "1"});
  const TableCodes codes(t);
  EXPECT_TRUE(codes.is_proper_prefix(0, 1));   // 1.1 of 1.1.2
  EXPECT_FALSE(codes.is_proper_prefix(0, 2));  // 1.1 is not a prefix of 1.10
  EXPECT_TRUE(codes.is_proper_prefix(0, 3));   // spaces do not matter
  EXPECT_FALSE(codes.is_proper_prefix(0, 4));  // equal codes: not a proper prefix
  EXPECT_FALSE(codes.is_proper_prefix(1, 0));  // longer is never a prefix of shorter
  EXPECT_FALSE(codes.is_proper_prefix(5, 0));  // no code is nobody's prefix
  EXPECT_TRUE(codes.is_proper_prefix(6, 2));   // 1 of 1.10
}

TEST(TableCodes, OnlyDataRowsAreCut) {
  const Table t = with_codes({"1.1", "1.2"}, RowType::Total);
  const TableCodes codes(t);
  EXPECT_EQ(codes.segments(0), 0u);
  EXPECT_EQ(codes.segments(1), 0u);
}

}  // namespace
}  // namespace sakip::test
