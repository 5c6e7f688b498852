// Hand-written id-ID number grammar: one pass over the bytes, digits accumulated into the
// 128-bit units of a Decimal, separator positions checked as they go. No allocation.
#include "ingest/number_id.h"

#include "ingest/value.h"

namespace sakip {
namespace {

constexpr int kMaxDigits = 36;  // Decimal range: |units| < 10^36
constexpr int kMaxScale = 30;

// Shape of a token made of digits and separators.
struct Scan {
  __int128 units = 0;
  int sig = 0;          // significant digits in units
  int nseps = 0;
  int n_dot = 0;
  int n_comma = 0;
  int first_len = 0;    // digits before the first separator
  int last_len = 0;     // digits after the last separator (or all digits when none)
  bool mid3 = true;     // every segment between two separators has exactly 3 digits
  bool first_zero = false;  // the token starts with '0'
  char last_sep = 0;
};

// false when a byte is not a digit/separator, a segment is empty, or there are too many digits.
inline bool scan(const char* p, const char* e, Scan& s) {
  if (p == e) return false;
  s.first_zero = *p == '0';
  int seg = 0;
  for (; p != e; ++p) {
    const unsigned d = static_cast<unsigned char>(*p) - '0';
    if (d < 10) {
      if (s.sig != 0 || d != 0) {
        if (s.sig >= kMaxDigits) return false;
        s.units = s.units * 10 + d;
        ++s.sig;
      }
      ++seg;
      continue;
    }
    const char c = *p;
    if (c != '.' && c != ',') return false;
    if (seg == 0) return false;
    if (s.nseps == 0) {
      s.first_len = seg;
    } else if (seg != 3) {
      s.mid3 = false;
    }
    ++s.nseps;
    if (c == '.') ++s.n_dot; else ++s.n_comma;
    s.last_sep = c;
    seg = 0;
  }
  if (seg == 0) return false;
  s.last_len = seg;
  if (s.nseps == 0) s.first_len = seg;
  return true;
}

inline bool groups_ok(const Scan& s) { return s.first_len <= 3 && s.mid3; }

inline std::optional<Decimal> strict_id(const char* p, const char* e) {
  bool neg = false;
  if (p != e && *p == '-') {
    neg = true;
    ++p;
  }
  Scan s;
  if (!scan(p, e, s)) return std::nullopt;
  Decimal d{s.units, 0};
  if (s.nseps == 0) {
    // plain digits
  } else if (s.n_comma == 0) {
    if (!groups_ok(s) || s.last_len != 3) return std::nullopt;
  } else if (s.n_comma == 1 && s.last_sep == ',') {
    if (s.n_dot > 0 && !groups_ok(s)) return std::nullopt;
    if (s.last_len > kMaxScale) return std::nullopt;
    d.scale = s.last_len;
  } else {
    return std::nullopt;
  }
  if (neg) d.units = -d.units;
  return d;
}

inline bool is_nbsp(const char* p, const char* e) {
  return e - p >= 2 && static_cast<unsigned char>(p[0]) == 0xC2 && static_cast<unsigned char>(p[1]) == 0xA0;
}

}  // namespace

std::optional<Decimal> parse_id_decimal(std::string_view s) {
  return strict_id(s.data(), s.data() + s.size());
}

std::optional<Decimal> parse_id_number(std::string_view s, FastNumber* info) {
  const char* p = s.data();
  const char* e = p + s.size();
  FastKind kind = FastKind::Plain;
  if (e - p >= 2 && (p[0] == 'R' || p[0] == 'r') && (p[1] == 'p' || p[1] == 'P')) {
    kind = FastKind::Money;
    p += 2;
    if (p != e && *p == '.') ++p;
    if (p != e && *p == ' ') {
      ++p;
    } else if (is_nbsp(p, e)) {
      p += 2;
    }
    if (e - p >= 2 && (e[-2] == ',' || e[-2] == '.') && e[-1] == '-') e -= 2;
  } else if (p != e && e[-1] == '%') {
    kind = FastKind::Percent;
    --e;
    if (p != e && e[-1] == ' ') {
      --e;
    } else if (e - p >= 2 && static_cast<unsigned char>(e[-2]) == 0xC2 &&
               static_cast<unsigned char>(e[-1]) == 0xA0) {
      e -= 2;
    }
  }
  auto d = strict_id(p, e);
  if (d && info) {
    info->kind = kind;
    info->decimals = d->scale;
  }
  return d;
}

bool classify_number_token(std::string_view token, bool comma_decimal, NumberToken& out) {
  Scan s;
  if (!scan(token.data(), token.data() + token.size(), s)) return false;
  out = NumberToken{};
  out.leading_zero = s.first_zero && s.first_len > 1;
  const char dec = comma_decimal ? ',' : '.';
  int scale = 0;
  uint32_t flags = 0;
  if (s.nseps == 0) {
    // plain integer
  } else if (s.n_dot > 0 && s.n_comma > 0) {
    // Both marks: the last one is the decimal mark and occurs once; the other one groups.
    const int n_last = s.last_sep == '.' ? s.n_dot : s.n_comma;
    if (n_last != 1 || !groups_ok(s)) return false;
    scale = s.last_len;
    out.grouped = true;
    if (comma_decimal && s.last_sep == '.') flags |= kFlagEnglishGrouping | kFlagDotDecimal;
  } else {
    const char sep = s.last_sep;
    const bool could_group = s.first_len <= 3 && !s.first_zero && s.last_len == 3;
    if (s.nseps >= 2) {
      // Several of one mark: only grouping makes sense.
      if (!groups_ok(s) || s.last_len != 3) return false;
      out.grouped = true;
      if (sep == ',' && comma_decimal) flags |= kFlagEnglishGrouping;
    } else if (sep == dec) {
      // One decimal mark of the document's kind.
      scale = s.last_len;
      if (could_group) flags |= kFlagAmbiguousSeparator;
    } else if (could_group) {
      // One grouping mark of the document's kind followed by 3 digits: grouping, ambiguous.
      out.grouped = true;
      flags |= kFlagAmbiguousSeparator;
      if (sep == ',' && comma_decimal) flags |= kFlagEnglishGrouping;
    } else {
      // The other mark used as a decimal point ("70.05" in a comma-decimal document).
      scale = s.last_len;
      if (comma_decimal) flags |= kFlagDotDecimal;
    }
  }
  if (scale > kMaxScale) return false;
  out.value = Decimal{s.units, scale};
  out.decimals = scale;
  out.flags = flags;
  return true;
}

}  // namespace sakip
