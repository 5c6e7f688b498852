// The INI configuration: defaults, overrides, and refusing what it cannot read.
#include "rules/config.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

namespace sakip {
namespace {

std::string write_tmp(const std::string& text) {
  char name[] = "/tmp/sakipcfgXXXXXX";
  const int fd = mkstemp(name);
  close(fd);
  std::ofstream(name) << text;
  return name;
}

TEST(Config, DefaultsFollowTheRegulations) {
  const Config c = Config::defaults();
  EXPECT_EQ(c.negative_formula, NegativeFormula::TwoTMinusR);
  EXPECT_TRUE(c.is_negative_indicator("Persentase Penduduk Miskin"));
  EXPECT_FALSE(c.is_negative_indicator("Indeks Kepuasan Masyarakat"));
  EXPECT_EQ(c.predikat.classify(*Decimal::parse("90"))->label, "Sangat Tinggi");
  EXPECT_EQ(c.predikat.classify(*Decimal::parse("89.99"))->label, "Tinggi");
  EXPECT_EQ(c.predikat.classify(*Decimal::parse("75.5"))->label, "Sedang");  // the printed gap 75–76
  EXPECT_EQ(c.predikat.classify(*Decimal::parse("10"))->label, "Sangat Rendah");
  EXPECT_EQ(c.sakip.classify(*Decimal::parse("80"))->label, "BB");   // A is > 80
  EXPECT_EQ(c.sakip.classify(*Decimal::parse("80.01"))->label, "A");
  EXPECT_EQ(c.sakip.classify(*Decimal::parse("55"))->label, "CC");
  EXPECT_EQ(c.sakip.classify(*Decimal::parse("0"))->label, "D");
}

TEST(Config, FileOverridesKeys) {
  const std::string p = write_tmp("[capaian]\nnegative_formula = t/r\nnegative_indicators = angka kematian\n"
                                  "[money]\ntolerance = 1\n[scale]\npredikat = 100=Sangat Berhasil; 75=Berhasil; 55=Cukup Berhasil; 0=Kurang Berhasil\n");
  const Config c = load_config(p);
  EXPECT_EQ(c.negative_formula, NegativeFormula::TOverR);
  EXPECT_TRUE(c.is_negative_indicator("Angka Kematian Ibu"));
  EXPECT_FALSE(c.is_negative_indicator("Persentase Penduduk Miskin"));
  EXPECT_EQ(c.money_tolerance, Decimal::from_int(1));
  EXPECT_EQ(c.predikat.classify(Decimal::from_int(80))->label, "Berhasil");
  EXPECT_EQ(c.sakip.classify(Decimal::from_int(85))->label, "A");  // untouched key keeps its default
  std::remove(p.c_str());
}

TEST(Config, BadFilesAreRefusedWithAReason) {
  const std::string p1 = write_tmp("[capaian]\nnegative_formula = r/t\n");
  EXPECT_THROW(load_config(p1), std::runtime_error);
  const std::string p2 = write_tmp("[capaian]\nunknown_key = 1\n");
  EXPECT_THROW(load_config(p2), std::runtime_error);
  const std::string p3 = write_tmp("[scale]\npredikat = sangat tinggi\n");
  EXPECT_THROW(load_config(p3), std::runtime_error);
  EXPECT_THROW(load_config("/nonexistent/sakipcheck.ini"), std::runtime_error);
  std::remove(p1.c_str());
  std::remove(p2.c_str());
  std::remove(p3.c_str());
}

}  // namespace
}  // namespace sakip
