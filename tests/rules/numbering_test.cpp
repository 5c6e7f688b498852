// Column-numbering formulas as printed in the seeds (seed-audit.md §4.7 #54, domain.md §1.4).
#include "rules/numbering.h"

#include <gtest/gtest.h>

namespace sakip {
namespace {

TEST(Numbering, Labels) {
  EXPECT_EQ(numbering_label("(3)"), 3);
  EXPECT_EQ(numbering_label("6 = 5/4*100"), 6);
  EXPECT_EQ(numbering_label("6 (= 5-4)"), 6);
  EXPECT_EQ(numbering_label("2021"), 0);
  EXPECT_EQ(numbering_label("1.1"), 0);
  EXPECT_EQ(numbering_label("Target"), 0);
}

TEST(Numbering, Formulas) {
  auto a = parse_numbering_formula("6 (= 5-4)");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->kind, NumberingFormula::Kind::Linear);
  EXPECT_EQ(a->terms, (std::vector<std::pair<int, int>>{{5, 1}, {4, -1}}));
  auto b = parse_numbering_formula("12=5/11*100");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->kind, NumberingFormula::Kind::Ratio);
  EXPECT_EQ(b->numerator, 5);
  EXPECT_EQ(b->denominator, 11);
  EXPECT_EQ(b->factor, Decimal::from_int(100));
  auto c = parse_numbering_formula("8= 7/6 *100");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->denominator, 6);
  auto d = parse_numbering_formula("13 = 9+10+11+12");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->terms.size(), 4u);
  auto e = parse_numbering_formula("15 = 14/5 x 100");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->numerator, 14);
  EXPECT_FALSE(parse_numbering_formula("(3)"));
  EXPECT_FALSE(parse_numbering_formula("6 = lihat catatan"));
}

}  // namespace
}  // namespace sakip
