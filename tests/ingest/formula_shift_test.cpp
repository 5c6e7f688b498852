// Moving a shared formula's relative references to a dependent cell, as Excel does.
#include "ingest/formula_shift.h"

#include <gtest/gtest.h>

namespace sakip {
namespace {

std::string shift(std::string_view f, int64_t dr, int64_t dc) {
  std::string out;
  shift_formula(f, dr, dc, out);
  return out;
}

TEST(FormulaShift, RelativeReferencesMove) {
  EXPECT_EQ(shift("A1+B1", 2, 0), "A3+B3");
  EXPECT_EQ(shift("SUM(C2:C10)/D2", 0, 1), "SUM(D2:D10)/E2");
  EXPECT_EQ(shift("Z1", 0, 1), "AA1");
}

TEST(FormulaShift, AbsolutePartsStay) {
  EXPECT_EQ(shift("$A$1*A1", 0, 2), "$A$1*C1");
  EXPECT_EQ(shift("$A1+A$1", 3, 3), "$A4+D$1");
}

TEST(FormulaShift, LiteralsNamesAndFunctionsAreLeftAlone) {
  EXPECT_EQ(shift("\"A1\"&A1", 1, 0), "\"A1\"&A2");
  EXPECT_EQ(shift("LOG10(A1)", 1, 0), "LOG10(A2)");
  EXPECT_EQ(shift("'PK 2024'!B7+Sheet1!B7", 1, 0), "'PK 2024'!B8+Sheet1!B8");
  EXPECT_EQ(shift("1.5E+3*A1", 1, 0), "1.5E+3*A2");
  EXPECT_EQ(shift("Tabel1[Pagu]+A1", 1, 0), "Tabel1[Pagu]+A2");
}

TEST(FormulaShift, WholeRowsAndColumns) {
  EXPECT_EQ(shift("SUM(A:A)", 5, 1), "SUM(B:B)");
  EXPECT_EQ(shift("SUM(2:3)", 1, 5), "SUM(3:4)");
}

TEST(FormulaShift, OffTheGridBecomesRef) {
  EXPECT_EQ(shift("A1", -1, 0), "#REF!");
  EXPECT_EQ(shift("XFD1", 0, 1), "#REF!");
}

}  // namespace
}  // namespace sakip
