// Golden recognition results (fixtures/expected-tables/*.json): for every seed fixture workbook
// and every real file, the tables found with their sheet, range, kind, header rows, column
// roles, number of rows per level and type, and (where listed) each row's parent and level.
// Each golden file says how it was checked against the source document.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <nlohmann/json.hpp>

#include "ingest/reader.h"
#include "ingest/table.h"
#include "tests/support/paths.h"

namespace sakip {
namespace {

namespace fs = std::filesystem;

std::string role_text(const Column& c) {
  std::string s = column_letters(c.col) + ":" + std::string(to_string(c.role));
  if (c.year) s += "@" + std::to_string(c.year);
  if (c.period) s += "#p" + std::to_string(c.period);
  if (c.quarter) s += "#q" + std::to_string(c.quarter);
  if (c.end_of_period) s += "#end";
  if (c.is_money) s += "#rp";
  return s;
}

std::string resolve(const std::string& input) {
  if (input.rfind("realdata:", 0) == 0) {
    std::string dir = test::realdata_dir();
    return dir.empty() ? std::string() : dir + "/" + input.substr(9);
  }
  return test::source_dir() + "/" + input;
}

void check(const nlohmann::json& golden, const std::string& input) {
  const std::string path = resolve(input);
  if (path.empty() || !fs::exists(path)) GTEST_SKIP() << "missing input " << input;
  Workbook wb = read_workbook(path);
  std::vector<Table> tables = recognize_tables(wb);
  const auto& want = golden["tables"];
  ASSERT_EQ(tables.size(), want.size()) << input;
  for (size_t i = 0; i < tables.size(); ++i) {
    const Table& t = tables[i];
    const auto& w = want[i];
    SCOPED_TRACE(input + " table " + std::to_string(i + 1) + " " + w["sheet"].get<std::string>() + "!" +
                 w["range"].get<std::string>());
    // A CSV's sheet is named after the file; the workbook's sheet name is compared otherwise.
    if (wb.format != FileFormat::Csv) EXPECT_EQ(t.sheet, w["sheet"].get<std::string>());
    EXPECT_EQ(to_a1(t.range), w["range"].get<std::string>());
    EXPECT_EQ(std::string(to_string(t.kind)), w["kind"].get<std::string>());
    EXPECT_EQ(t.title, w["title"].get<std::string>());
    std::vector<uint32_t> hdr;
    for (uint32_t r : t.header_rows) hdr.push_back(r + 1);
    EXPECT_EQ(hdr, w["header_rows"].get<std::vector<uint32_t>>());
    if (w["numbering_row"].is_null()) EXPECT_FALSE(t.numbering_row);
    else EXPECT_EQ(t.numbering_row ? *t.numbering_row + 1 : 0u, w["numbering_row"].get<uint32_t>());
    std::vector<std::string> roles;
    for (const Column& c : t.columns) roles.push_back(role_text(c));
    EXPECT_EQ(roles, w["roles"].get<std::vector<std::string>>());
    EXPECT_EQ(t.rows.size(), w["row_count"].get<size_t>());
    std::map<std::string, int> levels, types;
    for (const Row& r : t.rows) {
      ++levels[std::string(to_string(r.level))];
      ++types[std::string(to_string(r.type))];
    }
    EXPECT_EQ(levels, (w["levels"].get<std::map<std::string, int>>()));
    EXPECT_EQ(types, (w["types"].get<std::map<std::string, int>>()));
    if (w.contains("rows")) {
      std::map<uint32_t, const Row*> by_row;
      for (const Row& r : t.rows) by_row[r.sheet_row + 1] = &r;
      for (const auto& wr : w["rows"]) {
        uint32_t row = wr[0].get<uint32_t>();
        auto it = by_row.find(row);
        if (it == by_row.end()) {
          ADD_FAILURE() << "no row " << row;
          continue;
        }
        const Row& r = *it->second;
        uint32_t parent_row = r.parent >= 0 ? t.rows[r.parent].sheet_row + 1 : 0;
        EXPECT_EQ(parent_row, wr[1].get<uint32_t>()) << "parent of row " << row;
        EXPECT_EQ(std::string(to_string(r.level)), wr[2].get<std::string>()) << "level of row " << row;
        EXPECT_EQ(std::string(to_string(r.type)), wr[3].get<std::string>()) << "type of row " << row;
        EXPECT_EQ(r.code, wr[4].get<std::string>()) << "code of row " << row;
      }
    }
  }
}

TEST(TableGolden, EveryExpectedTablesFile) {
  const fs::path dir = test::fixture("expected-tables");
  ASSERT_TRUE(fs::is_directory(dir));
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  for (const fs::path& f : files) {
    SCOPED_TRACE(f.filename().string());
    std::ifstream in(f);
    nlohmann::json golden = nlohmann::json::parse(in);
    ASSERT_TRUE(golden.contains("how_checked"));
    for (const auto& input : golden["inputs"]) check(golden, input.get<std::string>());
  }
}

// Every fixture workbook and real file has a golden file (new fixtures must be checked too).
TEST(TableGolden, EveryInputHasAGolden) {
  std::set<std::string> covered;
  for (const auto& e : fs::directory_iterator(test::fixture("expected-tables"))) {
    if (e.path().extension() != ".json") continue;
    std::ifstream in(e.path());
    const nlohmann::json golden = nlohmann::json::parse(in);
    for (const auto& input : golden["inputs"]) covered.insert(input.get<std::string>());
  }
  for (const auto& e : fs::directory_iterator(test::fixture("workbooks"))) {
    if (!e.is_regular_file() || e.path().extension() == ".md") continue;
    EXPECT_TRUE(covered.count("fixtures/workbooks/" + e.path().filename().string())) << e.path();
  }
  for (const std::string& f : test::realdata_files())
    EXPECT_TRUE(covered.count("realdata:" + fs::path(f).filename().string())) << f;
}

}  // namespace
}  // namespace sakip
