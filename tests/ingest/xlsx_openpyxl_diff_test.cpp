// Differential test of the xlsx reader against an independent implementation, openpyxl
// (tests/tools/openpyxl_cells.py, run with /usr/bin/python3). For every .xlsx/.xlsm under
// fixtures/xlsx (except fixtures/xlsx/bad, which holds files meant to be rejected or with
// out-of-grid references openpyxl refuses) and every .xlsx in the shared real data, the cells
// printed by `sakipcheck cells --format json` must match what openpyxl reads:
//   - the same sheets in the same order, with the same visibility;
//   - the same set of non-empty cells (a cell holding the empty string counts as empty on both
//     sides; styled blank cells are not printed by `cells`);
//   - numbers equal as doubles; openpyxl turns date-formatted numbers into datetimes, which
//     the script turns back with openpyxl's to_excel: those may differ by the microsecond
//     rounding of that round trip, so they are compared within 1e-6 days;
//   - booleans equal, error codes equal;
//   - strings equal after the same normalisation on both sides: every "_xHHHH_" escape is
//     decoded (openpyxl 3.0 leaves them in shared strings and only drops "x005F_"; we decode
//     them, so a literal "_x000D_" we keep from "_x005F_x000D_" decodes on both sides alike);
//   - formulas (openpyxl with data_only=False, shared formulas translated by its Translator)
//     equal as text.
// If openpyxl is missing the test FAILS (CI installs python3-openpyxl via tools/setup.sh test).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/paths.h"

namespace {

using nlohmann::json;
namespace fs = std::filesystem;
using sakip::test::run;

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out.push_back(c);
  }
  return out + "'";
}

void put_utf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool escape_at(const std::string& s, size_t i, unsigned& v) {
  if (i + 6 >= s.size() || s[i] != '_' || (s[i + 1] != 'x' && s[i + 1] != 'X') || s[i + 6] != '_') return false;
  for (size_t k = 2; k < 6; ++k)
    if (!std::isxdigit(static_cast<unsigned char>(s[i + k]))) return false;
  v = static_cast<unsigned>(std::stoul(s.substr(i + 2, 4), nullptr, 16));
  return true;
}

// Written for this test, independently of ingest/xml_escape.cpp.
std::string normalise(const std::string& s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    unsigned v = 0;
    if (escape_at(s, i, v)) {
      i += 7;
      unsigned lo = 0;
      if (v >= 0xD800 && v <= 0xDBFF && escape_at(s, i, lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
        put_utf8(0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00), out);
        i += 7;
      } else {
        put_utf8(v == 0 || (v >= 0xD800 && v <= 0xDFFF) ? 0xFFFD : v, out);
      }
      continue;
    }
    out.push_back(s[i++]);
  }
  return out;
}

std::vector<std::string> files_to_compare() {
  std::vector<std::string> files;
  const fs::path root = fs::path(sakip::test::fixture("xlsx"));
  if (fs::is_directory(root)) {
    for (const auto& e : fs::recursive_directory_iterator(root)) {
      if (!e.is_regular_file()) continue;
      const std::string rel = fs::relative(e.path(), root).string();
      if (rel.rfind("bad/", 0) == 0) continue;
      const std::string ext = e.path().extension().string();
      if (ext == ".xlsx" || ext == ".xlsm") files.push_back(e.path().string());
    }
  }
  for (const std::string& f : sakip::test::realdata_files()) {
    if (fs::path(f).extension() == ".xlsx") files.push_back(f);
  }
  std::sort(files.begin(), files.end());
  return files;
}

void compare_file(const std::string& file) {
  SCOPED_TRACE(file);
  std::string ours_text, ref_text;
  const int rc_ours = run(shell_quote(sakip::test::sakipcheck_binary()) + " cells --format json " + shell_quote(file), &ours_text);
  ASSERT_EQ(rc_ours, 0) << "sakipcheck cells failed";
  const int rc_ref = run("/usr/bin/python3 " + shell_quote(sakip::test::source_dir() + "/tests/tools/openpyxl_cells.py") + " " + shell_quote(file), &ref_text);
  ASSERT_NE(rc_ref, 2) << "openpyxl is missing: install python3-openpyxl (tools/setup.sh test)";
  ASSERT_EQ(rc_ref, 0) << "openpyxl could not read the file";
  const json ours = json::parse(ours_text);
  const json ref = json::parse(ref_text);
  EXPECT_EQ(ours["date_system"], ref["epoch"]);
  ASSERT_EQ(ours["sheets"].size(), ref["sheets"].size());
  size_t compared = 0;
  for (size_t s = 0; s < ours["sheets"].size(); ++s) {
    const json& os = ours["sheets"][s];
    const json& rs = ref["sheets"][s];
    SCOPED_TRACE(os["name"].get<std::string>());
    EXPECT_EQ(os["name"], rs["name"]);
    EXPECT_EQ(os["state"], rs["state"]);
    json expected = json::object();  // ref -> cell, non-empty only
    for (const auto& [ref_a1, c] : rs["cells"].items()) {
      const bool empty_value = c["v"].is_null() || (c["v"].is_string() && c["v"].get<std::string>().empty());
      if (!empty_value || c.contains("f")) expected[ref_a1] = c;
    }
    std::vector<std::string> seen;
    for (const json& c : os["cells"]) {
      const std::string a1 = c["ref"];
      const std::string kind = c["kind"];
      const bool empty_value = kind == "blank" || (kind == "text" && c["raw"].get<std::string>().empty());
      if (empty_value && !c.contains("formula")) continue;
      seen.push_back(a1);
      if (!expected.contains(a1)) {
        ADD_FAILURE() << a1 << ": we read " << c.dump() << ", openpyxl nothing";
        continue;
      }
      const json& e = expected[a1];
      ++compared;
      const std::string t = e["t"];
      if (kind == "number") {
        if (t != "n") {
          ADD_FAILURE() << a1 << ": number vs openpyxl " << e.dump();
        } else if (e["date"].get<bool>()) {
          EXPECT_NEAR(c["value"].get<double>(), e["v"].get<double>(), 1e-6) << a1;
        } else {
          EXPECT_EQ(c["value"].get<double>(), e["v"].get<double>()) << a1;
        }
      } else if (kind == "text") {
        if (c["raw"].get<std::string>().empty()) {
          EXPECT_TRUE(e["v"].is_null() || e["v"] == "") << a1;
        } else {
          EXPECT_EQ(t, "s") << a1;
          if (t == "s") EXPECT_EQ(normalise(c["raw"]), normalise(e["v"])) << a1;
        }
      } else if (kind == "boolean") {
        EXPECT_EQ(t, "b") << a1;
        EXPECT_EQ(c["value"], e["v"]) << a1;
      } else if (kind == "error") {
        EXPECT_EQ(t, "e") << a1;
        EXPECT_EQ(c["raw"], e["v"]) << a1;
      } else {  // blank with a formula
        EXPECT_TRUE(e["v"].is_null()) << a1 << " openpyxl " << e.dump();
      }
      const std::string our_f = c.contains("formula") ? c["formula"].get<std::string>() : "";
      const std::string ref_f = e.contains("f") ? e["f"].get<std::string>() : "";
      EXPECT_EQ(our_f, ref_f) << a1 << " formula";
    }
    std::sort(seen.begin(), seen.end());
    for (const auto& [a1, e] : expected.items()) {
      if (!std::binary_search(seen.begin(), seen.end(), a1))
        ADD_FAILURE() << a1 << ": openpyxl reads " << e.dump() << ", we nothing";
    }
  }
  std::cout << "[diff] " << file << ": " << compared << " cells agree-checked\n";
}

TEST(XlsxOpenpyxlDiff, OpenpyxlIsInstalled) {
  const int rc = run("/usr/bin/python3 -c 'import openpyxl' 2>/dev/null");
  ASSERT_EQ(rc, 0) << "python3-openpyxl is required for this test (tools/setup.sh test installs it)";
}

TEST(XlsxOpenpyxlDiff, EveryFixtureAndRealFileAgrees) {
  const std::vector<std::string> files = files_to_compare();
  ASSERT_FALSE(files.empty());
  for (const std::string& f : files) compare_file(f);
}

}  // namespace
