// Exact decimal numbers: an integer count of 10^-scale units. Money is never summed in binary
// floating point; every rule compares Decimals.
#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sakip {

// Range: |units| <= 10^36 - 1, scale 0..30. Results beyond the range never overflow: + and -
// round away the finest decimals if exact alignment cannot fit and then saturate at
// +/-(10^36 - 1) units; * drops decimals (rounded) before saturating; divide() returns nullopt;
// from_double saturates infinities and huge values, rounds below 10^-30, and maps NaN to 0.
struct Decimal {
  __int128 units = 0;  // value = units / 10^scale
  int scale = 0;       // 0..30

  static Decimal from_int(int64_t v) { return Decimal{v, 0}; }
  // Plain ASCII decimal text: "-12", "3297504548.25", "1.5E-3" (exponent allowed), no grouping.
  // nullopt when not exactly a number or outside range (|units| < 10^36, scale <= 30).
  static std::optional<Decimal> parse(std::string_view text);
  // Shortest round-trip decimal of a double (as Excel writes <v>), exact from its text form.
  static Decimal from_double(double v);

  bool is_zero() const { return units == 0; }
  bool negative() const { return units < 0; }
  // Canonical text: "-1234.5" (trailing zeros after the point removed, no exponent).
  std::string to_string() const;
  // With exactly `decimals` places, rounding half away from zero.
  std::string to_string_fixed(int decimals) const;
  double to_double() const;
  // Same value at a larger scale (exact). Requires scale >= this->scale.
  Decimal rescaled(int new_scale) const;
  // Rounds half away from zero / truncates toward zero to `decimals` places.
  Decimal rounded(int decimals) const;
  Decimal truncated(int decimals) const;
  Decimal normalized() const;  // trailing zeros removed from the scale

  friend Decimal operator+(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a);
  friend Decimal operator*(const Decimal& a, const Decimal& b);  // exact (scale adds up, capped by range)
  friend bool operator==(const Decimal& a, const Decimal& b);     // by value: 1.50 == 1.5
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);
};

// a / b to `decimals` places (truncated toward zero, with a remainder flag) — used for percentages
// such as realisasi / target x 100. nullopt when b is zero.
std::optional<Decimal> divide(const Decimal& a, const Decimal& b, int decimals);
Decimal abs(const Decimal& d);
// Indonesian display: "2.717.264.930", "64,42" (grouping '.', decimal ',').
std::string format_id(const Decimal& d, int decimals = -1);
// English display: "2,717,264,930", "64.42".
std::string format_en(const Decimal& d, int decimals = -1);
// No grouping, the given decimal mark: format_plain(x, 2, ',') -> "2717264930,00".
// decimals -1: as many as the value needs. Rounding is half away from zero.
std::string format_plain(const Decimal& d, int decimals = -1, char point = '.');

}  // namespace sakip
