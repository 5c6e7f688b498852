// ICU reference parser for id-ID numbers (see number_icu.h for the pitfalls it guards against).
#include "ingest/number_icu.h"

#include <unicode/unum.h>
#include <unicode/utypes.h>

namespace sakip {
namespace {

// One strict id_ID decimal formatter per thread, created on first use.
class IcuIdParser {
 public:
  IcuIdParser() {
    UErrorCode status = U_ZERO_ERROR;
    fmt_ = unum_open(UNUM_DECIMAL, nullptr, 0, "id_ID", nullptr, &status);
    if (U_FAILURE(status)) {
      if (fmt_) unum_close(fmt_);
      fmt_ = nullptr;
      return;
    }
    unum_setAttribute(fmt_, UNUM_LENIENT_PARSE, 0);
    unum_setAttribute(fmt_, UNUM_PARSE_NO_EXPONENT, 1);
    unum_setAttribute(fmt_, UNUM_GROUPING_USED, 1);
  }
  ~IcuIdParser() {
    if (fmt_) unum_close(fmt_);
  }
  IcuIdParser(const IcuIdParser&) = delete;
  IcuIdParser& operator=(const IcuIdParser&) = delete;

  std::optional<Decimal> parse(std::string_view s) const {
    if (!fmt_ || s.empty() || s.size() > kIcuMaxInput) return std::nullopt;
    UChar buf[kIcuMaxInput];
    for (size_t i = 0; i < s.size(); ++i) buf[i] = static_cast<unsigned char>(s[i]);
    int32_t pos = 0;
    UErrorCode status = U_ZERO_ERROR;
    char out[128];
    int32_t n = unum_parseDecimal(fmt_, buf, static_cast<int32_t>(s.size()), &pos, out,
                                  static_cast<int32_t>(sizeof out), &status);
    if (U_FAILURE(status) || pos != static_cast<int32_t>(s.size()) || n <= 0 ||
        n >= static_cast<int32_t>(sizeof out))
      return std::nullopt;
    return Decimal::parse(std::string_view(out, static_cast<size_t>(n)));
  }

 private:
  UNumberFormat* fmt_ = nullptr;
};

const IcuIdParser& parser() {
  thread_local IcuIdParser p;
  return p;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<Decimal> parse_id_decimal_icu(std::string_view s) {
  // Only the characters of the grammar reach ICU, with a digit at both ends (after the sign).
  std::string_view body = s;
  if (!body.empty() && body[0] == '-') body.remove_prefix(1);
  if (body.empty() || !is_digit(body.front()) || !is_digit(body.back())) return std::nullopt;
  // The range contract shared with the fast path: at most 36 significant digits as written
  // (ICU would drop trailing fractional zeros first).
  int sig = 0;
  for (char c : body) {
    if (!is_digit(c) && c != '.' && c != ',') return std::nullopt;
    if (is_digit(c) && (sig > 0 || c != '0')) ++sig;
  }
  if (sig > 36) return std::nullopt;
  const size_t comma = body.rfind(',');
  if (comma != std::string_view::npos && body.size() - comma - 1 > 30) return std::nullopt;  // scale <= 30
  return parser().parse(s);
}

std::optional<Decimal> parse_id_number_icu(std::string_view s, FastNumber* info) {
  FastKind kind = FastKind::Plain;
  if (s.size() >= 2 && (s[0] == 'R' || s[0] == 'r') && (s[1] == 'p' || s[1] == 'P')) {
    kind = FastKind::Money;
    s.remove_prefix(2);
    if (!s.empty() && s[0] == '.') s.remove_prefix(1);
    if (!s.empty() && s[0] == ' ') {
      s.remove_prefix(1);
    } else if (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA0") {
      s.remove_prefix(2);
    }
    if (s.size() >= 2 && (s[s.size() - 2] == ',' || s[s.size() - 2] == '.') && s.back() == '-')
      s.remove_suffix(2);
  } else if (!s.empty() && s.back() == '%') {
    kind = FastKind::Percent;
    s.remove_suffix(1);
    if (!s.empty() && s.back() == ' ') {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") {
      s.remove_suffix(2);
    }
  }
  auto d = parse_id_decimal_icu(s);
  if (d && info) {
    info->kind = kind;
    size_t comma = s.rfind(',');
    info->decimals = comma == std::string_view::npos ? 0 : static_cast<int>(s.size() - comma - 1);
  }
  return d;
}

}  // namespace sakip
