// A typed value read from what people typed (text cells, CSV, HTML) or from a numeric cell and
// its number format. Exact: never binary floating point for money.
#pragma once
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/decimal.h"
#include "ingest/number_format.h"
#include "ingest/value_text.h"

namespace sakip {

enum class ValueKind : uint8_t {
  Empty,          // "" or only whitespace
  NotApplicable,  // "-", "–", "—", "n/a", "N/A", "NA", "tidak ada" as a value
  Integer,        // 95, 3.297.504.548
  Decimal,        // 89,75
  Money,          // Rp. 744.112.000,00, Rp.4.068.968.525,-
  Percent,        // 64,42%, numeric 0.6442 with a percent format (number = 64.42)
  Grade,          // A(81,22), BB, B (85) — letter with an optional score
  Quantity,       // 4 Dok, 22 orang — number with a unit
  Range,          // 69,1-69,5
  Text,           // anything else
};
std::string_view to_string(ValueKind k);

// Flags for what was unusual. A bit set of these.
enum ValueFlag : uint32_t {
  kFlagNone = 0,
  kFlagAmbiguousSeparator = 1u << 0,  // "4.300": 4300 or 4,3 — decided by column consensus
  kFlagDotDecimal = 1u << 1,          // "98.28" in a comma-decimal document
  kFlagEnglishGrouping = 1u << 2,     // "4,231,208,525"
  kFlagSplitDigits = 1u << 3,         // "2.113.771.9 67"
  kFlagParenNegative = 1u << 4,       // "(8.091.400,00)"
  kFlagCurrencyPrefix = 1u << 5,      // "Rp", "Rp.", "IDR"
  kFlagUnitSuffix = 1u << 6,          // "4 Dok"
  kFlagGradeLetter = 1u << 7,         // "A (81,22)"
  kFlagNumberAsText = 1u << 8,        // a number stored in a text cell (set by the caller that
                                      // knows the cell was a text cell; parse_value cannot)
  kFlagPercentSign = 1u << 9,         // "%" written
  kFlagDashSuffix = 1u << 10,         // ",-" after money
  kFlagMarkup = 1u << 11,             // HTML/markdown bold or tags around the number were removed
  kFlagFromNumberFormat = 1u << 12,   // decimals/percent taken from the cell's number format
  kFlagUnicodeMinus = 1u << 13,       // U+2212 / en dash as minus
  kFlagLeadingZeroCode = 1u << 14,    // "01" — probably a code, not a number
  kFlagMissingPercentSign = 1u << 15, // percent column value written without '%' (set by consensus)
  kFlagGarbledGrade = 1u << 16,       // "0 (80)", "00 (83)": OCR-damaged letter; score kept, grade ""
  kFlagInvalidUtf8 = 1u << 17,        // the bytes are not valid UTF-8 (kind Text)
};

// An exact number or none: std::optional<Decimal>'s interface in 32 bytes instead of 48 (none
// is a scale of -1, which no Decimal has). Converts to and from std::optional<Decimal>.
class OptionalDecimal {
 public:
  constexpr OptionalDecimal() = default;
  constexpr OptionalDecimal(std::nullopt_t) {}
  constexpr OptionalDecimal(const Decimal& d) : d_(d) {}
  OptionalDecimal(const std::optional<Decimal>& o) {
    if (o) d_ = *o;
  }
  OptionalDecimal& operator=(std::nullopt_t) {
    reset();
    return *this;
  }
  OptionalDecimal& operator=(const Decimal& d) {
    d_ = d;
    return *this;
  }
  OptionalDecimal& operator=(const std::optional<Decimal>& o) {
    if (o) d_ = *o; else reset();
    return *this;
  }
  bool has_value() const { return d_.scale >= 0; }
  explicit operator bool() const { return has_value(); }
  const Decimal& operator*() const { return d_; }
  Decimal& operator*() { return d_; }
  const Decimal* operator->() const { return &d_; }
  Decimal* operator->() { return &d_; }
  const Decimal& value() const {
    if (!has_value()) throw std::bad_optional_access();
    return d_;
  }
  Decimal value_or(const Decimal& other) const { return has_value() ? d_ : other; }
  void reset() { d_ = Decimal{0, -1}; }
  operator std::optional<Decimal>() const { return has_value() ? std::optional<Decimal>(d_) : std::nullopt; }
  friend bool operator==(const OptionalDecimal& a, const OptionalDecimal& b) {
    return a.has_value() == b.has_value() && (!a.has_value() || a.d_ == b.d_);
  }
  friend bool operator==(const OptionalDecimal& a, std::nullopt_t) { return !a.has_value(); }

 private:
  Decimal d_{0, -1};
};

// A static string (a literal: grade letters, reasons) held as one pointer. Reads like a
// std::string_view.
class StaticText {
 public:
  constexpr StaticText() = default;
  constexpr StaticText(const char* literal) : s_(literal) {}
  std::string_view view() const { return s_ ? std::string_view(s_) : std::string_view(); }
  operator std::string_view() const { return view(); }
  bool empty() const { return !s_ || !*s_; }
  size_t size() const { return view().size(); }
  const char* begin() const { return s_ ? s_ : ""; }
  const char* end() const { return begin() + size(); }
  friend bool operator==(StaticText a, std::string_view b) { return a.view() == b; }
  friend bool operator==(StaticText a, StaticText b) { return a.view() == b.view(); }
  friend bool operator==(StaticText a, const char* b) { return a.view() == std::string_view(b ? b : ""); }

 private:
  const char* s_ = nullptr;
};
std::ostream& operator<<(std::ostream& os, StaticText t);

// A decimal kept on the heap only when present: a Range's upper bound is rare, so every other
// Value does not carry 48 bytes for it. Reads like std::optional<Decimal>.
class BoxedDecimal {
 public:
  BoxedDecimal() = default;
  BoxedDecimal(const BoxedDecimal& o) : p_(o.p_ ? std::make_unique<Decimal>(*o.p_) : nullptr) {}
  BoxedDecimal(BoxedDecimal&&) noexcept = default;
  BoxedDecimal& operator=(const BoxedDecimal& o) {
    if (this != &o) p_ = o.p_ ? std::make_unique<Decimal>(*o.p_) : nullptr;
    return *this;
  }
  BoxedDecimal& operator=(BoxedDecimal&&) noexcept = default;
  BoxedDecimal& operator=(const Decimal& d) {
    if (p_) *p_ = d; else p_ = std::make_unique<Decimal>(d);
    return *this;
  }
  void reset() { p_.reset(); }
  bool has_value() const { return p_ != nullptr; }
  explicit operator bool() const { return p_ != nullptr; }
  const Decimal& operator*() const { return *p_; }
  const Decimal* operator->() const { return p_.get(); }

 private:
  std::unique_ptr<Decimal> p_;
};

// A typed value. It owns no text: `original` and a quantity's `unit` view the text the value
// was read from (parse_value's argument, or the TextStore given in ParseContext::store or to
// value_from_number); `unit` otherwise, `grade` and `reason` view static strings. The values of
// a Table view the Table's own store (Table::text), so they live as long as the Table.
// 96 bytes (was 240 with owned strings and std::optional): a table holds one per cell.
struct Value {
  OptionalDecimal number;         // the exact value (percent: 64.42 for "64,42%"; grade: its score)
  std::string_view original;      // the text exactly as written (or as displayed for numeric cells)
  std::string_view unit;          // Quantity: "Dok"; Percent: "%"; Money: "Rp"
  BoxedDecimal upper;             // Range: the upper bound (number holds the lower)
  StaticText grade;               // Grade: "A", "BB"
  StaticText reason;              // Text: why it is not a number ("trailing text", ...)
  uint32_t flags = kFlagNone;
  int16_t decimals = -1;          // decimals as stated or displayed; -1 unknown
  ValueKind kind = ValueKind::Empty;

  bool is_number() const { return number.has_value(); }
  bool has(ValueFlag f) const { return (flags & f) != 0; }
};

// Context from the document that parsing cannot see in one string.
struct ParseContext {
  bool comma_decimal = true;  // Indonesian document: ',' is the decimal mark
  // Where the Value's texts are kept. nullptr: the Value views the `text` given to parse_value
  // (keep it alive while the Value is used).
  TextStore* store = nullptr;
};

// Parses one string. Never throws; anything it cannot read is ValueKind::Text with a reason.
Value parse_value(std::string_view text, const ParseContext& ctx = {});
// A numeric cell: exact value from its stored text, decimals and percent scaling from the format.
// The displayed text (Value::original) is kept in `store`.
Value value_from_number(std::string_view raw, const NumberFormat& format, TextStore& store);
// The same, for a caller that typed many cells of one format and knows number_format_is_money
// of it already (the recogniser asks once per format, not per cell).
Value value_from_number(std::string_view raw, const NumberFormat& format, bool money, TextStore& store);
// The format shows rupiah ("Rp", "IDR" in its code): value_from_number's values are Money.
bool number_format_is_money(const NumberFormat& format);
// value_from_number's general path on its own: the reference its fast path for plain
// "[-]digits[.digits]" texts is tested against (tests/ingest/value_test.cpp).
Value value_from_number_reference(std::string_view raw, const NumberFormat& format, TextStore& store);

// Column consensus: how a column's values are meant (money groups with '.', index/percent columns
// rarely carry three decimals). The recogniser tells the role it knows.
enum class ColumnHint : uint8_t { Unknown, Money, Percent, Index, Count, Year, Code };
// Re-reads ambiguous values of one column ("4.300") in the light of the others and the hint;
// sets kFlagAmbiguousSeparator on any that stay ambiguous.
void resolve_column(std::span<Value* const> column, ColumnHint hint);
void resolve_column(std::vector<Value>& column, ColumnHint hint);

}  // namespace sakip
