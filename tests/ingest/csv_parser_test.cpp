// The record parser on inputs written here; expectations follow RFC 4180 plus Excel's
// leniency (documented in ingest/csv_parser.h).
#include "ingest/csv_parser.h"

#include <gtest/gtest.h>

namespace sakip {
namespace {

std::vector<std::vector<std::string>> all(std::string_view text, char d) {
  CsvParser p(text, d);
  std::vector<std::vector<std::string>> out;
  while (p.next()) {
    out.emplace_back();
    for (size_t i = 0; i < p.field_count(); ++i) out.back().emplace_back(p.field(i));
  }
  return out;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(CsvParser, LineEndsLfCrlfCr) {
  EXPECT_EQ(all("a;b\nc;d\r\ne;f\rg", ';'), (Rows{{"a", "b"}, {"c", "d"}, {"e", "f"}, {"g"}}));
}

TEST(CsvParser, QuotesDoubledQuotesAndEmbeddedDelimiters) {
  EXPECT_EQ(all("\"a;b\";\"say \"\"hi\"\"\";\"\"\n", ';'), (Rows{{"a;b", "say \"hi\"", ""}}));
}

TEST(CsvParser, LenientQuotes) {
  // a quote inside an unquoted field is literal; text after a closing quote is kept
  EXPECT_EQ(all("5\" pipe;\"ab\"cd\n", ';'), (Rows{{"5\" pipe", "abcd"}}));
}

TEST(CsvParser, TrailingDelimiterMakesAnEmptyField) {
  EXPECT_EQ(all("a;b;\n", ';'), (Rows{{"a", "b", ""}}));
  EXPECT_EQ(all("a;", ';'), (Rows{{"a", ""}}));
}

TEST(CsvParser, LineNumbersCountPhysicalLines) {
  CsvParser p("h\n\"x\ny\"\nz\n", ',');
  ASSERT_TRUE(p.next());
  EXPECT_EQ(p.line(), 1u);
  ASSERT_TRUE(p.next());
  EXPECT_EQ(p.line(), 2u);
  ASSERT_TRUE(p.next());
  EXPECT_EQ(p.line(), 4u);
  EXPECT_FALSE(p.next());
}

TEST(CsvParser, UnterminatedQuoteRunsToTheEnd) {
  CsvParser p("a,\"open\nmore", ',');
  ASSERT_TRUE(p.next());
  EXPECT_TRUE(p.unterminated_quote());
  EXPECT_EQ(p.field(1), "open\nmore");
}

TEST(CsvParser, FieldCapAndFieldCountCap) {
  CsvParser p("abcdefgh,b,c,d\n", ',', 3, 2);
  ASSERT_TRUE(p.next());
  EXPECT_EQ(p.field(0), "abc");
  EXPECT_EQ(p.truncated_field(), 0);
  EXPECT_EQ(p.field_count(), 2u);
  EXPECT_TRUE(p.fields_dropped());
}

TEST(CsvParser, SplitSingleRecord) {
  std::vector<std::string> f;
  ASSERT_TRUE(split_single_record("1.20 ,\"Belanja Perangko, Materai\",861.00", ',', f));
  EXPECT_EQ(f, (std::vector<std::string>{"1.20 ", "Belanja Perangko, Materai", "861.00"}));
  EXPECT_FALSE(split_single_record("a,b\nc,d", ',', f));  // two records
  EXPECT_FALSE(split_single_record("a,\"b", ',', f));     // unterminated
}

}  // namespace
}  // namespace sakip
