#include "ingest/table_cells.h"

#include "ingest/table.h"

#include <gtest/gtest.h>

namespace sakip {
namespace {

TEST(TableCells, HandsOutEmptyValuesAndRefsThatStayWhereTheyAre) {
  TableCells cells;
  // Small (heap), and large enough to be mapped and constructed on two threads.
  for (size_t n : {size_t{1}, size_t{8}, size_t{300000}}) {
    std::span<Value> v = cells.values(n);
    std::span<CellRef> r = cells.refs(n);
    ASSERT_EQ(v.size(), n);
    ASSERT_EQ(r.size(), n);
    for (size_t i = 0; i < n; ++i) {
      ASSERT_EQ(v[i].kind, ValueKind::Empty) << i;
      ASSERT_FALSE(v[i].is_number()) << i;
      ASSERT_EQ(v[i].decimals, -1) << i;
      ASSERT_EQ(r[i], (CellRef{0, 0})) << i;
    }
    v[n - 1].number = Decimal::from_int(7);
    v[n - 1].upper = Decimal::from_int(9);  // owns a heap box: freed with the store
    const Value* first = v.data();
    cells.values(1000);  // later blocks do not move earlier ones
    EXPECT_EQ(first, v.data());
    EXPECT_EQ(*v[n - 1].number, Decimal::from_int(7));
  }
  EXPECT_TRUE(cells.values(0).empty());
}

TEST(TableCells, ATableBuiltByHandOwnsItsRowsCells) {
  Table t;
  Row row;
  std::vector<Value> values(3);
  values[1].number = Decimal::from_int(42);
  std::vector<CellRef> refs = {{4, 0}, {4, 1}, {4, 2}};
  t.set_cells(row, values, refs);
  values.clear();  // the row no longer depends on the vectors it was given
  refs.clear();
  t.rows.push_back(row);
  const Table copy = t;  // copies share the store
  t = Table();
  ASSERT_EQ(copy.rows[0].values.size(), 3u);
  EXPECT_EQ(*copy.rows[0].values[1].number, Decimal::from_int(42));
  EXPECT_EQ(copy.rows[0].refs[2], (CellRef{4, 2}));
}

}  // namespace
}  // namespace sakip
