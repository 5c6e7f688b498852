// Fuzz target for the Indonesian value parser: parse_value must never crash, throw or break its
// invariants on any byte string; where the fast id-ID grammar accepts a short input, the ICU
// reference must accept it with the same exact value (and the other way round).
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "ingest/decimal.h"
#include "ingest/number_format.h"
#include "ingest/number_icu.h"
#include "ingest/number_id.h"
#include "ingest/value.h"

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

void check_value(const sakip::Value& v, std::string_view input) {
  using sakip::ValueKind;
  check(v.original == input);
  switch (v.kind) {
    case ValueKind::Empty:
    case ValueKind::NotApplicable:
      check(!v.number);
      break;
    case ValueKind::Text:
      check(!v.number && !v.reason.empty());
      break;
    case ValueKind::Range:
      check(v.number && v.upper);
      break;
    case ValueKind::Grade:
      check(!v.grade.empty() || v.has(sakip::kFlagGarbledGrade));
      break;
    default:
      check(v.number.has_value());
      check(v.decimals >= 0 && v.decimals <= 30);
  }
  if (v.number) {
    // Formatting round trip: the Indonesian display of the value reads back as the same value.
    const sakip::Decimal& d = *v.number;
    check(d.scale >= 0 && d.scale <= 30);
    auto back = sakip::parse_id_decimal(sakip::format_id(d));
    check(back && *back == d);
    auto plain = sakip::Decimal::parse(d.to_string());
    check(plain && *plain == d);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);

  sakip::ParseContext id_ctx;
  check_value(sakip::parse_value(s, id_ctx), s);
  sakip::ParseContext en_ctx;
  en_ctx.comma_decimal = false;
  check_value(sakip::parse_value(s, en_ctx), s);

  if (size <= sakip::kIcuMaxInput) {
    auto fast = sakip::parse_id_decimal(s);
    auto icu = sakip::parse_id_decimal_icu(s);
    check(fast.has_value() == icu.has_value());
    if (fast) check(*fast == *icu);
    sakip::FastNumber fi, ii;
    auto fast2 = sakip::parse_id_number(s, &fi);
    auto icu2 = sakip::parse_id_number_icu(s, &ii);
    check(fast2.has_value() == icu2.has_value());
    if (fast2) check(*fast2 == *icu2 && fi.kind == ii.kind && fi.decimals == ii.decimals);
  }

  // Exact decimals from xlsx <v> text, and numeric cells with a format.
  if (auto d = sakip::Decimal::parse(s)) {
    auto again = sakip::Decimal::parse(d->to_string());
    check(again && *again == *d);
    static const sakip::NumberFormat kFormats[] = {
        sakip::describe_number_format("General"), sakip::describe_number_format("0.00%"),
        sakip::describe_number_format("#,##0"), sakip::describe_number_format("[$Rp-421]#,##0.00")};
    for (const auto& f : kFormats) {
      sakip::TextStore store;
      sakip::Value v = sakip::value_from_number(s, f, store);
      check(v.number.has_value());
    }
    (void)sakip::divide(*d, sakip::Decimal{3, 0}, 4);
    (void)(*d * *d);
    (void)(*d + sakip::Decimal{1, 30});
  }
  return 0;
}
