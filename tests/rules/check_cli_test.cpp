// `sakipcheck check` and `sakipcheck rules` end to end through the binary: exit codes
// (report-contract.md), the JSON report against docs/report.schema.json, --lang, --select /
// --ignore, --werror, --config, and the rules listing.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/rules/lampiran_fixture.h"
#include "tests/support/paths.h"

namespace sakip::test {
namespace {

namespace fs = std::filesystem;

class CheckCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sakip_check_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    bad_ = (dir_ / "salah.xlsx").string();
    good_ = (dir_ / "benar.xlsx").string();
    write_realisasi_xlsx(bad_, true);
    write_realisasi_xlsx(good_, false);
  }
  void TearDown() override { fs::remove_all(dir_); }
  int check(const std::string& args, std::string* out = nullptr) {
    return run(sakipcheck_binary() + " check " + args + " 2>/dev/null", out);
  }
  fs::path dir_;
  std::string bad_, good_;
};

TEST_F(CheckCli, ExitCodes) {
  EXPECT_EQ(check(good_), 0);
  EXPECT_EQ(check(bad_), 1);
  EXPECT_EQ(check(bad_ + " --ignore pct"), 0);
  EXPECT_EQ(check(bad_ + " --select sum,xref"), 0);
  EXPECT_EQ(check(bad_ + " --select pct.serapan"), 1);
  EXPECT_EQ(check("--no-such-option " + good_), 2);
  EXPECT_EQ(check(""), 2);
  EXPECT_EQ(check(good_ + " --select no.such.rule"), 2);
  EXPECT_EQ(check(good_ + " --lang fr"), 2);
  const std::string junk = (dir_ / "rusak.xlsx").string();
  std::ofstream(junk, std::ios::binary) << std::string("PK\x03\x04", 4) << "bukan spreadsheet, zip terpotong";
  EXPECT_EQ(check(good_ + " " + junk), 3);
  EXPECT_EQ(check(bad_ + " " + (dir_ / "tidak-ada.xlsx").string()), 3);
}

TEST_F(CheckCli, JsonReportNamesTheCellAndBothNumbersExactly) {
  std::string out;
  ASSERT_EQ(check(bad_ + " --format json", &out), 1);
  const auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["tool"], "sakipcheck");
  ASSERT_EQ(j["inputs"].size(), 1u);
  EXPECT_EQ(j["inputs"][0]["format"], "xlsx");
  EXPECT_TRUE(j["inputs"][0]["error"].is_null());
  bool found = false;
  for (const auto& f : j["findings"]) {
    if (f["rule"] != "pct.serapan" || f["severity"] != "error") continue;
    found = true;
    EXPECT_EQ(f["sheet"], "Tabel 3.10");
    EXPECT_EQ(f["cell"], "E6");
    EXPECT_EQ(f["related"], nlohmann::json({"D6", "C6"}));
    EXPECT_NE(f["message"].get<std::string>().find("96,03"), std::string::npos);
  }
  EXPECT_TRUE(found) << out;
  // Exact decimal literals, not binary floats.
  EXPECT_NE(out.find("\"expected\": 96.03, \"actual\": 87.72"), std::string::npos) << out;
  EXPECT_EQ(j["summary"]["errors"], 1);
}

TEST_F(CheckCli, JsonReportValidatesAgainstTheSchema) {
  const std::string junk = (dir_ / "rusak.csv").string();
  std::ofstream(junk) << "";
  const std::string report = (dir_ / "r.json").string();
  ASSERT_EQ(check(bad_ + " " + good_ + " " + junk + " --json " + report), 3);
  std::string out;
  const std::string py =
      "/usr/bin/python3 -c \"import json,sys,jsonschema; "
      "jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))); print('valid')\" " +
      report + " " + source_dir() + "/docs/report.schema.json 2>&1";
  const int rc = run(py, &out);
  ASSERT_EQ(out.find("No module named"), std::string::npos) << "python3-jsonschema is missing: tools/setup.sh test installs it";
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("valid"), std::string::npos) << out;
  std::ifstream in(report);
  const auto j = nlohmann::json::parse(in);
  ASSERT_EQ(j["inputs"].size(), 3u);
  EXPECT_TRUE(j["inputs"][2]["error"].is_string());  // unreadable, the others still checked
  EXPECT_EQ(j["summary"]["errors"], 1);
}

TEST_F(CheckCli, LanguagesAndConsoleGrouping) {
  std::string id, en;
  check(bad_, &id);
  check(bad_ + " --lang en", &en);
  EXPECT_NE(id.find("Sheet 'Tabel 3.10'"), std::string::npos) << id;
  EXPECT_NE(id.find("E6"), std::string::npos);
  EXPECT_NE(id.find("87,72"), std::string::npos);
  EXPECT_NE(id.find("Ringkasan: 1 galat"), std::string::npos) << id;
  EXPECT_NE(en.find("87.72"), std::string::npos);
  EXPECT_NE(en.find("Summary: 1 errors"), std::string::npos) << en;
  EXPECT_EQ(id.find("\033["), std::string::npos);  // no colour when stdout is not a terminal
}

TEST_F(CheckCli, DirectoriesAreCheckedTogether) {
  std::string out;
  EXPECT_EQ(check(dir_.string() + " --format json --jobs 2", &out), 1);
  const auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["inputs"].size(), 2u);
}

TEST_F(CheckCli, WerrorTurnsWarningsIntoFailure) {
  const std::string csv = fixture("csv/wrapped_record.csv");
  std::string out;
  const int plain = check(csv + " --select read --format json", &out);
  const auto j = nlohmann::json::parse(out);
  ASSERT_GT(j["summary"]["warnings"].get<int>(), 0) << out;
  EXPECT_EQ(plain, 0);
  EXPECT_EQ(check(csv + " --select read --werror"), 1);
}

TEST_F(CheckCli, ConfigFileIsReadAndBadOnesAreUsageErrors) {
  const std::string ini = (dir_ / "c.ini").string();
  std::ofstream(ini) << "[money]\ntolerance = 1\n";
  EXPECT_EQ(check(good_ + " --config " + ini), 0);
  std::ofstream(ini) << "[money]\ntoleransi = 1\n";
  EXPECT_EQ(check(good_ + " --config " + ini), 2);
}

TEST(RulesCli, ListsEveryRuleInBothLanguages) {
  std::string id, en;
  ASSERT_EQ(run(sakipcheck_binary() + " rules", &id), 0);
  ASSERT_EQ(run(sakipcheck_binary() + " rules --lang en", &en), 0);
  for (const char* rule : {"sum.total", "sum.hierarchy", "sum.period", "pct.capaian", "pct.serapan", "pct.share",
                           "shift.change", "shift.pergeseran", "xref.target", "xref.anggaran", "xref.realisasi",
                           "range.serapan", "grade.scale", "grade.predikat", "format.number_as_text"}) {
    EXPECT_NE(id.find(rule), std::string::npos) << rule;
    EXPECT_NE(en.find(rule), std::string::npos) << rule;
  }
  EXPECT_NE(id.find("sama dengan jumlah"), std::string::npos);
  EXPECT_NE(en.find("equals the sum"), std::string::npos);
}

TEST(RulesCli, DocumentedDefaultConfigIsTheBuiltInOne) {
  std::string out;
  ASSERT_EQ(run(sakipcheck_binary() + " rules --default-config", &out), 0);
  std::ifstream in(source_dir() + "/docs/sakipcheck.ini");
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_EQ(ss.str(), out) << "regenerate: sakipcheck rules --default-config > docs/sakipcheck.ini";
}

}  // namespace
}  // namespace sakip::test
