// parse_value and value_from_number over the number-format inventory of the seed audit
// (/work/shared/notes/seed-audit.md §4.1–4.9, pattern numbers in the test names) and the forms
// listed in issue 4. Expected values are read off the seed text by hand: '3.676.351.730' is the
// integer 3 676 351 730, '89,75' is 89.75, and so on.
#include "ingest/value.h"

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <ostream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

using sakip::Decimal;
using sakip::parse_value;
using sakip::Value;
using sakip::ValueKind;

namespace sakip {
void PrintTo(const Decimal& d, std::ostream* os) { *os << d.to_string() << " (scale " << d.scale << ")"; }
}  // namespace sakip

namespace {

Decimal D(const char* s) { return *Decimal::parse(s); }

// Checks kind, exact value and decimals of one parse.
void expect_number(const char* text, ValueKind kind, const char* value, int decimals,
                   uint32_t flags = 0, const sakip::ParseContext& ctx = {}) {
  SCOPED_TRACE(text);
  Value v = parse_value(text, ctx);
  EXPECT_EQ(sakip::to_string(v.kind), sakip::to_string(kind)) << v.reason;
  ASSERT_TRUE(v.number.has_value()) << v.reason;
  EXPECT_EQ(*v.number, D(value));
  EXPECT_EQ(v.decimals, decimals);
  EXPECT_EQ(v.flags & flags, flags) << "flags " << v.flags;
  EXPECT_EQ(v.original, text);
}

void expect_text(const char* text) {
  SCOPED_TRACE(text);
  Value v = parse_value(text);
  EXPECT_EQ(v.kind, ValueKind::Text) << sakip::to_string(v.kind);
  EXPECT_FALSE(v.number.has_value());
  EXPECT_FALSE(v.reason.empty());
}

}  // namespace

// ---- 4.1 Plain numbers and decimals --------------------------------------------------------
TEST(ParseValue, P01_IntegerDotThousands) {
  expect_number("3.676.351.730", ValueKind::Integer, "3676351730", 0);
  expect_number("3.297.504.548", ValueKind::Integer, "3297504548", 0);
  EXPECT_FALSE(parse_value("3.676.351.730").has(sakip::kFlagAmbiguousSeparator));
}

TEST(ParseValue, P02_SingleThousandsGroupIsGroupingButAmbiguous) {
  // '847.500' reads as 847 500 under the Indonesian rule (seed §4.8.1); en-US would read 847.5,
  // so the value is flagged for column consensus.
  expect_number("847.500", ValueKind::Integer, "847500", 0, sakip::kFlagAmbiguousSeparator);
  expect_number("4.300", ValueKind::Integer, "4300", 0, sakip::kFlagAmbiguousSeparator);
}

TEST(ParseValue, P03_Integer) {
  expect_number("95", ValueKind::Integer, "95", 0);
  expect_number("17", ValueKind::Integer, "17", 0);
  expect_number("0", ValueKind::Integer, "0", 0);
}

TEST(ParseValue, P04_05_DecimalComma) {
  expect_number("89,75", ValueKind::Decimal, "89.75", 2);
  expect_number("4,3", ValueKind::Decimal, "4.3", 1);
  expect_number("4,64", ValueKind::Decimal, "4.64", 2);
  expect_number("97,50", ValueKind::Decimal, "97.5", 2);  // trailing zero: decimals as stated
  // §4.8.2: a lone '2,77' must not be read as 2 770
  expect_number("2,77", ValueKind::Decimal, "2.77", 2);
  EXPECT_FALSE(parse_value("2,77").has(sakip::kFlagAmbiguousSeparator));
}

TEST(ParseValue, P06_07_DotDecimalInCommaDocument) {
  expect_number("70.05", ValueKind::Decimal, "70.05", 2, sakip::kFlagDotDecimal);
  expect_number("93.33", ValueKind::Decimal, "93.33", 2, sakip::kFlagDotDecimal);
  expect_number("91.5", ValueKind::Decimal, "91.5", 1, sakip::kFlagDotDecimal);
  expect_number("68.41", ValueKind::Decimal, "68.41", 2, sakip::kFlagDotDecimal);
  expect_number("0.00", ValueKind::Decimal, "0", 2, sakip::kFlagDotDecimal);
}

// ---- 4.2 Money -------------------------------------------------------------------------------
TEST(ParseValue, P08_09_10_BareMoneyWithCents) {
  expect_number("3.160.652.155,00", ValueKind::Decimal, "3160652155", 2);
  // sen are kept: the K-01 error is 0,40
  expect_number("2.911.311.160,40", ValueKind::Decimal, "2911311160.40", 2);
  expect_number("92.761.368", ValueKind::Integer, "92761368", 0);
}

TEST(ParseValue, P11_to_14_CurrencyPrefixes) {
  using sakip::kFlagCurrencyPrefix;
  expect_number("Rp. 3.676.351.730,00", ValueKind::Money, "3676351730", 2, kFlagCurrencyPrefix);
  expect_number("Rp. 744.112.000", ValueKind::Money, "744112000", 0, kFlagCurrencyPrefix);
  expect_number("Rp 741.619.000", ValueKind::Money, "741619000", 0, kFlagCurrencyPrefix);
  expect_number("Rp3.067.535.140,00", ValueKind::Money, "3067535140", 2, kFlagCurrencyPrefix);
  expect_number("Rp797.300.000,00", ValueKind::Money, "797300000", 2, kFlagCurrencyPrefix);
  expect_number("Rp1.009.380.700", ValueKind::Money, "1009380700", 0, kFlagCurrencyPrefix);
  // §4.9 #65: the dot of 'Rp.' is not a decimal point
  expect_number("Rp.4.068.968.525", ValueKind::Money, "4068968525", 0, kFlagCurrencyPrefix);
  expect_number("Rp4.231.208.525", ValueKind::Money, "4231208525", 0, kFlagCurrencyPrefix);
  expect_number("Rp 0", ValueKind::Money, "0", 0, kFlagCurrencyPrefix);
  expect_number("IDR 1.234,50", ValueKind::Money, "1234.5", 2, kFlagCurrencyPrefix);
  expect_number("Rp\xC2\xA0" "1.234,50", ValueKind::Money, "1234.5", 2, kFlagCurrencyPrefix);
  EXPECT_EQ(parse_value("Rp 741.619.000").unit, "Rp");
  // Money with one dot group is never ambiguous: rupiah group with dots.
  EXPECT_FALSE(parse_value("Rp 4.300").has(sakip::kFlagAmbiguousSeparator));
}

TEST(ParseValue, MoneyDashSuffix) {
  expect_number("Rp.4.068.968.525,-", ValueKind::Money, "4068968525", 0,
                sakip::kFlagCurrencyPrefix | sakip::kFlagDashSuffix);
  expect_number("744.112.000,-", ValueKind::Money, "744112000", 0, sakip::kFlagDashSuffix);
}

TEST(ParseValue, P15_CurrencyAloneIsText) { expect_text("Rp."); }

TEST(ParseValue, P16_SplitDigitsAreRejoined) {
  expect_number("Rp 3.297.504.5 48", ValueKind::Money, "3297504548", 0, sakip::kFlagSplitDigits);
  expect_number("Rp 4.359.250.4 48", ValueKind::Money, "4359250448", 0, sakip::kFlagSplitDigits);
  expect_number("2.113.771.9 67", ValueKind::Integer, "2113771967", 0, sakip::kFlagSplitDigits);
  // Only when the part before the space is malformed: "12 345" is two numbers, not one.
  expect_text("12 345");
  // NIP with spaces stays text.
  expect_text("19840624 200212 1 001");
}

TEST(ParseValue, P17_MoneyFollowedByProseIsText) {
  expect_text("Rp. 3.297.504.548,00 Sumber dana: P-APBD");
}

// ---- 4.3 Negatives, zeros and empty markers ------------------------------------------------
TEST(ParseValue, P18_LeadingMinus) {
  expect_number("-16.320.400", ValueKind::Integer, "-16320400", 0);
  expect_number("\xE2\x88\x92" "1.234,5", ValueKind::Decimal, "-1234.5", 1, sakip::kFlagUnicodeMinus);
  expect_number("\xE2\x80\x93" "16.320.400", ValueKind::Integer, "-16320400", 0, sakip::kFlagUnicodeMinus);
  expect_number("-Rp 1.234,50", ValueKind::Money, "-1234.5", 2);
  expect_number("Rp -1.234,50", ValueKind::Money, "-1234.5", 2);
}

TEST(ParseValue, P19_ParenthesisedNegative) {
  expect_number("(8.091.400,00)", ValueKind::Decimal, "-8091400", 2, sakip::kFlagParenNegative);
  expect_number("(Rp 1.500)", ValueKind::Money, "-1500", 0, sakip::kFlagParenNegative);
  // '(1)' is column numbering, not -1 (§4.8.6)
  expect_text("(1)");
  expect_text("(Bobot 17,0%)");
}

TEST(ParseValue, P20_Zero) {
  expect_number("0,00", ValueKind::Decimal, "0", 2);
}

TEST(ParseValue, P21_22_23_EmptyAndNotApplicable) {
  EXPECT_EQ(parse_value("").kind, ValueKind::Empty);
  EXPECT_EQ(parse_value("   \t ").kind, ValueKind::Empty);
  EXPECT_EQ(parse_value("\xC2\xA0").kind, ValueKind::Empty);
  for (const char* na : {"-", "\xE2\x80\x93", "\xE2\x80\x94", "--", "---------", "n/a", "N/A", "NA",
                         "tidak ada", " - "}) {
    EXPECT_EQ(parse_value(na).kind, ValueKind::NotApplicable) << na;
  }
  EXPECT_FALSE(parse_value("-").number.has_value());
  // The accounting display of nothing in a money cell.
  for (const char* na : {"Rp -", "Rp. -", "Rp-", "Rp \xE2\x80\x93"}) {
    Value v = parse_value(na);
    EXPECT_EQ(v.kind, ValueKind::NotApplicable) << na;
    EXPECT_EQ(v.unit, "Rp") << na;
  }
}

// ---- 4.4 Percentages -------------------------------------------------------------------------
TEST(ParseValue, P24_to_27_Percent) {
  using sakip::kFlagPercentSign;
  expect_number("95,55%", ValueKind::Percent, "95.55", 2, kFlagPercentSign);
  expect_number("64,42%", ValueKind::Percent, "64.42", 2, kFlagPercentSign);
  expect_number("95,55 %", ValueKind::Percent, "95.55", 2);
  expect_number("102,93 %", ValueKind::Percent, "102.93", 2);
  expect_number("99.66 %", ValueKind::Percent, "99.66", 2, sakip::kFlagDotDecimal);
  expect_number("98.28%", ValueKind::Percent, "98.28", 2, sakip::kFlagDotDecimal);
  expect_number("77.90 %", ValueKind::Percent, "77.9", 2, sakip::kFlagDotDecimal);
  expect_number("100%", ValueKind::Percent, "100", 0);
  expect_number("100 %", ValueKind::Percent, "100", 0);
  expect_number("71 %", ValueKind::Percent, "71", 0);
  expect_number("0,00%", ValueKind::Percent, "0", 2);
  EXPECT_EQ(parse_value("64,42%").unit, "%");
}

TEST(ParseValue, P28_MissingDecimalCommaIsNotGuessed) {
  expect_number("9553%", ValueKind::Percent, "9553", 0);  // = 95,53 in the seed; rules flag it
}

TEST(ParseValue, P29_30_PercentWithoutSignIsANumber) {
  expect_number("100,27", ValueKind::Decimal, "100.27", 2);
  expect_number("92,5", ValueKind::Decimal, "92.5", 1);
}

TEST(ParseValue, P33_34_PercentInProse) {
  expect_text("sebesar-118%");
  expect_number("78,24%.", ValueKind::Percent, "78.24", 2);
  expect_text("tercapai 3,17%");
}

// ---- 4.5 Grades and counts with units --------------------------------------------------------
TEST(ParseValue, P37_38_GradeWithScore) {
  struct Case { const char* text; const char* grade; const char* score; int decimals; };
  for (const Case& c : {Case{"A (81,22)", "A", "81.22", 2}, Case{"BB (88)", "BB", "88", 0},
                        Case{"B (63,17)", "B", "63.17", 2}, Case{"A(81)", "A", "81", 0},
                        Case{"B(75,50)", "B", "75.5", 2}, Case{"A(81,22)", "A", "81.22", 2},
                        Case{"A (85,44)", "A", "85.44", 2}, Case{"B (85)", "B", "85", 0},
                        Case{"B (60,50)", "B", "60.5", 2}}) {
    SCOPED_TRACE(c.text);
    Value v = parse_value(c.text);
    EXPECT_EQ(v.kind, ValueKind::Grade);
    EXPECT_EQ(v.grade, c.grade);
    ASSERT_TRUE(v.number);
    EXPECT_EQ(*v.number, D(c.score));
    EXPECT_EQ(v.decimals, c.decimals);
    EXPECT_TRUE(v.has(sakip::kFlagGradeLetter));
    EXPECT_FALSE(v.has(sakip::kFlagGarbledGrade));
  }
}

TEST(ParseValue, P39_82_GradeAlone) {
  for (const char* g : {"A", "B", "BB", "AA", "CC", "C", "D"}) {
    Value v = parse_value(g);
    EXPECT_EQ(v.kind, ValueKind::Grade) << g;
    EXPECT_EQ(v.grade, g);
    EXPECT_FALSE(v.number.has_value());
  }
  // Not grades: check marks, roman numerals
  expect_text("V");
  expect_text("II");
}

TEST(ParseValue, P40_BareScore) { expect_number("81", ValueKind::Integer, "81", 0); }

TEST(ParseValue, P41_OcrDamagedGrade) {
  for (auto [text, score] : {std::pair{"0 (80)", "80"}, std::pair{"00 (83)", "83"}, std::pair{"O (80)", "80"}}) {
    Value v = parse_value(text);
    EXPECT_EQ(v.kind, ValueKind::Grade) << text;
    ASSERT_TRUE(v.number);
    EXPECT_EQ(*v.number, D(score));
    EXPECT_TRUE(v.has(sakip::kFlagGarbledGrade));
    EXPECT_EQ(v.grade, "");  // the letter is unknown
  }
}

TEST(ParseValue, P42_84_GradeInProseIsText) {
  expect_text("71 (BB/ Sangat Baik");
  expect_text("85 atau BB (sangat baik)");
  // predikat words stay text
  expect_text("Sangat Baik");
  expect_text("Memuaskan");
}

TEST(ParseValue, P43_44_85_CountWithUnit) {
  struct Case { const char* text; const char* number; const char* unit; };
  for (const Case& c : {Case{"4 Dok", "4", "Dok"}, Case{"4 dok", "4", "dok"},
                        Case{"4 Dokumen", "4", "Dokumen"}, Case{"22 orang", "22", "orang"},
                        Case{"3 Laporan", "3", "Laporan"}, Case{"1 Unit", "1", "Unit"},
                        Case{"820 Orang", "820", "Orang"}, Case{"4 Dck", "4", "Dck"},
                        Case{"86,34 Nilai IKM Kabupaten", "86.34", "Nilai IKM Kabupaten"},
                        Case{"79.263 jiwa", "79263", "jiwa"}}) {
    SCOPED_TRACE(c.text);
    Value v = parse_value(c.text);
    EXPECT_EQ(v.kind, ValueKind::Quantity);
    ASSERT_TRUE(v.number);
    EXPECT_EQ(*v.number, D(c.number));
    EXPECT_EQ(v.unit, c.unit);
    EXPECT_TRUE(v.has(sakip::kFlagUnitSuffix));
  }
}

TEST(ParseValue, P45_NumbersInsideTextStayText) {
  expect_text("14 Baik dan 2 Rusak");
  expect_text("Baik dan Rusak 3");
  expect_text("12 Pebruari 2025");
  expect_text("Kursi Tandem 4 Org");
  expect_text("- Laporan");  // bullet in Satuan
}

// ---- 4.6 Ranges --------------------------------------------------------------------------------
TEST(ParseValue, P47_to_49_Ranges) {
  struct Case { const char* text; const char* lo; const char* hi; };
  for (const Case& c : {Case{"69,1-69,5", "69.1", "69.5"}, Case{"(4,51 \xE2\x80\x93 5,00)", "4.51", "5"},
                        Case{"(4,51\xE2\x80\x93" "5,00)", "4.51", "5"}, Case{"(4,51 - 5,00)", "4.51", "5"},
                        Case{"(88,31 \xE2\x80\x93 100)", "88.31", "100"}, Case{"90 - 100", "90", "100"}}) {
    SCOPED_TRACE(c.text);
    Value v = parse_value(c.text);
    EXPECT_EQ(v.kind, ValueKind::Range);
    ASSERT_TRUE(v.number && v.upper);
    EXPECT_EQ(*v.number, D(c.lo));
    EXPECT_EQ(*v.upper, D(c.hi));
  }
}

TEST(ParseValue, P50_51_90_91_92_InequalitiesAndPeriodsAreText) {
  expect_text("(Nilai >90-100)");
  expect_text("\xE2\x89\xA5 90");
  expect_text("76 \xE2\x89\xA4 90");
  expect_text("\xE2\x9E\xA4 90 - 100");
  expect_text("2021-2026");
  expect_text("2021 -2026");
}

// ---- 4.7 Codes and identifiers ---------------------------------------------------------------
TEST(ParseValue, P52_to_60_CodesAndIdentifiers) {
  expect_text("1.1.1");
  expect_text("2.1. 1");
  expect_text("1.4.");
  expect_text("1.");
  expect_text("I");
  expect_text("6 (= 5-4)");
  expect_text("6=(5-4)");
  expect_text("1 (2022)");
  expect_text("000.7.2.7/186/35.09.04/2025");
  expect_text("188.45/239/1.12/2024");
  expect_text("(0336) 321042");
  expect_text("0331 - 321005");
  expect_text("Agustus 2023");
  expect_text("KATA PENGANTAR.....");
  // A long NIP without spaces is a number that looks like a code.
  Value nip = parse_value("0198008012001121003");
  EXPECT_TRUE(nip.has(sakip::kFlagLeadingZeroCode));
  Value code = parse_value("01");
  EXPECT_EQ(code.kind, ValueKind::Integer);
  EXPECT_TRUE(code.has(sakip::kFlagLeadingZeroCode));
}

// ---- 4.9 Seed 002 forms -----------------------------------------------------------------------
TEST(ParseValue, P71_Markup) {
  expect_number("<b>4.231.208.525</b>", ValueKind::Integer, "4231208525", 0, sakip::kFlagMarkup);
  expect_number("**3.437.517.304**", ValueKind::Integer, "3437517304", 0, sakip::kFlagMarkup);
  expect_number("<b>95,5%</b>", ValueKind::Percent, "95.5", 1, sakip::kFlagMarkup);
  expect_number("**95,5%**", ValueKind::Percent, "95.5", 1, sakip::kFlagMarkup);
  expect_number("<b>19</b>", ValueKind::Integer, "19", 0, sakip::kFlagMarkup);
  Value v = parse_value("<b>19</b>");
  EXPECT_EQ(v.original, "<b>19</b>");  // the original stays as written
  EXPECT_EQ(parse_value("<b></b>").kind, ValueKind::Empty);
}

TEST(ParseValue, P75_76_DecimalCommaPercent) {
  expect_number("81,24%", ValueKind::Percent, "81.24", 2);
  expect_number("8,33%", ValueKind::Percent, "8.33", 2);
  expect_number("16,76 %", ValueKind::Percent, "16.76", 2);
}

TEST(ParseValue, P79_DecimalIndex) {
  expect_number("3,50", ValueKind::Decimal, "3.5", 2);
  expect_number("1,00", ValueKind::Decimal, "1", 2);
}

TEST(ParseValue, P87_88_109_GarbledCountsAreText) {
  expect_text("2(dua)");
  expect_text("3 (Tiga )");
  expect_text("(4) Program (7) Kegiatan dan (8) Sub Kegiatan");
  expect_text("$\\pm 64,44$  Km<sup>2</sup>");
}

// ---- English-style exports ----------------------------------------------------------------------
TEST(ParseValue, EnglishGroupingInExportedFiles) {
  expect_number("4,231,208,525", ValueKind::Integer, "4231208525", 0, sakip::kFlagEnglishGrouping);
  expect_number("11,566,246,594", ValueKind::Integer, "11566246594", 0, sakip::kFlagEnglishGrouping);
  expect_number("4,231,208,525.50", ValueKind::Decimal, "4231208525.5", 2,
                sakip::kFlagEnglishGrouping | sakip::kFlagDotDecimal);
  // A single comma with three digits is a decimal comma in an Indonesian document, but flagged.
  expect_number("4,300", ValueKind::Decimal, "4.3", 3, sakip::kFlagAmbiguousSeparator);
}

TEST(ParseValue, DotDecimalDocument) {
  // Kulon Progo CSV: plain dddd.dd with a dot decimal and a leading '-'.
  sakip::ParseContext en;
  en.comma_decimal = false;
  expect_number("5720417000.00", ValueKind::Decimal, "5720417000", 2, 0, en);
  expect_number("-16320400.00", ValueKind::Decimal, "-16320400", 2, 0, en);
  expect_number("12.5", ValueKind::Decimal, "12.5", 1, 0, en);
  EXPECT_FALSE(parse_value("12.5", en).has(sakip::kFlagDotDecimal));
  expect_number("4.300", ValueKind::Decimal, "4.3", 3, sakip::kFlagAmbiguousSeparator, en);
}

// ---- robustness ------------------------------------------------------------------------------------
TEST(ParseValue, NeverThrowsAndExplainsText) {
  const std::string cases[] = {std::string("\xFF\xFE\x00" "1", 4), "\xC3", "\xE2\x80", "1\xC3\x28",
                               std::string(5000, '9'), std::string(300, '1'), "1e5", "0x10", "((1))",
                               "Rp", "%", "()", "(", ")", "1,,2", ",5", "5,", ".", ",", "<", "<b", "**",
                               "1-", "-1-", "--1", ",-", ".-", "Rp,-", "(,-)", "A(,-)", std::string(40, '9'), "9" + std::string(35, '0') + ",5"};
  for (const std::string& s : cases) {
    Value v;
    EXPECT_NO_THROW(v = parse_value(s)) << s;
    if (v.kind == ValueKind::Text) EXPECT_FALSE(v.reason.empty()) << s;
    EXPECT_EQ(v.original, s);
  }
  Value bad = parse_value(std::string("12\xFF", 3));
  EXPECT_EQ(bad.kind, ValueKind::Text);
  EXPECT_TRUE(bad.has(sakip::kFlagInvalidUtf8));
}

TEST(ParseValue, ToStringOfKinds) {
  EXPECT_EQ(sakip::to_string(ValueKind::Money), "money");
  EXPECT_EQ(sakip::to_string(ValueKind::NotApplicable), "not_applicable");
  EXPECT_EQ(sakip::to_string(ValueKind::Percent), "percent");
}

// ---- numeric cells ---------------------------------------------------------------------------------
TEST(ValueFromNumber, PercentFormatScalesExactly) {
  sakip::TextStore store;
  Value v = sakip::value_from_number("0.644186046511628", sakip::describe_number_format("0.00%"), store);
  EXPECT_EQ(v.kind, ValueKind::Percent);
  ASSERT_TRUE(v.number);
  EXPECT_EQ(*v.number, D("64.4186046511628"));
  EXPECT_EQ(v.decimals, 2);
  EXPECT_EQ(v.original, "64,42%");
  EXPECT_TRUE(v.has(sakip::kFlagFromNumberFormat));
}

TEST(ValueFromNumber, GeneralTakesDigitsOfTheRawValue) {
  sakip::TextStore store;
  sakip::NumberFormat general = sakip::describe_number_format("General");
  Value v = sakip::value_from_number("89.75", general, store);
  EXPECT_EQ(v.kind, ValueKind::Decimal);
  EXPECT_EQ(v.decimals, 2);
  EXPECT_EQ(*v.number, D("89.75"));
  Value i = sakip::value_from_number("3297504548", general, store);
  EXPECT_EQ(i.kind, ValueKind::Integer);
  EXPECT_EQ(i.decimals, 0);
  EXPECT_EQ(i.original, "3297504548");
  Value e = sakip::value_from_number("1.5E-3", general, store);
  EXPECT_EQ(*e.number, D("0.0015"));
  EXPECT_EQ(e.decimals, 4);
  // Binary noise such as 0.30000000000000004 is capped at 10 displayed decimals.
  Value n = sakip::value_from_number("0.30000000000000004", general, store);
  EXPECT_EQ(n.decimals, 10);
  EXPECT_EQ(*n.number, D("0.30000000000000004"));  // the value itself stays exact
}

TEST(ValueFromNumber, GroupedAndMoneyFormats) {
  sakip::TextStore store;
  Value v = sakip::value_from_number("2717264930", sakip::describe_number_format("#,##0"), store);
  EXPECT_EQ(v.kind, ValueKind::Integer);
  EXPECT_EQ(v.original, "2.717.264.930");
  Value m = sakip::value_from_number("744112000", sakip::describe_number_format("[$Rp-421]#,##0.00"), store);
  EXPECT_EQ(m.kind, ValueKind::Money);
  EXPECT_EQ(m.decimals, 2);
  EXPECT_EQ(m.original, "Rp744.112.000,00");
  Value p = sakip::value_from_number("1", sakip::describe_number_format("0%"), store);
  EXPECT_EQ(p.kind, ValueKind::Percent);
  EXPECT_EQ(*p.number, D("100"));
  EXPECT_EQ(p.decimals, 0);
  Value bad = sakip::value_from_number("abc", sakip::describe_number_format("General"), store);
  EXPECT_EQ(bad.kind, ValueKind::Text);
}

// The displayed text of a numeric cell is built without allocating; it must read exactly as the
// Indonesian formatter writes the same value (grouped or plain, rounded half away from zero).
TEST(ValueFromNumber, DisplayMatchesTheIndonesianFormatter) {
  sakip::TextStore store;
  const char* raws[] = {"0", "-0.004", "0.005", "-0.5", "7", "999.995", "1000", "-1234567.891",
                        "12345678901234567890.25", "0.000123", "100000", "1E-9", "123456789012"};
  const char* formats[] = {"General", "#,##0", "#,##0.00", "0.000", "0", "0.00%", "#,##0.0%",
                           "[$Rp-421]#,##0.00", "_-\"Rp\"* #,##0_-", "0.0000000000"};
  for (const char* f : formats) {
    const sakip::NumberFormat nf = sakip::describe_number_format(f);
    for (const char* r : raws) {
      Value v = sakip::value_from_number(r, nf, store);
      ASSERT_TRUE(v.number) << r;
      std::string want = nf.grouping ? sakip::format_id(*v.number, v.decimals)
                                     : sakip::format_plain(*v.number, v.decimals, ',');
      if (v.kind == ValueKind::Money) want = "Rp" + want;
      if (nf.percent) want += "%";
      EXPECT_EQ(v.original, want) << r << " as " << f;
    }
  }
}

// value_from_number's fast path (plain "[-]digits[.digits]" up to 18 digits, 64-bit arithmetic)
// against its general path, field for field (the exact units and scale of the number, not only
// its value) over generated cell texts: doubles as Excel writes them, hand-made digit strings at
// the 18/19-digit edge, exponents, signs, spaces and junk that only the general path reads.
TEST(ValueFromNumber, FastPathAgreesWithTheGeneralPath) {
  std::mt19937_64 rng(20261123);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  const char* codes[] = {"General", "0", "0.0", "0.00", "0.000", "#,##0", "#,##0.00", "#,##0.000",
                         "0%", "0.0%", "0.00%", "#,##0.0%", "[$Rp-421]#,##0.00", "_-\"Rp\"* #,##0_-",
                         "IDR #,##0.00", "dd/mm/yyyy", "@", "0.0000000000", "0.00000000000000000000",
                         "0.000000000000000000000000000000000000"};
  std::vector<sakip::NumberFormat> formats;
  for (const char* c : codes) formats.push_back(sakip::describe_number_format(c));
  const std::string junk[] = {"", " ", "-", ".", "-.", "+1", "1e5", "1E-3", " 12", "12 ", "1,5", "1.2.3",
                              "--1", "1-", "abc", "0x10", "\xC2\xA0" "5", "5.", ".5", "-.5", "-0", "0.000"};
  auto random_raw = [&]() -> std::string {
    switch (pick(4)) {
      case 0: {  // a double as Excel stores it (shortest round trip)
        const double mag = std::pow(10.0, static_cast<double>(pick(30)) - 12.0);
        double d = static_cast<double>(rng() % 100000000) / 1e8 * mag;
        if (pick(3) == 0) d = std::round(d);
        if (pick(4) == 0) d = -d;
        char buf[64];
        auto res = std::to_chars(buf, buf + sizeof buf, d);
        return std::string(buf, res.ptr);
      }
      case 1: {  // digits around the 18-digit limit, leading and trailing zeros
        std::string s = pick(3) == 0 ? "-" : "";
        const size_t int_digits = pick(21), frac_digits = pick(4) == 0 ? 0 : pick(21);
        for (size_t i = 0; i < int_digits; ++i) s += static_cast<char>('0' + (pick(3) == 0 ? 0 : pick(10)));
        if (frac_digits > 0 || pick(8) == 0) s += '.';
        for (size_t i = 0; i < frac_digits; ++i) s += static_cast<char>('0' + (pick(3) == 0 ? 0 : pick(10)));
        return s;
      }
      case 2: {  // values that round at the displayed decimals (..5, ..95, ..995)
        std::string s = std::to_string(rng() % 100000);
        s += '.';
        s += std::string(pick(4), '9');
        s += pick(2) ? "5" : "4";
        if (pick(3) == 0) s = "-" + s;
        return s;
      }
      default:
        return junk[pick(std::size(junk))];
    }
  };
  sakip::TextStore store;
  for (int n = 0; n < 200000; ++n) {
    const std::string raw = random_raw();
    const sakip::NumberFormat& f = formats[pick(formats.size())];
    const Value fast = sakip::value_from_number(raw, f, store);
    const Value ref = sakip::value_from_number_reference(raw, f, store);
    SCOPED_TRACE("raw [" + raw + "] format " + f.code);
    ASSERT_EQ(fast.kind, ref.kind);
    ASSERT_EQ(fast.number.has_value(), ref.number.has_value());
    if (ref.number) {
      ASSERT_TRUE(fast.number->units == ref.number->units) << fast.number->to_string() << " vs " << ref.number->to_string();
      ASSERT_EQ(fast.number->scale, ref.number->scale);
    }
    ASSERT_EQ(fast.original, ref.original);
    ASSERT_EQ(fast.unit, ref.unit);
    ASSERT_EQ(fast.flags, ref.flags);
    ASSERT_EQ(fast.decimals, ref.decimals);
    ASSERT_EQ(fast.reason.view(), ref.reason.view());
    ASSERT_EQ(fast.grade.view(), ref.grade.view());
    ASSERT_FALSE(fast.upper.has_value());
  }
  // The money overload gives what the format says.
  EXPECT_TRUE(sakip::number_format_is_money(sakip::describe_number_format("[$Rp-421]#,##0.00")));
  EXPECT_TRUE(sakip::number_format_is_money(sakip::describe_number_format("IDR #,##0")));
  EXPECT_FALSE(sakip::number_format_is_money(sakip::describe_number_format("#,##0.00")));
}

// With a store, the value views the store's copy, not the caller's buffer.
TEST(ParseValue, StoreKeepsTheTexts) {
  sakip::TextStore store;
  sakip::ParseContext ctx;
  ctx.store = &store;
  std::string text = "4 Dok";
  Value v = parse_value(text, ctx);
  text.assign("xxxxx");
  EXPECT_EQ(v.original, "4 Dok");
  EXPECT_EQ(v.unit, "Dok");
  EXPECT_EQ(v.kind, ValueKind::Quantity);
  // A unit that markup splits is not in the original as written; it is still kept whole.
  Value m = parse_value("<b>4</b> D<i>ok</i>", ctx);
  EXPECT_EQ(m.kind, ValueKind::Quantity);
  EXPECT_EQ(m.unit, "Dok");
  Value n = parse_value("<b>4</b> D<i>ok</i>");
  EXPECT_EQ(n.unit, "Dok");
}

// A Range's upper bound is kept apart; copies of the value keep their own.
TEST(ParseValue, RangeUpperBoundCopies) {
  Value v = parse_value("69,1-69,5");
  ASSERT_TRUE(v.upper);
  Value w = v;
  v.upper.reset();
  ASSERT_TRUE(w.upper);
  EXPECT_EQ(*w.upper, D("69.5"));
}
