// Cell placement with rowspan/colspan, checked against grids drawn by hand.
#include "ingest/html_table_layout.h"

#include <gtest/gtest.h>

namespace sakip {
namespace {

std::pair<uint32_t, uint32_t> at(HtmlTableLayout::Placement p) { return {p.row, p.col}; }

TEST(HtmlTableLayout, RowspanPushesLaterCellsRight) {
  // | A (rowspan 2) | B | C |
  // |   (A)         | D | E |
  HtmlTableLayout l;
  l.begin_row();
  EXPECT_EQ(at(l.place(1, 2)), std::make_pair(0u, 0u));
  EXPECT_EQ(at(l.place(1, 1)), std::make_pair(0u, 1u));
  EXPECT_EQ(at(l.place(1, 1)), std::make_pair(0u, 2u));
  l.begin_row();
  EXPECT_EQ(at(l.place(1, 1)), std::make_pair(1u, 1u));
  EXPECT_EQ(at(l.place(1, 1)), std::make_pair(1u, 2u));
  EXPECT_EQ(l.rows(), 2u);
}

TEST(HtmlTableLayout, RowspanInTheMiddleAndColspan) {
  // | A | B (colspan 2, rowspan 2) | C |
  // | D |  (B)   (B)               | E |
  HtmlTableLayout l;
  l.begin_row();
  l.place(1, 1);
  const auto b = l.place(2, 2);
  EXPECT_EQ(at(b), std::make_pair(0u, 1u));
  EXPECT_EQ(b.colspan, 2u);
  EXPECT_EQ(at(l.place(1, 1)), std::make_pair(0u, 3u));
  l.begin_row();
  EXPECT_EQ(at(l.place(1, 1)), std::make_pair(1u, 0u));
  EXPECT_EQ(at(l.place(1, 1)), std::make_pair(1u, 3u));
}

TEST(HtmlTableLayout, CellBeforeAnyRowStartsRowZero) {
  HtmlTableLayout l;
  EXPECT_EQ(at(l.place(1, 1)), std::make_pair(0u, 0u));
}

TEST(HtmlTableLayout, GridLimitsClampAndDrop) {
  HtmlTableLayout l(4, 10);
  l.begin_row();
  const auto a = l.place(3, 1);
  EXPECT_EQ(a.colspan, 3u);
  const auto b = l.place(5, 1);
  EXPECT_TRUE(b.ok);
  EXPECT_TRUE(b.clamped);
  EXPECT_EQ(b.colspan, 1u);
  EXPECT_FALSE(l.place(1, 1).ok);  // no column left
}

TEST(HtmlTableLayout, SpanAttributesParseLikeBrowsers) {
  EXPECT_EQ(HtmlTableLayout::parse_span("3", 1000), 3u);
  EXPECT_EQ(HtmlTableLayout::parse_span(" 2px", 1000), 2u);
  EXPECT_EQ(HtmlTableLayout::parse_span("0", 1000), 1u);
  EXPECT_EQ(HtmlTableLayout::parse_span("abc", 1000), 1u);
  EXPECT_EQ(HtmlTableLayout::parse_span(nullptr, 1000), 1u);
  EXPECT_EQ(HtmlTableLayout::parse_span("99999999999999999999", 1000), 1000u);
}

}  // namespace
}  // namespace sakip
