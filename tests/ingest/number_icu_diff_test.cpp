// Differential test: the hand-written id-ID grammar (ingest/number_id.h) against the ICU
// reference (ingest/number_icu.h, ICU's own id_ID DecimalFormat in strict mode). ICU is the
// independent truth here: the expected accept set and exact values are ICU's, not ours.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "ingest/number_icu.h"
#include "ingest/number_id.h"

namespace {

// A fixed-seed generator of well-formed id-ID numbers, with and without affixes.
class Generator {
 public:
  explicit Generator(uint64_t seed) : rng_(seed) {}

  uint32_t below(uint32_t n) { return static_cast<uint32_t>(rng_() % n); }

  std::string digits(int n, bool nonzero_first) {
    std::string s;
    for (int i = 0; i < n; ++i) {
      char c = static_cast<char>('0' + below(10));
      if (i == 0 && nonzero_first && c == '0') c = '1' + static_cast<char>(below(9));
      s.push_back(c);
    }
    return s;
  }

  // [-] ( d{1,3}(.ddd)+ | d+ ) (,d+)?
  std::string number() {
    std::string s;
    if (below(5) == 0) s.push_back('-');
    const uint32_t shape = below(10);
    if (shape < 6) {
      // grouped: 1-3 leading digits, 1-8 groups
      s += digits(1 + static_cast<int>(below(3)), true);
      int groups = 1 + static_cast<int>(below(8));
      for (int g = 0; g < groups; ++g) s += "." + digits(3, false);
    } else if (shape < 9) {
      s += digits(1 + static_cast<int>(below(15)), below(4) != 0);
    } else {
      s += "0";
    }
    if (below(2) == 0) {
      const uint32_t k = below(10);
      int frac = k < 7 ? 2 : (k < 9 ? 1 + static_cast<int>(below(6)) : 7 + static_cast<int>(below(14)));
      // Stay within Decimal's 36 significant digits (beyond it both parsers reject).
      int int_digits = 0;
      for (char c : s) int_digits += c >= '0' && c <= '9';
      if (int_digits + frac > 36) frac = 36 - int_digits;
      if (frac > 0) s += "," + digits(frac, false);
    }
    return s;
  }

  std::string with_affixes() {
    static const char* const kMoney[] = {"Rp", "Rp ", "Rp.", "Rp. ", "Rp\xC2\xA0", "RP "};
    std::string n = number();
    switch (below(3)) {
      case 0: {
        std::string s = kMoney[below(6)] + n;
        if (below(4) == 0) s += ",-";
        return s;
      }
      case 1:
        return n + (below(2) == 0 ? "%" : " %");
      default:
        return n;
    }
  }

  // A well-formed string damaged in one place.
  std::string mutated(const std::string& s) {
    std::string m = s;
    static const char kChars[] = "0123456789.,- %R";
    const size_t pos = m.empty() ? 0 : below(static_cast<uint32_t>(m.size()));
    switch (below(4)) {
      case 0: if (!m.empty()) m.erase(pos, 1); break;
      case 1: m.insert(pos, 1, kChars[below(sizeof kChars - 1)]); break;
      case 2: if (!m.empty()) m[pos] = kChars[below(sizeof kChars - 1)]; break;
      default: if (pos + 1 < m.size()) std::swap(m[pos], m[pos + 1]); break;
    }
    return m;
  }

 private:
  std::mt19937_64 rng_;
};

constexpr int kWellFormed = 250000;
constexpr int kMutated = 100000;

}  // namespace

TEST(NumberIcuDiff, WellFormedNumbersAgreeExactly) {
  Generator gen(20261122);
  int compared = 0;
  for (int i = 0; i < kWellFormed; ++i) {
    const std::string s = gen.number();
    auto fast = sakip::parse_id_decimal(s);
    auto icu = sakip::parse_id_decimal_icu(s);
    ASSERT_TRUE(icu.has_value()) << "ICU rejects a generated well-formed number: " << s;
    ASSERT_TRUE(fast.has_value()) << "fast path rejects what ICU accepts: " << s;
    ASSERT_TRUE(*fast == *icu) << s << ": fast " << fast->to_string() << " icu " << icu->to_string();
    ++compared;
  }
  EXPECT_EQ(compared, kWellFormed);
}

TEST(NumberIcuDiff, AffixedNumbersAgreeOnValueKindAndDecimals) {
  Generator gen(7);
  for (int i = 0; i < kWellFormed; ++i) {
    const std::string s = gen.with_affixes();
    sakip::FastNumber fi, ii;
    auto fast = sakip::parse_id_number(s, &fi);
    auto icu = sakip::parse_id_number_icu(s, &ii);
    ASSERT_TRUE(icu.has_value()) << s;
    ASSERT_TRUE(fast.has_value()) << s;
    ASSERT_TRUE(*fast == *icu) << s;
    ASSERT_EQ(fi.kind, ii.kind) << s;
    ASSERT_EQ(fi.decimals, ii.decimals) << s;
  }
}

TEST(NumberIcuDiff, MutatedStringsSameAcceptSet) {
  // One-character damage to well-formed numbers: both parsers must make the same decision, and
  // agree on the value when they accept. A good share must be rejected, or the test shows nothing.
  Generator gen(42);
  int rejected = 0;
  for (int i = 0; i < kMutated; ++i) {
    const std::string s = gen.mutated(gen.with_affixes());
    auto fast = sakip::parse_id_number(s);
    auto icu = sakip::parse_id_number_icu(s);
    ASSERT_EQ(fast.has_value(), icu.has_value()) << "'" << s << "' fast " << (fast ? fast->to_string() : "reject")
                                                 << " icu " << (icu ? icu->to_string() : "reject");
    if (fast) {
      ASSERT_TRUE(*fast == *icu) << s;
    } else {
      ++rejected;
    }
  }
  EXPECT_GT(rejected, kMutated / 4);
}

TEST(NumberIcuDiff, MalformedBothReject) {
  // Hand-picked malformed forms (anchors.md §4.2 lists what lenient parsers would wrongly take).
  const char* const bad[] = {
      "",          "-",          "4.30",      "12.34.567", "1.2345",     "1234.567",   "1,234.50",
      "1.234,5,6", "1,2,3",      "1.",        "1,",        ",5",         ".5",         "1..234",
      "1.,5",      "1,.5",       "1e3",       "1E3",       "1 234,5",    "12 345",     "1'234",
      "(1.234)",   "1.234-",     "--1",       "+-1",       "1.234abc",   " 1.234",     "1.234 ",
      "1.23.456",  "1.000.00",   "0000001.000", "1234.567.890", "Rp",   "Rp.",        "Rp -",
      "%",         "1%%",        "1 %%",      "Rp 1%",     "Rp1.2345",   "1.234,-",    "Rp,-",
      "1\xC2\xA0" "234",         "\xE2\x88\x92" "1",       "١٢٣",        "1.234.567,", "abc",
      "1,5e3",     "NaN",        "Infinity",  "0x10",      "1.0000000000000000000000000000000000000000",
      "0,1000000000000000000000000000000", "1234567890123456789012345678901234567"};
  for (const char* s : bad) {
    EXPECT_FALSE(sakip::parse_id_number(s)) << s;
    EXPECT_FALSE(sakip::parse_id_number_icu(s)) << s;
  }
}

TEST(NumberIcuDiff, KnownValuesFromTheSeeds) {
  // The two parsers and the seed text agree on the basics (anchors.md §4.2 table).
  struct Case { const char* in; const char* out; };
  for (const Case& c : {Case{"3.297.504.548", "3297504548"}, Case{"89,75", "89.75"}, Case{"4.300", "4300"},
                        Case{"4,300", "4.3"}, Case{"-16.320.400", "-16320400"},
                        Case{"Rp. 744.112.000,00", "744112000"}, Case{"Rp.4.068.968.525,-", "4068968525"},
                        Case{"64,42%", "64.42"}, Case{"100 %", "100"}}) {
    auto f = sakip::parse_id_number(c.in);
    auto i = sakip::parse_id_number_icu(c.in);
    ASSERT_TRUE(f && i) << c.in;
    EXPECT_EQ(f->to_string(), c.out) << c.in;
    EXPECT_EQ(i->to_string(), c.out) << c.in;
  }
}
