// sum.surplus reads a label's words only while they can still become one of the relations'
// names (rules/sum_surplus.cpp, surplus_detail::words); read to the end they are
// words_reference. A label matches a name through the one exactly when it does through the
// other, and then both give the same words: checked on the relations' own names and on random
// name lists, for labels built from name words, near misses, punctuation, case and digits.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sakip::surplus_detail {
// Defined in rules/sum_surplus.cpp (not in a header: only this test uses them).
std::string_view words(const std::string& label, char (&buf)[32], std::span<const std::string_view> names);
std::string_view words_reference(const std::string& label, char (&buf)[32]);
}  // namespace sakip::surplus_detail

namespace sakip {
namespace {

using surplus_detail::words;
using surplus_detail::words_reference;

bool in(std::string_view w, const std::vector<std::string_view>& names) {
  return !w.empty() && std::find(names.begin(), names.end(), w) != names.end();
}

void expect_same_match(const std::string& label, const std::vector<std::string_view>& sorted) {
  char a[32], b[32];
  const std::string_view fast = words(label, a, sorted);
  const std::string_view ref = words_reference(label, b);
  ASSERT_EQ(in(fast, sorted), in(ref, sorted)) << "'" << label << "'";
  if (in(ref, sorted)) EXPECT_EQ(fast, ref) << "'" << label << "'";
}

const std::vector<std::string_view> kRelationNames = {
    "SURPLUS DEFISIT",  "SURPLUS DEFISIT ANGGARAN", "SURPLUS",         "DEFISIT SURPLUS",
    "PENDAPATAN",       "PENDAPATAN DAERAH",        "BELANJA",         "BELANJA DAERAH",
    "PEMBIAYAAN NETTO", "PEMBIAYAAN NETO",          "PENERIMAAN PEMBIAYAAN", "PENERIMAAN PEMBIAYAAN DAERAH",
    "PENGELUARAN PEMBIAYAAN", "PENGELUARAN PEMBIAYAAN DAERAH"};

TEST(SumSurplusWords, RelationNamesMatchAsWhenReadToTheEnd) {
  std::vector<std::string_view> sorted = kRelationNames;
  std::sort(sorted.begin(), sorted.end());
  const std::vector<std::string> labels = {"SURPLUS / (DEFISIT)", "Surplus/(Defisit)", "surplus", "SURPLUS (DEFISIT) ANGGARAN", "DEFISIT / SURPLUS",
        "SURPLUS DEFISIT LAIN", "SURPLUSX", "SURPLU", "  Belanja  Daerah ", "BELANJA", "Belanja Gaji dan Tunjangan ASN",
        "BELANJA DAERAH LAINNYA", "BELANJA2", "PENDAPATAN", "Pendapatan Asli Daerah", "PENDAPATAN - DAERAH",
        "Pembiayaan Netto", "PEMBIAYAAN NETO", "PEMBIAYAAN", "PENERIMAAN PEMBIAYAAN DAERAH", "PENERIMAAN",
        "PENGELUARAN PEMBIAYAAN", "PENGELUARAN PEMBIAYAAN DAERAH TAHUN 2024", "", "...", "4", "5 BELANJA",
        "Belanja Listrik", "A", std::string(40, 'S'), "SURPLUS " + std::string(30, 'X')};
  for (const std::string& label : labels) expect_same_match(label, sorted);
}

TEST(SumSurplusWords, RandomLabelsAndNamesMatchAsWhenReadToTheEnd) {
  const std::vector<std::string> pieces = {"SURPLUS", "surplus", "DEFISIT", "Defisit", "ANGGARAN", "PENDAPATAN",
                                           "DAERAH",  "BELANJA", "Belanja", "PEMBIAYAAN", "NETTO", "NETO",
                                           "PENERIMAAN", "PENGELUARAN", "LAIN", "A", "B", "AB", "2024", "5",
                                           " ", "  ", "/", "(", ")", " - ", ".", "Ä"};
  std::mt19937 rng(11);
  for (int round = 0; round < 400; ++round) {
    // A name list: the relations' names, or random short ones (prefixes of each other too).
    std::vector<std::string> own;
    std::vector<std::string_view> names;
    if (round % 2 == 0) {
      names = kRelationNames;
    } else {
      const int n = 1 + static_cast<int>(rng() % 8);
      for (int i = 0; i < n; ++i) {
        std::string x;
        const int w = 1 + static_cast<int>(rng() % 3);
        for (int k = 0; k < w; ++k) {
          if (k) x += ' ';
          static const char* kWords[] = {"A", "AB", "B", "SURPLUS", "BELANJA", "DAERAH", "2024", "ABC"};
          x += kWords[rng() % 8];
        }
        own.push_back(x);
      }
      for (const auto& x : own) names.push_back(x);
    }
    std::sort(names.begin(), names.end());
    for (int l = 0; l < 200; ++l) {
      std::string label;
      const int k = static_cast<int>(rng() % 6);
      for (int i = 0; i < k; ++i) label += pieces[rng() % pieces.size()];
      // Sometimes exactly a name, in another case and spacing.
      if (rng() % 4 == 0) {
        label.clear();
        for (char c : names[rng() % names.size()]) label += c == ' ' ? std::string(" / ") : std::string(1, c);
      }
      expect_same_match(label, names);
      if (HasFailure()) return;
    }
  }
}

}  // namespace
}  // namespace sakip
