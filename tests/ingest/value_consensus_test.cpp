// Column consensus (seed audit §4.8.1 and §4.8.4): how an ambiguous "4.300" / "4,300" is read
// from the other values of its column and the column's role. Expected readings follow the audit:
// money groups with dots; an index on a 1-5 scale is 4,3 not 4300; English exports group with commas.
#include <gtest/gtest.h>

#include <initializer_list>
#include <vector>

#include "ingest/value.h"

using sakip::ColumnHint;
using sakip::Decimal;
using sakip::Value;
using sakip::ValueKind;

namespace {

std::vector<Value> column(std::initializer_list<const char*> cells, bool comma_decimal = true) {
  sakip::ParseContext ctx;
  ctx.comma_decimal = comma_decimal;
  std::vector<Value> out;
  for (const char* c : cells) out.push_back(sakip::parse_value(c, ctx));
  return out;
}

Decimal D(const char* s) { return *Decimal::parse(s); }

}  // namespace

TEST(ValueConsensus, MoneyColumnGroupsWithDots) {
  auto col = column({"4.300", "Rp 12.500"});
  sakip::resolve_column(col, ColumnHint::Money);
  EXPECT_EQ(*col[0].number, D("4300"));
  EXPECT_FALSE(col[0].has(sakip::kFlagAmbiguousSeparator));
}

TEST(ValueConsensus, IndexColumnReadsDecimalFromTheScaleOfItsSiblings) {
  // IPP on a 1-5 scale (000 L102, L369: '4,3', '4,64'): '4.300' is 4,3.
  auto col = column({"4,3", "4,64", "4.300"});
  sakip::resolve_column(col, ColumnHint::Index);
  EXPECT_EQ(*col[2].number, D("4.3"));
  EXPECT_EQ(col[2].decimals, 3);
  EXPECT_EQ(col[2].kind, ValueKind::Decimal);
  EXPECT_FALSE(col[2].has(sakip::kFlagAmbiguousSeparator));
  EXPECT_TRUE(col[2].has(sakip::kFlagDotDecimal));
  // Unknown role, but the siblings are fractional and small: same reading.
  auto col2 = column({"4,3", "4,64", "4.300"});
  sakip::resolve_column(col2, ColumnHint::Unknown);
  EXPECT_EQ(*col2[2].number, D("4.3"));
}

TEST(ValueConsensus, DotGroupingSiblingsDecideGrouping) {
  // '847.500' in a column of '3.676.351.730' style amounts (000 L501, L507).
  auto col = column({"3.676.351.730", "847.500", "-16.320.400"});
  sakip::resolve_column(col, ColumnHint::Unknown);
  EXPECT_EQ(*col[1].number, D("847500"));
  EXPECT_FALSE(col[1].has(sakip::kFlagAmbiguousSeparator));
}

TEST(ValueConsensus, CountColumnOfIntegersKeepsGrouping) {
  // '79.263' jiwa (002 L259): a count, not 79,263.
  auto col = column({"79.263", "39.865", "120"});
  sakip::resolve_column(col, ColumnHint::Count);
  EXPECT_EQ(*col[0].number, D("79263"));
  EXPECT_EQ(*col[1].number, D("39865"));
  EXPECT_FALSE(col[0].has(sakip::kFlagAmbiguousSeparator));
}

TEST(ValueConsensus, DotDecimalSiblingsDecideDecimal) {
  // A column written with dot decimals throughout (Kulon Progo style read as comma-decimal).
  auto col = column({"1250.50", "98.28", "123.500"});
  sakip::resolve_column(col, ColumnHint::Unknown);
  EXPECT_EQ(*col[2].number, D("123.5"));
  EXPECT_FALSE(col[2].has(sakip::kFlagAmbiguousSeparator));
}

TEST(ValueConsensus, EnglishGroupingColumnReadsSingleCommaAsGrouping) {
  // Sumedang: '11,566,246,594' style; a lone '4,300' there is 4300.
  auto col = column({"11,566,246,594", "4,300", "250,000,000"});
  sakip::resolve_column(col, ColumnHint::Unknown);
  EXPECT_EQ(*col[1].number, D("4300"));
  EXPECT_EQ(col[1].decimals, 0);
  EXPECT_EQ(col[1].kind, ValueKind::Integer);
  EXPECT_FALSE(col[1].has(sakip::kFlagAmbiguousSeparator));
}

TEST(ValueConsensus, CommaDecimalColumnKeepsCommaAsDecimal) {
  auto col = column({"89,75", "4,300", "97,50"});
  sakip::resolve_column(col, ColumnHint::Unknown);
  EXPECT_EQ(*col[1].number, D("4.3"));
  EXPECT_FALSE(col[1].has(sakip::kFlagAmbiguousSeparator));
}

TEST(ValueConsensus, AloneStaysAmbiguous) {
  auto col = column({"4.300"});
  sakip::resolve_column(col, ColumnHint::Unknown);
  EXPECT_TRUE(col[0].has(sakip::kFlagAmbiguousSeparator));
  EXPECT_EQ(*col[0].number, D("4300"));  // first reading kept
  auto pct = column({"4.300"});
  sakip::resolve_column(pct, ColumnHint::Percent);
  EXPECT_TRUE(pct[0].has(sakip::kFlagAmbiguousSeparator));
  EXPECT_EQ(*pct[0].number, D("4.3"));  // best guess for a percentage, still flagged
}

TEST(ValueConsensus, MixedEvidenceStaysFlagged) {
  auto col = column({"1.234.567", "98.28", "4.300"});
  sakip::resolve_column(col, ColumnHint::Unknown);
  EXPECT_TRUE(col[2].has(sakip::kFlagAmbiguousSeparator));
}

TEST(ValueConsensus, PercentColumnWithoutSigns) {
  // §4.4 #29/#30: '100,27', '92,30', '100' in a % column; '98.28%' next to '99,67%'.
  auto col = column({"100,27", "92,30", "100", "98.28%", "99,67%", "-"});
  sakip::resolve_column(col, ColumnHint::Percent);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(col[i].kind, ValueKind::Percent) << i;
  EXPECT_TRUE(col[0].has(sakip::kFlagMissingPercentSign));
  EXPECT_TRUE(col[2].has(sakip::kFlagMissingPercentSign));
  EXPECT_FALSE(col[3].has(sakip::kFlagMissingPercentSign));
  EXPECT_EQ(*col[3].number, D("98.28"));
  EXPECT_EQ(*col[4].number, D("99.67"));
  EXPECT_EQ(col[5].kind, ValueKind::NotApplicable);
}

TEST(ValueConsensus, CodeColumnIsText) {
  auto col = column({"1.1", "1.4", "01", "2"});
  sakip::resolve_column(col, ColumnHint::Code);
  for (const Value& v : col) {
    EXPECT_EQ(v.kind, ValueKind::Text);
    EXPECT_FALSE(v.number);
  }
}
