// End-to-end: `sakipcheck check` on every seed fixture must report the findings that the
// seed audit established, and nothing the audit calls consistent.
//
// Truth: fixtures/expected/<fixture>.json. Its findings, clean ranges and rounding-only cells
// were typed from /work/shared/notes/seed-audit.md (each entry cites the audit item and the
// seed line); only the A1 placement comes from tools/make_seed_fixtures.cpp, which generated
// the workbook. See fixtures/README.md for the coverage table.
//
// For each golden, order-independently:
//  - every expected finding is reported: same rule, same sheet, same cell (or one of its
//    "alt_cells", for cross-table conflicts where the audit does not say which side is wrong;
//    there expected/actual may be swapped); expected/actual equal (percent rules within 0.005
//    points, everything else exact; grade letters as text);
//  - no `error` finding on a rounding-only cell or inside a clean range;
//  - any other `error` finding fails the test unless the golden lists it in "accepted_extra";
//  - every "known_missed" entry (an audit finding the tool cannot produce yet, with "why": the
//    missing capability; from fixtures/seeds/<seed>/known_missed.tsv) is still NOT reported, so
//    the day the tool learns it this fails and the entry moves back to "findings". A summary
//    line "known gaps: N" is printed per fixture.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "tests/support/golden.h"
#include "tests/support/paths.h"

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::vector<std::string> golden_files() { return sakip::test::json_files("expected"); }

using sakip::test::cell_in_range;

std::string upper_trim(std::string s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  s = s.substr(i);
  for (auto& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return s;
}

// Reported values are numbers (exact decimal literals) or strings.
bool same_value(const json& want, const json& got, bool percent) {
  if (want.is_null()) return true;
  if (want.is_number()) {
    double w = want.get<double>(), g;
    if (got.is_number()) g = got.get<double>();
    else if (got.is_string()) {
      try {
        g = std::stod(got.get<std::string>());
      } catch (...) {
        return false;
      }
    } else {
      return false;
    }
    if (percent) return std::fabs(w - g) <= 0.005 + 1e-9;
    return w == g || std::fabs(w - g) <= 1e-9 * std::max(1.0, std::fabs(w));
  }
  if (want.is_string()) return got.is_string() && upper_trim(want.get<std::string>()) == upper_trim(got.get<std::string>());
  return want == got;
}

std::string describe(const json& f) {
  std::ostringstream o;
  o << f.value("rule", "?") << " " << f.value("sheet", "?") << "!" << f.value("cell", "?");
  if (f.contains("expected")) o << " expected=" << f["expected"].dump();
  if (f.contains("actual")) o << " actual=" << f["actual"].dump();
  if (f.contains("severity")) o << " [" << f["severity"].get<std::string>() << "]";
  if (f.contains("message") && f["message"].is_string()) o << " \"" << f["message"].get<std::string>() << "\"";
  if (f.contains("audit")) o << " (" << f["audit"].get<std::string>() << ")";
  return o.str();
}

class SeedFindings : public ::testing::TestWithParam<std::string> {};

TEST_P(SeedFindings, MatchesTheAudit) {
  const std::string golden_path = sakip::test::fixture("expected/" + GetParam());
  std::ifstream gin(golden_path);
  ASSERT_TRUE(gin) << golden_path;
  const json golden = json::parse(gin);
  const std::string fixture = sakip::test::fixture(golden.at("fixture").get<std::string>());
  ASSERT_TRUE(fs::exists(fixture)) << fixture;

  const std::string report_path =
      (fs::temp_directory_path() / ("seed_findings_" + std::to_string(::getpid()) + "_" + GetParam())).string();
  fs::remove(report_path);
  std::string console;
  const int code = sakip::test::run("'" + sakip::test::sakipcheck_binary() + "' check --json '" + report_path +
                                        "' '" + fixture + "' 2>&1",
                                    &console);
  // 0 = no error finding, 1 = error findings; anything else (usage error, unreadable) is a failure
  ASSERT_TRUE(code == 0 || code == 1) << "exit code " << code << "\n" << console;
  std::ifstream rin(report_path);
  ASSERT_TRUE(rin) << "no JSON report written to " << report_path << "\n" << console;
  const json report = json::parse(rin);
  fs::remove(report_path);
  ASSERT_TRUE(report.contains("findings") && report["findings"].is_array()) << report.dump(1).substr(0, 2000);
  const json& got = report["findings"];

  std::vector<bool> used(got.size(), false);
  // index of the reported finding that matches `want` (rule, place, numbers), -1 if none;
  // `near` collects reports at the same place with other numbers
  auto match = [&](const json& want, std::vector<std::string>& near) -> long {
    const std::string rule = want.at("rule");
    const bool percent = rule.rfind("pct.", 0) == 0;
    std::vector<std::pair<std::string, std::string>> places = {{want.at("sheet"), want.at("cell")}};
    if (want.contains("alt_cells"))
      for (const json& a : want["alt_cells"]) places.push_back({a.at("sheet"), a.at("cell")});
    for (size_t i = 0; i < got.size(); ++i) {
      const json& g = got[i];
      if (g.value("rule", "") != rule) continue;
      for (size_t p = 0; p < places.size(); ++p) {
        if (g.value("sheet", "") != places[p].first || g.value("cell", "") != places[p].second) continue;
        const json ge = g.contains("expected") ? g["expected"] : json();
        const json ga = g.contains("actual") ? g["actual"] : json();
        bool ok = same_value(want["expected"], ge, percent) && same_value(want["actual"], ga, percent);
        if (!ok && p > 0)  // the other side of a cross-table conflict: roles swap
          ok = same_value(want["expected"], ga, percent) && same_value(want["actual"], ge, percent);
        if (ok) return static_cast<long>(i);
        near.push_back(describe(g));
      }
    }
    return -1;
  };
  // 1. every expected finding is present
  for (const json& want : golden.at("findings")) {
    std::vector<std::string> near;
    const long i = match(want, near);
    const bool found = i >= 0;
    if (found) used[static_cast<size_t>(i)] = true;
    std::string hint;
    for (auto& n : near) hint += "\n    same place, different numbers: " + n;
    EXPECT_TRUE(found) << "missing finding " << describe(want) << "\n    source: " << want.value("source", "") << hint;
  }

  // 1b. known gaps: expected findings the tool cannot produce yet stay unreported; once the tool
  // reports one, this fails so that the entry moves back to "findings"
  size_t known = 0;
  if (golden.contains("known_missed"))
    for (const json& gap : golden["known_missed"]) {
      ++known;
      EXPECT_TRUE(gap.contains("why") && !gap["why"].get<std::string>().empty()) << "known gap without a why: " << describe(gap);
      std::vector<std::string> near;
      const long i = match(gap, near);
      EXPECT_LT(i, 0) << "known gap is now reported: move it from known_missed.tsv back to violations.tsv: "
                      << describe(gap);
      if (i >= 0) used[static_cast<size_t>(i)] = true;
    }
  std::printf("%s: known gaps: %zu\n", GetParam().c_str(), known);

  // 2./3. error findings: none on clean or rounding-only cells; extras only when accepted
  for (size_t i = 0; i < got.size(); ++i) {
    const json& g = got[i];
    if (used[i] || g.value("severity", "") != "error") continue;
    const std::string sheet = g.value("sheet", ""), cell = g.value("cell", ""), rule = g.value("rule", "");
    // an extra the golden accepts (with the audit's reason) is fine even inside a clean range:
    // e.g. the other side of a cross-table conflict
    bool accepted = false;
    if (golden.contains("accepted_extra"))
      for (const json& a : golden["accepted_extra"])
        if (a.at("rule") == rule && a.at("sheet") == sheet && a.at("cell") == cell) accepted = true;
    if (accepted) continue;
    bool bad_place = false;
    for (const json& c : golden.at("clean"))
      if (c.at("sheet") == sheet && !cell.empty() && cell_in_range(cell, c.at("range").get<std::string>())) {
        ADD_FAILURE() << "error finding inside a range the audit calls consistent (" << c.at("range").get<std::string>()
                      << ": " << c.at("why").get<std::string>() << "): " << describe(g);
        bad_place = true;
        break;
      }
    if (bad_place) continue;
    for (const json& r : golden.at("rounding_only"))
      if (r.at("sheet") == sheet && r.at("cell") == cell) {
        ADD_FAILURE() << "error finding on a rounding-only cell (" << r.at("why").get<std::string>() << "): " << describe(g);
        bad_place = true;
        break;
      }
    if (bad_place) continue;
    ADD_FAILURE() << "unexpected error finding (not in the audit; add it to the golden's accepted_extra "
                     "with a reason if the audit supports it): "
                  << describe(g);
  }
}

std::string param_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string s;
  for (char c : info.param) s += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return s;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, SeedFindings, ::testing::ValuesIn(golden_files()), param_name);

TEST(SeedFindingsCorpus, EveryGoldenHasItsFixture) {
  const auto files = golden_files();
  ASSERT_FALSE(files.empty()) << "no goldens in fixtures/expected";
  for (const auto& f : files) {
    std::ifstream in(sakip::test::fixture("expected/" + f));
    const json g = json::parse(in);
    EXPECT_TRUE(fs::exists(sakip::test::fixture(g.at("fixture").get<std::string>()))) << f;
    EXPECT_TRUE(g.contains("findings") && g.contains("clean") && g.contains("rounding_only")) << f;
  }
}

// The goldens must not contradict themselves: an expected finding inside a clean range or on
// a rounding-only cell would make the e2e test unpassable.
TEST(SeedFindingsCorpus, GoldensAreConsistent) {
  for (const auto& f : golden_files()) {
    std::ifstream in(sakip::test::fixture("expected/" + f));
    const json g = json::parse(in);
    std::vector<std::string> seen;
    json all = g.at("findings");
    if (g.contains("known_missed"))
      for (const json& x : g["known_missed"]) all.push_back(x);
    for (const json& x : all) {
      const std::string sheet = x.at("sheet"), cell = x.at("cell"), rule = x.at("rule");
      EXPECT_TRUE(x.contains("source") && !x["source"].get<std::string>().empty()) << f << " " << describe(x);
      for (const json& c : g.at("clean"))
        EXPECT_FALSE(c.at("sheet") == sheet && cell_in_range(cell, c.at("range").get<std::string>()))
            << f << ": expected finding inside clean range " << c.at("range").get<std::string>() << ": " << describe(x);
      for (const json& r : g.at("rounding_only"))
        EXPECT_FALSE(r.at("sheet") == sheet && r.at("cell") == cell) << f << ": finding on a rounding-only cell: " << describe(x);
      const std::string key = rule + "|" + sheet + "|" + cell;
      EXPECT_EQ(std::count(seen.begin(), seen.end(), key), 0) << f << ": duplicate " << key;
      seen.push_back(key);
    }
  }
}

}  // namespace
