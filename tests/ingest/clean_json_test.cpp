// The clean JSON promises (report-contract.md, "Clean JSON"), checked on every fixture workbook
// and every real file: valid against docs/clean-json.schema.json, lossless (every non-empty
// cell `sakipcheck cells` reports appears exactly once, with its reference and stored text),
// byte-identical across runs.
#include "ingest/clean_json.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "ingest/reader.h"
#include "tests/support/paths.h"

namespace sakip {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> inputs() {
  std::vector<std::string> out;
  const fs::path dir = test::fixture("workbooks");
  if (fs::is_directory(dir))
    for (const auto& e : fs::directory_iterator(dir))
      if (e.is_regular_file() && e.path().extension() != ".md") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  for (const std::string& f : test::realdata_files()) out.push_back(f);
  return out;
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

fs::path scratch() {
  fs::path d = fs::temp_directory_path() / ("sakip_clean_json_" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d;
}

// (sheet, ref) -> raw, for every cell object in the document; counts duplicates.
void collect(const nlohmann::json& j, const std::string& sheet, std::map<std::pair<std::string, std::string>, std::string>& out,
             int& duplicates) {
  if (j.is_object()) {
    if (j.contains("ref") && j.contains("raw")) {
      auto key = std::make_pair(sheet, j["ref"].get<std::string>());
      if (out.count(key)) ++duplicates;
      out[key] = j["raw"].get<std::string>();
    }
    for (const auto& [k, v] : j.items()) collect(v, sheet, out, duplicates);
  } else if (j.is_array()) {
    for (const auto& v : j) collect(v, sheet, out, duplicates);
  }
}

TEST(CleanJson, EveryInputIsLosslessValidAndDeterministic) {
  const auto files = inputs();
  ASSERT_FALSE(files.empty());
  const fs::path dir = scratch();
  std::vector<std::string> written;
  for (const std::string& file : files) {
    SCOPED_TRACE(file);
    std::string first, second, cells_json;
    ASSERT_EQ(test::run(test::sakipcheck_binary() + " convert " + quoted(file), &first), 0);
    ASSERT_EQ(test::run(test::sakipcheck_binary() + " convert " + quoted(file), &second), 0);
    EXPECT_TRUE(first == second) << "two runs differ";
    ASSERT_EQ(test::run(test::sakipcheck_binary() + " cells --format json " + quoted(file), &cells_json), 0);

    // The same bytes in-process (no global state between runs).
    Workbook wb = read_workbook(file);
    std::string a = clean_json(wb, recognize_tables(wb), file);
    std::string b = clean_json(wb, recognize_tables(wb), file);
    EXPECT_TRUE(a == b);
    EXPECT_TRUE(a == first);

    nlohmann::json doc = nlohmann::json::parse(first);
    nlohmann::json cells = nlohmann::json::parse(cells_json);
    std::map<std::pair<std::string, std::string>, std::string> want, got;
    for (const auto& s : cells["sheets"])
      for (const auto& c : s["cells"]) {
        if (c["kind"] == "blank") continue;
        want[{s["name"].get<std::string>(), c["ref"].get<std::string>()}] = c["raw"].get<std::string>();
      }
    int duplicates = 0;
    for (const auto& s : doc["sheets"]) collect(s, s["name"].get<std::string>(), got, duplicates);
    EXPECT_EQ(duplicates, 0);
    EXPECT_EQ(got.size(), want.size());
    size_t shown = 0;
    for (const auto& [k, raw] : want) {
      auto it = got.find(k);
      if (it == got.end() || it->second != raw) {
        if (shown++ < 5) ADD_FAILURE() << "cell " << k.first << "!" << k.second << " missing or changed";
      }
    }
    fs::path out = dir / (fs::path(file).filename().string() + ".json");
    std::ofstream(out, std::ios::binary) << first;
    written.push_back(out.string());
  }
  // Schema validation of every document at once (python3-jsonschema).
  std::string cmd = "/usr/bin/python3 " + quoted(test::source_dir() + "/tests/tools/validate_json_schema.py") + " " +
                    quoted(test::source_dir() + "/docs/clean-json.schema.json");
  for (const std::string& w : written) cmd += " " + quoted(w);
  std::string report;
  EXPECT_EQ(test::run(cmd + " 2>&1", &report), 0) << report;
  fs::remove_all(dir);
}

TEST(CleanJson, NumbersAreExactDecimalLiterals) {
  // A money value beyond double precision keeps every digit.
  Workbook wb;
  wb.sheets.emplace_back();
  Sheet& s = wb.sheets.back();
  s.name = "S";
  auto text = [&](uint32_t r, uint32_t c, std::string_view t) {
    Cell cell;
    cell.row = r;
    cell.col = c;
    cell.kind = CellKind::Text;
    cell.raw = wb.strings.add(t);
    s.cells.push_back(cell);
  };
  text(0, 0, "Uraian");
  text(0, 1, "Anggaran (Rp)");
  text(1, 0, "Belanja");
  text(1, 1, "1.234.567.890.123.456.789,25");
  text(2, 0, "Belanja Modal");
  text(2, 1, "10.000.000,00");
  s.finalize();
  std::string doc = clean_json(wb, recognize_tables(wb), "x.csv");
  EXPECT_NE(doc.find("\"number\": 1234567890123456789.25"), std::string::npos) << doc;
  EXPECT_NE(doc.find("\"text\": \"1.234.567.890.123.456.789,25\""), std::string::npos);
  EXPECT_NO_THROW((void)nlohmann::json::parse(doc));
}

TEST(CleanJson, InvalidUtf8StaysValidJson) {
  Workbook wb;
  wb.sheets.emplace_back();
  Sheet& s = wb.sheets.back();
  s.name = "S";
  Cell cell;
  cell.kind = CellKind::Text;
  cell.raw = wb.strings.add(std::string("a\xff\"b\x01", 5));
  s.cells.push_back(cell);
  s.finalize();
  std::string doc = clean_json(wb, recognize_tables(wb), "x.csv");
  nlohmann::json j = nlohmann::json::parse(doc);
  EXPECT_EQ(j["sheets"][0]["unassigned"][0]["raw"], "a\xEF\xBF\xBD\"b\x01");
}

}  // namespace
}  // namespace sakip
