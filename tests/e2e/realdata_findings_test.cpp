// End-to-end: `sakipcheck check` on every real file in ../shared/realdata must report the
// findings a person reviewed as true, and nothing reviewed as false.
//
// Truth: fixtures/expected-realdata/<file>.json. Each finding there was checked by hand against
// the file and recomputed independently by tests/tools/realdata_recompute.py (Python parsers,
// not our readers) from the statements in /work/shared/realdata/README.md ("Known real
// defects"); each entry's "why" gives the recomputation. Schema:
//   "findings":  [{rule, sheet, cell, expected?, actual?, why}]  required, numbers within
//                tolerance (money exact, percent rules 0.005 points); expected/actual null = any.
//   "groups":    [{rule, sheet, range?, severity?, count, why}]  exactly `count` findings of that
//                rule (in that range / of that severity) -- big homogeneous groups.
//   "accepted":  [{rule, sheet, cell, why}]  true but not required (e.g. a relation that fails on a
//                cell whose value is right, because another cell is wrong).
//   "forbidden": [{sheet, range, rule ("x.y", "x.*" or "*"), severity? [..], related_columns? [..],
//                why}]  no finding there (a pinned or accepted finding is exempt); with
//                related_columns only findings whose related cells lie in one of those columns.
//   "known_missed": [{rule, sheet, cell, why}]  TRUE defects the tool cannot report yet (each
//                "why" says what it lacks). Strict: the test fails if the tool reports one, so
//                when the tool learns it the entry must move to "findings". Printed as
//                "known gaps: N" per file; never delete an entry without fixing it.
// Any other `error` finding fails the test, printed with its details.
// If the real data is absent the test FAILS (CI has /work/shared next to the clone).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <tuple>
#include <unistd.h>
#include <vector>

#include "tests/support/golden.h"
#include "tests/support/paths.h"

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::vector<std::string> golden_files() { return sakip::test::json_files("expected-realdata"); }

using sakip::test::cell_in_range;
using sakip::test::column_of;

bool rule_matches(const std::string& pattern, const std::string& rule) {
  if (pattern == "*") return true;
  if (pattern.size() >= 2 && pattern.compare(pattern.size() - 2, 2, ".*") == 0)
    return rule.rfind(pattern.substr(0, pattern.size() - 1), 0) == 0;
  return pattern == rule;
}

bool same_value(const json& want, const json& got, bool percent) {
  if (want.is_null()) return true;
  if (want.is_number()) {
    double w = want.get<double>(), g;
    if (got.is_number()) {
      g = got.get<double>();
    } else if (got.is_string()) {
      try {
        g = std::stod(got.get<std::string>());
      } catch (...) {
        return false;
      }
    } else {
      return false;
    }
    if (percent) return std::fabs(w - g) <= 0.005 + 1e-9;
    return w == g || std::fabs(w - g) <= 1e-9 * std::max(1.0, std::fabs(w));  // money: exact (doubles hold 15 digits)
  }
  if (want.is_string()) return got.is_string() && want.get<std::string>() == got.get<std::string>();
  return want == got;
}

std::string describe(const json& f) {
  std::ostringstream o;
  o << f.value("rule", "?") << " '" << f.value("sheet", "?") << "'!" << f.value("cell", "?");
  if (f.contains("expected")) o << " expected=" << f["expected"].dump();
  if (f.contains("actual")) o << " actual=" << f["actual"].dump();
  if (f.contains("severity")) o << " [" << f["severity"].get<std::string>() << "]";
  if (f.contains("message") && f["message"].is_string()) o << " \"" << f["message"].get<std::string>() << "\"";
  return o.str();
}

bool place_is(const json& g, const json& want) {
  return g.value("rule", "") == want.at("rule").get<std::string>() &&
         g.value("sheet", "") == want.at("sheet").get<std::string>() &&
         g.value("cell", "") == want.at("cell").get<std::string>();
}

class RealdataFindings : public ::testing::TestWithParam<std::string> {};

TEST_P(RealdataFindings, MatchesTheReview) {
  const std::string dir = sakip::test::realdata_dir();
  ASSERT_FALSE(dir.empty()) << "the real data (/work/shared/realdata, or $SAKIP_REALDATA) is absent: this test needs "
                               "../shared/realdata next to the repository; it does not skip";
  std::ifstream gin(sakip::test::fixture("expected-realdata/" + GetParam()));
  ASSERT_TRUE(gin) << GetParam();
  const json golden = json::parse(gin);
  const std::string file = (fs::path(dir) / golden.at("file").get<std::string>()).string();
  ASSERT_TRUE(fs::exists(file)) << "real file missing: " << file;

  const std::string report_path =
      (fs::temp_directory_path() / ("realdata_findings_" + std::to_string(::getpid()) + "_" + GetParam())).string();
  fs::remove(report_path);
  std::string console;
  const int code = sakip::test::run(
      "'" + sakip::test::sakipcheck_binary() + "' check --json '" + report_path + "' '" + file + "' 2>&1", &console);
  ASSERT_TRUE(code == 0 || code == 1) << "exit code " << code << "\n" << console.substr(0, 4000);
  std::ifstream rin(report_path);
  ASSERT_TRUE(rin) << "no JSON report written\n" << console.substr(0, 4000);
  const json report = json::parse(rin);
  fs::remove(report_path);
  ASSERT_TRUE(report.contains("findings") && report["findings"].is_array());
  const json& got = report["findings"];
  std::vector<bool> exempt(got.size(), false);

  // 1. every pinned finding is reported with the reviewed numbers
  for (const json& want : golden.value("findings", json::array())) {
    const bool percent = want.at("rule").get<std::string>().rfind("pct.", 0) == 0 ||
                         want.at("rule").get<std::string>().rfind("range.capaian", 0) == 0;
    bool found = false;
    std::string near;
    for (size_t i = 0; i < got.size(); ++i) {
      if (!place_is(got[i], want)) continue;
      const json ge = got[i].contains("expected") ? got[i]["expected"] : json();
      const json ga = got[i].contains("actual") ? got[i]["actual"] : json();
      if (same_value(want.value("expected", json()), ge, percent) && same_value(want.value("actual", json()), ga, percent)) {
        found = exempt[i] = true;
      } else {
        near += "\n    same place, other numbers: " + describe(got[i]);
      }
    }
    EXPECT_TRUE(found) << "missing reviewed finding " << describe(want) << "\n    why it is true: "
                       << want.value("why", "") << near;
  }
  for (const json& acc : golden.value("accepted", json::array()))
    for (size_t i = 0; i < got.size(); ++i)
      if (place_is(got[i], acc)) exempt[i] = true;

  // 1b. known gaps: true defects not reported yet -- strictly absent, and counted aloud
  const json known = golden.value("known_missed", json::array());
  for (const json& km : known) {
    for (size_t i = 0; i < got.size(); ++i)
      EXPECT_FALSE(place_is(got[i], km))
          << "known gap now reported -- move it from \"known_missed\" to \"findings\" with the reviewed numbers: "
          << describe(got[i]) << "\n    gap was: " << km.value("why", "");
  }
  std::cout << "[ INFO     ] " << GetParam() << ": known gaps: " << known.size() << "\n";

  // 2. grouped findings: exact counts
  for (const json& grp : golden.value("groups", json::array())) {
    size_t n = 0;
    for (size_t i = 0; i < got.size(); ++i) {
      const json& g = got[i];
      if (g.value("rule", "") != grp.at("rule").get<std::string>() || g.value("sheet", "") != grp.at("sheet").get<std::string>())
        continue;
      if (grp.contains("range") && !cell_in_range(g.value("cell", ""), grp["range"].get<std::string>())) continue;
      if (grp.contains("severity") && g.value("severity", "") != grp["severity"].get<std::string>()) continue;
      ++n;
      exempt[i] = true;
    }
    EXPECT_EQ(n, grp.at("count").get<size_t>()) << "group " << grp.dump() << "\n    why: " << grp.value("why", "");
  }

  // 3. forbidden places and unreviewed errors
  for (size_t i = 0; i < got.size(); ++i) {
    if (exempt[i]) continue;
    const json& g = got[i];
    bool bad = false;
    for (const json& fb : golden.value("forbidden", json::array())) {
      if (!rule_matches(fb.at("rule"), g.value("rule", "")) || fb.at("sheet") != g.value("sheet", "")) continue;
      if (!cell_in_range(g.value("cell", ""), fb.at("range").get<std::string>())) continue;
      if (fb.contains("related_columns")) {  // only findings that relate the cell to one of these columns
        bool hit = false;
        for (const json& rel : g.value("related", json::array()))
          for (const json& col : fb["related_columns"])
            if (rel.is_string() && column_of(rel.get<std::string>()) == column_of(col.get<std::string>())) hit = true;
        if (!hit) continue;
      }
      if (fb.contains("severity")) {
        const auto& sv = fb["severity"];
        if (std::find(sv.begin(), sv.end(), json(g.value("severity", ""))) == sv.end()) continue;
      }
      ADD_FAILURE() << "finding reviewed as FALSE (" << fb.at("range").get<std::string>() << ", "
                    << fb.at("rule").get<std::string>() << ": " << fb.value("why", "") << "):\n    " << describe(g);
      bad = true;
      break;
    }
    if (!bad && g.value("severity", "") == "error")
      ADD_FAILURE() << "unreviewed error finding (review it against the file; pin it with a 'why' if true, "
                       "file a bug if false):\n    "
                    << describe(g);
  }
}

std::string param_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string s;
  for (char c : info.param) s += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return s;
}

INSTANTIATE_TEST_SUITE_P(Realdata, RealdataFindings, ::testing::ValuesIn(golden_files()), param_name);

// Every real data file has a reviewed golden, and every golden entry says why.
TEST(RealdataFindingsCorpus, EveryRealFileIsReviewed) {
  const std::string dir = sakip::test::realdata_dir();
  ASSERT_FALSE(dir.empty()) << "the real data (/work/shared/realdata) is absent";
  std::vector<std::string> covered;
  for (const auto& f : golden_files()) {
    std::ifstream in(sakip::test::fixture("expected-realdata/" + f));
    const json g = json::parse(in);
    covered.push_back(g.at("file").get<std::string>());
    for (const char* key : {"findings", "groups", "accepted", "forbidden", "known_missed"})
      for (const json& x : g.value(key, json::array()))
        EXPECT_FALSE(x.value("why", "").empty()) << f << " " << key << ": " << x.dump();
  }
  for (const auto& path : sakip::test::realdata_files()) {
    const std::string name = fs::path(path).filename().string();
    EXPECT_NE(std::find(covered.begin(), covered.end(), name), covered.end()) << "no reviewed golden for " << name;
  }
}


// The "no finding" verdicts above are only worth something if the checks really run on these
// layouts. Change one amount by 1 in a copy of a real file and the tool must say where.
// Expected numbers are by hand: Kulon Progo line 45 'Belanja Telepon' Sebelum 84000000.00 ->
// 84000001.00, so its parent line 44 'Belanja Jasa Kantor' (351000000.00) no longer equals its 4
// rincian (351000001) and Angka 41600000.00 != 125600000.00 - 84000001.00 = 41599999.
// Sumedang line 128 (kegiatan 2,01 = 2.01 under program 5.01.01, 2021 Rp) 234556500 -> 234556501:
// program row 6 P6 (11566246594) != its 7 kegiatan (11566246595), and the kegiatan's kondisi
// akhir V7 (899556500) != its years (899556501). This also shows the '2,01' codes are parented.

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream o;
  o << in.rdbuf();
  return o.str();
}

TEST(RealdataMutations, OneChangedAmountIsFound) {
  const std::string dir = sakip::test::realdata_dir();
  ASSERT_FALSE(dir.empty()) << "the real data (/work/shared/realdata) is absent";
  struct Case {
    std::string file, ext, from, to;
    std::vector<std::tuple<std::string, std::string, double, double>> want;  // rule, cell, expected, actual
  };
  const std::vector<Case> cases = {
      {"kulonprogo_2014_penjabaran_perubahan_apbd_1.20.03.csv", ".csv",
       "1.20 . 1.20.03 . 01.02 . 5.2.2.03.01 ;Belanja Telepon ;84000000.00;",
       "1.20 . 1.20.03 . 01.02 . 5.2.2.03.01 ;Belanja Telepon ;84000001.00;",
       {{"sum.hierarchy", "C44", 351000001, 351000000}, {"shift.change", "E45", 41599999, 41600000}}},
      {"sumedang_renstra_tc27_bappppeda_2019-2023.html", ".html", "sdval=\"234556500\"", "sdval=\"234556501\"",
       {{"sum.hierarchy", "P6", 11566246595.0, 11566246594.0}, {"sum.period", "V7", 899556501, 899556500}}},
  };
  for (const auto& c : cases) {
    std::string text = read_all((fs::path(dir) / c.file).string());
    const auto at = text.find(c.from);
    ASSERT_NE(at, std::string::npos) << c.file;
    ASSERT_EQ(text.find(c.from, at + 1), std::string::npos) << "not unique in " << c.file;
    text.replace(at, c.from.size(), c.to);
    const fs::path tmp = fs::temp_directory_path() / ("realdata_mut_" + std::to_string(::getpid()) + c.ext);
    const fs::path rep = fs::temp_directory_path() / ("realdata_mut_" + std::to_string(::getpid()) + ".json");
    { std::ofstream(tmp, std::ios::binary) << text; }
    std::string console;
    const int code = sakip::test::run("'" + sakip::test::sakipcheck_binary() + "' check --json '" + rep.string() + "' '" +
                                          tmp.string() + "' 2>&1",
                                      &console);
    EXPECT_EQ(code, 1) << c.file << "\n" << console.substr(0, 3000);
    std::ifstream rin(rep);
    ASSERT_TRUE(rin) << console.substr(0, 3000);
    const json report = json::parse(rin);
    fs::remove(tmp);
    fs::remove(rep);
    for (const auto& [rule, cell, expected, actual] : c.want) {
      bool found = false;
      for (const json& g : report.at("findings"))
        if (g.value("rule", "") == rule && g.value("cell", "") == cell &&
            same_value(json(expected), g.value("expected", json()), false) &&
            same_value(json(actual), g.value("actual", json()), false))
          found = true;
      EXPECT_TRUE(found) << c.file << " with one amount changed: missing " << rule << " " << cell << " expected "
                         << static_cast<long long>(expected) << " actual " << static_cast<long long>(actual) << "\n"
                         << console.substr(0, 3000);
    }
  }
}


// Bantul 2015 (xlsx, spaced codes): the copy is written by openpyxl (test flavour of
// tools/setup.sh) with C13 'Gaji Pokok PNS' 250510373620 -> 250510373621, so its parent C12
// 'Belanja Gaji dan Tunjangan' (316254998000) no longer equals its 9 rincian (316254998001).
TEST(RealdataMutations, OneChangedAmountIsFoundInBantul) {
  const std::string dir = sakip::test::realdata_dir();
  ASSERT_FALSE(dir.empty()) << "the real data (/work/shared/realdata) is absent";
  const fs::path tmp = fs::temp_directory_path() / ("realdata_mut_" + std::to_string(::getpid()) + ".xlsx");
  const fs::path rep = fs::temp_directory_path() / ("realdata_mut_" + std::to_string(::getpid()) + "_b.json");
  std::string out;
  ASSERT_EQ(sakip::test::run("/usr/bin/python3 -c \"import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); "
                             "ws=wb.worksheets[0]; assert ws['C13'].value==250510373620; ws['C13'].value+=1; "
                             "wb.save(sys.argv[2])\" '" +
                                 (fs::path(dir) / "bantul_2015_penjabaran_apbd_dikdas.xlsx").string() + "' '" +
                                 tmp.string() + "' 2>&1",
                             &out),
            0)
      << out;
  std::string console;
  EXPECT_EQ(sakip::test::run("'" + sakip::test::sakipcheck_binary() + "' check --json '" + rep.string() + "' '" +
                                 tmp.string() + "' 2>&1",
                             &console),
            1)
      << console;
  std::ifstream rin(rep);
  ASSERT_TRUE(rin) << console;
  const json report = json::parse(rin);
  fs::remove(tmp);
  fs::remove(rep);
  bool found = false;
  for (const json& g : report.at("findings"))
    found |= g.value("rule", "") == "sum.hierarchy" && g.value("cell", "") == "C12" &&
             same_value(json(316254998001.0), g.value("expected", json()), false) &&
             same_value(json(316254998000.0), g.value("actual", json()), false);
  EXPECT_TRUE(found) << "missing sum.hierarchy C12 expected 316254998001 actual 316254998000\n" << console;
}

}  // namespace
