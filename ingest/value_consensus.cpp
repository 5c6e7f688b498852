// Column consensus: a value such as "4.300" (or "4,300") can be read two ways; the other values
// of its column and the column's role decide (seed audit §4.8.1, §4.8.4).
//
// Evidence counted over the column's unambiguous numbers:
//   dot groups    "3.676.351.730", "1.234,50"      -> '.' groups
//   dot decimals  "70.05", "98.28%", "0.00"        -> '.' is a decimal point
//   comma decimals "89,75", "2.911.311.160,40"     -> ',' is a decimal mark
//   comma groups  "4,231,208,525"                   -> ',' groups (English export)
// Roles: money, count and year columns group with dots (and their decimals are rupiah sen, if
// any); percent and index columns rarely carry three decimals, so there the decimal reading wins
// when the grouped reading would be far outside the magnitudes of the other values.
// Whatever the evidence cannot decide keeps kFlagAmbiguousSeparator and its first reading.
#include <algorithm>
#include <cstdint>

#include "ingest/value.h"

namespace sakip {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct Seps {
  int dots = 0;
  int commas = 0;
  char last = 0;
};

// Separators standing between two digits (so the dot of "Rp." does not count).
Seps separators_of(std::string_view s) {
  Seps r;
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    char c = s[i];
    if ((c == '.' || c == ',') && is_digit(s[i - 1]) && is_digit(s[i + 1])) {
      if (c == '.') ++r.dots; else ++r.commas;
      r.last = c;
    }
  }
  return r;
}

bool numeric_kind(ValueKind k) {
  return k == ValueKind::Integer || k == ValueKind::Decimal || k == ValueKind::Money ||
         k == ValueKind::Percent || k == ValueKind::Quantity;
}

struct Evidence {
  int dot_group = 0, dot_decimal = 0, comma_decimal = 0, comma_group = 0;
  int numbers = 0;
  int fractions = 0;  // values with decimals
  Decimal max_abs{};
};

Evidence gather(std::span<Value* const> column) {
  Evidence e;
  for (const Value* pv : column) {
    const Value& v = *pv;
    if (!numeric_kind(v.kind) || !v.number || v.has(kFlagAmbiguousSeparator)) continue;
    ++e.numbers;
    Decimal a = abs(*v.number);
    if (a > e.max_abs) e.max_abs = a;
    if (v.decimals > 0) ++e.fractions;
    Seps s = separators_of(v.original);
    if (s.dots == 0 && s.commas == 0) continue;
    const bool dot_is_decimal = v.has(kFlagDotDecimal) || (s.last == '.' && v.decimals > 0);
    if (s.dots > 0) {
      if (dot_is_decimal) ++e.dot_decimal; else ++e.dot_group;
    }
    if (s.commas > 0) {
      if (v.has(kFlagEnglishGrouping) || (s.last == '.' && dot_is_decimal) ||
          (s.last == ',' && v.decimals == 0))
        ++e.comma_group;
      else
        ++e.comma_decimal;
    }
  }
  return e;
}

// Switches an ambiguous value between its grouped reading (units, scale 0) and its decimal
// reading (units, scale 3): "4.300" = 4300 or 4.300.
void set_reading(Value& v, bool decimal, char sep) {
  Decimal d = *v.number;
  const bool is_decimal_now = v.decimals == 3 && d.scale == 3;
  if (decimal && !is_decimal_now) {
    v.number = Decimal{d.units, d.scale + 3};
    v.decimals = 3;
    if (v.kind == ValueKind::Integer) v.kind = ValueKind::Decimal;
    if (sep == '.') v.flags |= kFlagDotDecimal;
  } else if (!decimal && is_decimal_now) {
    v.number = Decimal{d.units, 0};
    v.decimals = 0;
    if (v.kind == ValueKind::Decimal) v.kind = ValueKind::Integer;
    if (sep == ',') v.flags |= kFlagEnglishGrouping;
  }
  if (decimal && sep == ',') v.flags &= ~static_cast<uint32_t>(kFlagEnglishGrouping);
  if (!decimal && sep == '.') v.flags &= ~static_cast<uint32_t>(kFlagDotDecimal);
}

void resolve_one(Value& v, const Evidence& e, ColumnHint hint) {
  Seps s = separators_of(v.original);
  if (s.dots + s.commas != 1 || !v.number) return;  // ambiguity is about one separator
  const char sep = s.last;
  auto decide = [&](bool decimal) {
    set_reading(v, decimal, sep);
    v.flags &= ~static_cast<uint32_t>(kFlagAmbiguousSeparator);
  };
  // 1. Role: money, counts and years group with dots; with commas too unless the column writes
  //    comma decimals.
  const bool groups_by_role = hint == ColumnHint::Money || hint == ColumnHint::Count || hint == ColumnHint::Year;
  if (groups_by_role && (sep == '.' || e.comma_decimal == 0)) return decide(false);
  // 2. Scale: in percent/index columns (or among other fractional values) a grouped reading ten
  //    times larger than every other value is not plausible ("4.300" next to "4,3", "4,64").
  const bool scaled = hint == ColumnHint::Percent || hint == ColumnHint::Index || e.fractions > 0;
  const Decimal grouped{abs(*v.number).units, 0};
  if (scaled && e.numbers > 0 && e.max_abs * Decimal{10, 0} < grouped) return decide(true);
  // 3. How the other values use the separator.
  int group_ev, decimal_ev;
  if (sep == '.') {
    group_ev = e.dot_group + e.comma_decimal;  // an Indonesian column: '.' groups
    decimal_ev = e.dot_decimal + e.comma_group;
  } else {
    group_ev = e.comma_group + e.dot_decimal;  // an English column: ',' groups
    decimal_ev = e.comma_decimal + e.dot_group;
  }
  // Mixed evidence: the majority reading, still flagged.
  const bool mixed = group_ev > 0 && decimal_ev > 0;
  if (group_ev > decimal_ev) return mixed ? set_reading(v, false, sep) : decide(false);
  if (decimal_ev > group_ev) return mixed ? set_reading(v, true, sep) : decide(true);
  // 4. Nothing to go on: a percent or index is more likely 4,3 than 4300, but stays flagged.
  if ((hint == ColumnHint::Percent || hint == ColumnHint::Index) && e.numbers == 0)
    set_reading(v, true, sep);
}

}  // namespace

void resolve_column(std::vector<Value>& column, ColumnHint hint) {
  std::vector<Value*> ptrs;
  ptrs.reserve(column.size());
  for (Value& v : column) ptrs.push_back(&v);
  resolve_column(std::span<Value* const>(ptrs), hint);
}

void resolve_column(std::span<Value* const> column, ColumnHint hint) {
  // Only an ambiguous value reads the evidence (every value's text scanned): a column without
  // one gathers none, and is left as it is unless it is a percent or code column.
  const bool ambiguous = std::any_of(column.begin(), column.end(), [](const Value* v) {
    return numeric_kind(v->kind) && v->number && v->has(kFlagAmbiguousSeparator);
  });
  if (!ambiguous && hint != ColumnHint::Percent && hint != ColumnHint::Code) return;
  const Evidence e = ambiguous ? gather(column) : Evidence{};
  for (Value* pv : column) {
    Value& v = *pv;
    if (numeric_kind(v.kind) && v.number && v.has(kFlagAmbiguousSeparator)) resolve_one(v, e, hint);
    if (hint == ColumnHint::Percent && (v.kind == ValueKind::Integer || v.kind == ValueKind::Decimal)) {
      v.kind = ValueKind::Percent;
      v.unit = "%";
      v.flags |= kFlagMissingPercentSign;
    }
    if (hint == ColumnHint::Code && v.number &&
        (numeric_kind(v.kind) || v.kind == ValueKind::Range)) {
      // "1.1", "1.4", "01" in a No / Kode column are codes, not numbers (§4.8.3).
      v.kind = ValueKind::Text;
      v.number.reset();
      v.upper.reset();
      v.decimals = -1;
      v.unit = {};
      v.reason = "code column";
    }
  }
}

}  // namespace sakip
