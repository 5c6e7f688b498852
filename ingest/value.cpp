// parse_value: one string as people typed it -> a typed Value (seed audit §4 inventory).
// value_from_number: a numeric cell and its number format -> a typed Value.
//
// Order of recognition for text: trim, strip markup, empty, not-applicable markers, range,
// whole-cell parentheses (negative money), grade (+ score), number with affixes (currency,
// sign, %, unit). Whatever is left is Text with a reason. Never throws: all work is done on a
// bounded stack buffer; the Value views its text (or the store's copy) and static strings, so
// typing allocates nothing per value.
#include "ingest/value.h"

#include <cstring>
#include <mutex>
#include <ostream>
#include <set>

#include "ingest/number_id.h"

namespace sakip {

std::string_view to_string(ValueKind k) {
  switch (k) {
    case ValueKind::Empty: return "empty";
    case ValueKind::NotApplicable: return "not_applicable";
    case ValueKind::Integer: return "integer";
    case ValueKind::Decimal: return "decimal";
    case ValueKind::Money: return "money";
    case ValueKind::Percent: return "percent";
    case ValueKind::Grade: return "grade";
    case ValueKind::Quantity: return "quantity";
    case ValueKind::Range: return "range";
    case ValueKind::Text: return "text";
  }
  return "text";
}

namespace {

// Longest text we try to read as a value; longer cells are prose (Text, "too long").
constexpr size_t kMaxValueText = 256;

using sv = std::string_view;

bool valid_utf8(sv s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* e = p + s.size();
  while (p < e) {
    unsigned c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    int n;
    unsigned min;
    if ((c & 0xE0) == 0xC0) { n = 1; min = 0x80; c &= 0x1F; }
    else if ((c & 0xF0) == 0xE0) { n = 2; min = 0x800; c &= 0x0F; }
    else if ((c & 0xF8) == 0xF0) { n = 3; min = 0x10000; c &= 0x07; }
    else return false;
    if (e - p < n + 1) return false;
    for (int i = 1; i <= n; ++i) {
      if ((p[i] & 0xC0) != 0x80) return false;
      c = (c << 6) | (p[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    p += n + 1;
  }
  return true;
}

// Length of a whitespace character at the start of s (ASCII, NBSP, narrow NBSP, thin spaces,
// zero-width space, BOM), 0 if none.
size_t space_len(sv s) {
  if (s.empty()) return 0;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return 1;
  if (c == 0xC2 && s.size() >= 2 && static_cast<unsigned char>(s[1]) == 0xA0) return 2;
  if (c == 0xE2 && s.size() >= 3) {
    unsigned char c1 = static_cast<unsigned char>(s[1]), c2 = static_cast<unsigned char>(s[2]);
    if (c1 == 0x80 && ((c2 >= 0x80 && c2 <= 0x8B) || c2 == 0xAF)) return 3;  // U+2000-200B, U+202F
    if (c1 == 0x81 && c2 == 0xA0) return 3;                                  // U+2060
  }
  if (c == 0xEF && s.size() >= 3 && static_cast<unsigned char>(s[1]) == 0xBB &&
      static_cast<unsigned char>(s[2]) == 0xBF)
    return 3;  // BOM
  return 0;
}

size_t space_len_back(sv s) {
  if (s.empty()) return 0;
  for (size_t n : {size_t{1}, size_t{2}, size_t{3}}) {
    if (s.size() >= n && space_len(s.substr(s.size() - n)) == n) return n;
  }
  return 0;
}

sv trim(sv s) {
  for (size_t n; (n = space_len(s)) != 0;) s.remove_prefix(n);
  for (size_t n; (n = space_len_back(s)) != 0;) s.remove_suffix(n);
  return s;
}

sv skip_spaces(sv s) {
  for (size_t n; (n = space_len(s)) != 0;) s.remove_prefix(n);
  return s;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(sv a, sv b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

bool starts_with(sv s, sv p) { return s.size() >= p.size() && s.substr(0, p.size()) == p; }

// Dash-like characters: "–" U+2013, "—" U+2014, "−" U+2212.
constexpr sv kEnDash = "\xE2\x80\x93";
constexpr sv kEmDash = "\xE2\x80\x94";
constexpr sv kMinus = "\xE2\x88\x92";

// Removes HTML tags and markdown emphasis around the value into buf; true if anything was removed.
bool strip_markup(sv s, char* buf, size_t& n) {
  bool removed = false;
  n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '<' && i + 1 < s.size() && (is_alpha(s[i + 1]) || s[i + 1] == '/')) {
      size_t j = s.find('>', i + 1);
      if (j != sv::npos) {
        i = j;
        removed = true;
        continue;
      }
    }
    buf[n++] = c;
  }
  // Markdown emphasis: the same run of '*' or '_' at both ends.
  sv t = trim(sv(buf, n));
  for (;;) {
    if (t.size() >= 2 && (t.front() == '*' || t.front() == '_') && t.back() == t.front()) {
      char m = t.front();
      size_t a = 0, b = 0;
      while (a < t.size() && t[a] == m) ++a;
      while (b < t.size() - a && t[t.size() - 1 - b] == m) ++b;
      size_t k = a < b ? a : b;
      if (k == 0 || 2 * k >= t.size()) break;
      t = trim(t.substr(k, t.size() - 2 * k));
      removed = true;
      continue;
    }
    break;
  }
  if (removed) {
    std::memmove(buf, t.data(), t.size());
    n = t.size();
  }
  return removed;
}

bool is_not_applicable(sv t) {
  if (t == kEnDash || t == kEmDash || t == kMinus) return true;
  bool all_dash = !t.empty();
  for (char c : t)
    if (c != '-') all_dash = false;
  if (all_dash) return true;  // "-", and markdown separator rows "--", "---"
  return iequals(t, "n/a") || iequals(t, "na") || iequals(t, "#n/a") || iequals(t, "tidak ada") ||
         iequals(t, "n.a.") || iequals(t, "nihil");
}

// A plain number read by the full parser: sign, optional currency, token, optional suffixes.
struct Parsed {
  Decimal value;
  int decimals = 0;
  uint32_t flags = 0;
  bool money = false;
  bool percent = false;
  bool negative = false;
  bool leading_zero = false;
  bool grouped = false;
  bool separators = false;  // the token had '.' or ','
  sv unit;                  // trailing word(s) after the number
  const char* fail = nullptr;
};

// Currency prefix length ("Rp", "Rp.", "IDR") including spaces after it, 0 if none.
size_t currency_len(sv t) {
  size_t n = 0;
  if (t.size() >= 2 && lower(t[0]) == 'r' && lower(t[1]) == 'p') {
    n = 2;
    if (n < t.size() && t[n] == '.') ++n;
  } else if (t.size() >= 3 && iequals(t.substr(0, 3), "idr")) {
    n = 3;
  } else {
    return 0;
  }
  // The currency must not run into a word ("Rpx", "IDRIS").
  if (n < t.size() && is_alpha(t[n])) return 0;
  sv rest = skip_spaces(t.substr(n));
  return t.size() - rest.size();
}

// Sign at the start: '-', '+', U+2212, en dash directly before a digit.
size_t sign_len(sv t, bool& negative, uint32_t& flags) {
  if (t.empty()) return 0;
  if (t[0] == '-') { negative = true; return 1; }
  if (t[0] == '+') return 1;
  if ((starts_with(t, kMinus) || starts_with(t, kEnDash)) && t.size() > 3 && is_digit(t[3])) {
    negative = true;
    flags |= kFlagUnicodeMinus;
    return 3;
  }
  return 0;
}

size_t token_len(sv t) {
  size_t i = 0;
  while (i < t.size() && (is_digit(t[i]) || t[i] == '.' || t[i] == ',')) ++i;
  return i;
}

bool unit_ok(sv u) {
  // A unit starts with a letter (ASCII or a UTF-8 letter) and has no word starting with a digit.
  if (u.empty()) return false;
  unsigned char c0 = static_cast<unsigned char>(u[0]);
  if (!is_alpha(u[0]) && c0 < 0xC3) return false;
  // Prose, not a unit: brackets, formulas, conjunctions ("85 atau BB (sangat baik)").
  if (u.find_first_of("()[]=:;%<>$|") != sv::npos) return false;
  // Conjunction words ("atau", "dan", "s.d", "s/d", "sampai") as whole words.
  size_t i = 0;
  while (i < u.size()) {
    size_t j = u.find(' ', i);
    if (j == sv::npos) j = u.size();
    sv w = u.substr(i, j - i);
    if (iequals(w, "atau") || iequals(w, "dan") || iequals(w, "s.d") || iequals(w, "s.d.") ||
        iequals(w, "s/d") || iequals(w, "sampai"))
      return false;
    i = j + 1;
  }
  bool word_start = true;
  for (char c : u) {
    if (c == ' ' || c == '/' || c == '-' || c == '\t') {
      word_start = true;
      continue;
    }
    if (word_start && is_digit(c)) return false;
    word_start = false;
  }
  return true;
}

bool parse_number(sv t, bool comma_decimal, Parsed& out) {
  out = Parsed{};
  sv s = t;
  // Sign before the currency ("-Rp 1.234") or after it ("Rp -1.234").
  s.remove_prefix(sign_len(s, out.negative, out.flags));
  if (size_t c = currency_len(s)) {
    out.money = true;
    out.flags |= kFlagCurrencyPrefix;
    s.remove_prefix(c);
    if (!out.negative) s.remove_prefix(sign_len(s, out.negative, out.flags));
  }
  size_t n = token_len(s);
  if (n == 0) {
    out.fail = out.money ? "currency without a number" : "not a number";
    return false;
  }
  sv token = s.substr(0, n);
  sv rest = s.substr(n);
  // ",-" / ".-" after money.
  if ((token.back() == ',' || token.back() == '.') && !rest.empty() && rest[0] == '-' &&
      trim(rest.substr(1)).empty()) {
    token.remove_suffix(1);
    rest = sv();
    if (token.empty()) {  // ",-" alone
      out.fail = "not a number";
      return false;
    }
    out.money = true;
    out.flags |= kFlagDashSuffix;
  }
  NumberToken nt;
  bool ok = classify_number_token(token, comma_decimal, nt);
  // Digits split by a space ("2.113.771.9 67"): rejoin only when the part before the space is
  // malformed and the joined token is a well-formed grouped number.
  char joined[kMaxValueText];
  if (!ok && token.size() < sizeof joined && rest.size() >= 2 && rest[0] == ' ' && is_digit(rest[1])) {
    sv after = rest.substr(1);
    size_t m = token_len(after);
    if (token.size() + m < sizeof joined) {
      std::memcpy(joined, token.data(), token.size());
      std::memcpy(joined + token.size(), after.data(), m);
      NumberToken nj;
      if (classify_number_token(sv(joined, token.size() + m), comma_decimal, nj) && nj.grouped) {
        nt = nj;
        ok = true;
        out.flags |= kFlagSplitDigits;
        rest = after.substr(m);
      }
    }
  }
  if (!ok) {
    const char last = token.empty() ? '\0' : token.back();
    if (last == '.' || last == ',')
      out.fail = "number ending in a separator (row number or code)";
    else if (token.find_first_of(".,") != sv::npos)
      out.fail = "separators fit no number pattern (a code such as 1.1.1)";
    else
      out.fail = "too many digits";
    return false;
  }
  out.value = nt.value;
  out.decimals = nt.decimals;
  out.flags |= nt.flags;
  out.leading_zero = nt.leading_zero;
  out.grouped = nt.grouped;
  out.separators = token.find_first_of(".,") != sv::npos;
  if (!out.separators && out.flags & kFlagSplitDigits) out.separators = true;
  // Money groups with dots: "Rp 4.300" is 4300.
  if (out.money && nt.grouped) out.flags &= ~static_cast<uint32_t>(kFlagAmbiguousSeparator);
  // Suffixes.
  sv r = skip_spaces(rest);
  if (!r.empty() && r[0] == '%') {
    if (out.money) {
      out.fail = "currency and percent sign together";
      return false;
    }
    out.percent = true;
    out.flags |= kFlagPercentSign;
    r.remove_prefix(1);
    if (!r.empty() && r[0] == '.') r.remove_prefix(1);  // "78,24%." at the end of a sentence
    r = trim(r);
    if (!r.empty()) {
      out.fail = "text after the percent sign";
      return false;
    }
    return true;
  }
  r = trim(r);
  if (r.empty()) return true;
  if (rest.size() == r.size() && !rest.empty()) {
    // no space between number and text: "4Dok" is rare; "2(dua)" and "1.1a" are not values
    if (!(is_alpha(r[0]) && !out.separators)) {
      out.fail = "trailing text";
      return false;
    }
  }
  if (out.money) {
    out.fail = "money followed by text";
    return false;
  }
  if (!unit_ok(r)) {
    out.fail = "trailing text";
    return false;
  }
  out.unit = r;
  out.flags |= kFlagUnitSuffix;
  return true;
}

void set_number(Value& v, const Parsed& p) {
  Decimal d = p.value;
  if (p.negative) d = -d;
  v.number = d;
  v.decimals = p.decimals;
  v.flags |= p.flags;
  if (p.leading_zero) v.flags |= kFlagLeadingZeroCode;
  if (p.money) {
    v.kind = ValueKind::Money;
    v.unit = "Rp";
  } else if (p.percent) {
    v.kind = ValueKind::Percent;
    v.unit = "%";
  } else if (!p.unit.empty()) {
    v.kind = ValueKind::Quantity;
    v.unit = p.unit;  // parse_value makes it a view of stable text
  } else if (p.decimals > 0) {
    v.kind = ValueKind::Decimal;
  } else {
    v.kind = ValueKind::Integer;
  }
}

void set_text(Value& v, const char* reason) {
  v.kind = ValueKind::Text;
  v.number.reset();
  v.upper.reset();
  v.decimals = -1;
  v.unit = {};
  v.grade = {};
  v.reason = reason;
}

// A bound of a range: a plain number, optionally with '%' (no currency, no unit).
bool parse_bound(sv t, bool comma_decimal, Parsed& p) {
  if (!parse_number(trim(t), comma_decimal, p)) return false;
  return p.unit.empty() && !p.money;
}

bool is_year(const Parsed& p) {
  return !p.negative && !p.separators && p.decimals == 0 && p.value >= Decimal::from_int(1900) &&
         p.value <= Decimal::from_int(2100);
}

// "69,1-69,5", "4,51 – 5,00", "88,31 – 100". Returns true when t was recognised (as Range or,
// for year periods such as "2021-2026", as Text).
bool try_range(sv t, bool comma_decimal, Value& v) {
  for (size_t i = 1; i < t.size(); ++i) {
    size_t len = 0;
    if (t[i] == '-') len = 1;
    else if (t.substr(i, 3) == kEnDash || t.substr(i, 3) == kEmDash) len = 3;
    if (len == 0) continue;
    sv left = trim(t.substr(0, i));
    sv right = trim(t.substr(i + len));
    if (left.empty() || right.empty() || !is_digit(left.back()) || !is_digit(right[0])) continue;
    Parsed a, b;
    if (!parse_bound(left, comma_decimal, a) || !parse_bound(right, comma_decimal, b)) return false;
    if (a.leading_zero || b.leading_zero) return false;  // "0331 - 321005" is a phone number
    if (is_year(a) && is_year(b)) {
      set_text(v, "period (years), not a range of values");
      return true;
    }
    Decimal lo = a.value, hi = b.value;
    if (a.negative) lo = -lo;
    if (b.negative) hi = -hi;
    v.kind = ValueKind::Range;
    v.number = lo;
    v.upper = hi;
    v.decimals = a.decimals > b.decimals ? a.decimals : b.decimals;
    v.flags |= a.flags | b.flags;
    if (a.percent || b.percent) v.unit = "%";
    return true;
  }
  return false;
}

// The grade letters, as static strings (a Value's grade is one of them); nullptr if none.
const char* grade_letters(sv g) {
  for (const char* l : {"AA", "A", "BB", "B", "CC", "C", "D"})
    if (g == l) return l;
  return nullptr;
}

// "A", "BB", "B (85)", "A(81,22)", OCR-damaged "0 (80)", "00 (83)".
bool try_grade(sv t, bool comma_decimal, Value& v) {
  size_t i = 0;
  while (i < t.size() && (is_alpha(t[i]) || is_digit(t[i]))) ++i;
  sv letters = t.substr(0, i);
  // OCR turns the letter into zeros or a capital O: "0 (80)", "00 (83)", "O (80)".
  bool garbled = !letters.empty() && letters.size() <= 2 &&
                 letters.find_first_not_of("0O") == sv::npos;
  const char* grade = grade_letters(letters);
  if (!grade && !garbled) return false;
  sv rest = skip_spaces(t.substr(i));
  if (rest.empty()) {
    if (garbled) return false;  // "0", "00" alone are numbers
    v.kind = ValueKind::Grade;
    v.grade = grade;
    v.flags |= kFlagGradeLetter;
    return true;
  }
  if (rest.size() < 3 || rest[0] != '(' || rest.back() != ')') return false;
  Parsed p;
  if (!parse_number(trim(rest.substr(1, rest.size() - 2)), comma_decimal, p)) return false;
  if (p.money || p.percent || !p.unit.empty() || p.negative) return false;
  v.kind = ValueKind::Grade;
  v.number = p.value;
  v.decimals = p.decimals;
  v.flags |= p.flags | kFlagGradeLetter;
  if (garbled) {
    v.flags |= kFlagGarbledGrade;
  } else {
    v.grade = grade;
  }
  return true;
}

// A unit read from markup-stripped text that does not appear as such in the original
// ("4 D<i>ok</i>"), for callers without a store: kept once per distinct unit, for the process.
sv interned_unit(sv u) {
  static std::mutex mu;
  static std::set<std::string, std::less<>> units;
  std::lock_guard<std::mutex> lock(mu);
  auto it = units.find(u);
  if (it == units.end()) it = units.emplace(u).first;
  return *it;
}

// The unit as a view of stable text: the original where it is written there, else a copy.
sv stable_unit(sv unit, sv text, const ParseContext& ctx) {
  const char* b = text.data();
  if (unit.data() >= b && unit.data() + unit.size() <= b + text.size()) return unit;
  size_t at = text.find(unit);
  if (at != sv::npos) return text.substr(at, unit.size());
  return ctx.store ? ctx.store->add(unit) : interned_unit(unit);
}

}  // namespace

std::ostream& operator<<(std::ostream& os, StaticText t) { return os << t.view(); }

Value parse_value(std::string_view text, const ParseContext& ctx) {
  if (ctx.store) text = ctx.store->add(text);
  Value v;
  v.original = text;
  if (!valid_utf8(text)) {
    v.flags |= kFlagInvalidUtf8;
    set_text(v, "invalid UTF-8");
    return v;
  }
  sv t = trim(text);
  if (t.empty()) {
    v.kind = ValueKind::Empty;
    return v;
  }
  if (t.size() > kMaxValueText) {
    set_text(v, "too long for a value");
    return v;
  }
  char buf[kMaxValueText];
  size_t n = 0;
  // Markup is a tag ('<') or emphasis at the start ('*', '_'); most texts have neither, and
  // strip_markup would only copy them.
  const bool may_have_markup = t.front() == '*' || t.front() == '_' || t.find('<') != sv::npos;
  if (may_have_markup && strip_markup(t, buf, n)) {
    v.flags |= kFlagMarkup;
    t = trim(sv(buf, n));
    if (t.empty()) {
      v.kind = ValueKind::Empty;
      return v;
    }
  }
  if (is_not_applicable(t)) {
    v.kind = ValueKind::NotApplicable;
    return v;
  }
  // "Rp -", "Rp. -", "Rp-": the accounting display of nothing in a money cell.
  if (size_t c = currency_len(t); c > 0 && c < t.size() && is_not_applicable(trim(t.substr(c)))) {
    v.kind = ValueKind::NotApplicable;
    v.unit = "Rp";
    v.flags |= kFlagCurrencyPrefix;
    return v;
  }
  const bool cd = ctx.comma_decimal;
  // Whole-cell parentheses: a range "(4,51 – 5,00)" or a negative "(8.091.400,00)".
  if (t.size() >= 3 && t.front() == '(' && t.back() == ')') {
    sv inner = trim(t.substr(1, t.size() - 2));
    if (try_range(inner, cd, v)) return v;
    Parsed p;
    if (!parse_number(inner, cd, p) || p.negative || !p.unit.empty()) {
      set_text(v, "text in parentheses");
      return v;
    }
    if (!p.separators && !p.money) {
      set_text(v, "number in parentheses (numbering, not a negative)");
      return v;
    }
    p.negative = true;
    p.flags |= kFlagParenNegative;
    set_number(v, p);
    return v;
  }
  if (try_grade(t, cd, v)) return v;
  Parsed p;
  if (parse_number(t, cd, p)) {
    set_number(v, p);
    if (v.kind == ValueKind::Quantity) v.unit = stable_unit(v.unit, text, ctx);
    return v;
  }
  const char* reason = p.fail ? p.fail : "not a number";
  if (try_range(t, cd, v)) return v;
  set_text(v, reason);
  return v;
}

namespace {

// Case-insensitive search for a lower-case ASCII word.
bool contains_lower(sv hay, sv word) {
  if (word.size() > hay.size()) return false;
  for (size_t i = 0; i + word.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < word.size() && lower(hay[i + k]) == word[k]) ++k;
    if (k == word.size()) return true;
  }
  return false;
}

// Lays out a rounded number in Indonesian notation: `minus`, then the `nd` digits `dg` of its
// units (scale `scale` <= decimals) as "1.234.567" (grouped) or "1234567", and `decimals` places
// after ','. Returns the length. Shared by render_id and value_from_number's 64-bit path.
size_t lay_out_id(bool minus, const char* dg, int nd, int scale, int decimals, bool grouping, char* out) {
  const int int_len = nd > scale ? nd - scale : 0;
  size_t n = 0;
  if (minus) out[n++] = '-';
  if (int_len == 0) {
    out[n++] = '0';
  } else {
    for (int i = 0; i < int_len; ++i) {
      if (grouping && i > 0 && (int_len - i) % 3 == 0) out[n++] = '.';
      out[n++] = dg[i];
    }
  }
  if (decimals > 0) {
    out[n++] = ',';
    const int lead_zeros = scale > nd ? scale - nd : 0;
    for (int i = 0; i < lead_zeros && i < decimals; ++i) out[n++] = '0';
    const int frac_have = scale - lead_zeros;
    for (int i = 0; i < frac_have; ++i) out[n++] = dg[int_len + i];
    for (int i = scale; i < decimals; ++i) out[n++] = '0';
  }
  return n;
}

// The display of format_id(d, decimals) (grouped) or format_plain(d, decimals, ',') into out,
// without allocating: same rounding (half away from zero) and digits. Returns the length; out
// needs 100 chars.
size_t render_id(const Decimal& d, int decimals, bool grouping, char* out) {
  if (decimals > 30) decimals = 30;
  const Decimal r = d.rounded(decimals);
  char digits[48];
  char* end = digits + sizeof digits;
  using u128 = unsigned __int128;
  u128 u = r.units < 0 ? static_cast<u128>(-(r.units + 1)) + 1 : static_cast<u128>(r.units);
  int nd = 0;
  do {
    *--end = static_cast<char>('0' + static_cast<int>(u % 10));
    u /= 10;
    ++nd;
  } while (u != 0);
  return lay_out_id(r.units < 0, end, nd, r.scale, decimals, grouping, out);
}

}  // namespace

bool number_format_is_money(const NumberFormat& format) {
  return contains_lower(format.code, "rp") || contains_lower(format.code, "idr");
}

namespace {

// Displayed precision: the format's, or for General the digits the value has (capped at 10,
// about what Excel's General shows in a normal column).
constexpr int kGeneralCap = 10;

// Kind, unit and reason of a numeric cell's value: `fraction` is the number of decimals the
// value has (trailing zeros not counted), `decimals` those displayed.
void set_number_kind(Value& v, const NumberFormat& format, bool money, int fraction, int decimals) {
  if (format.percent) {
    v.kind = ValueKind::Percent;
    v.unit = "%";
  } else if (money) {
    v.kind = ValueKind::Money;
    v.unit = "Rp";
    v.flags |= kFlagCurrencyPrefix;
  } else if (fraction > 0 || decimals > 0) {
    v.kind = ValueKind::Decimal;
  } else {
    v.kind = ValueKind::Integer;
  }
  if (format.date) v.reason = "date serial";
}

// The general path: any text Decimal::parse reads, exact at any size.
Value number_value_general(std::string_view raw, const NumberFormat& format, bool money, TextStore& store) {
  Value v;
  auto d = Decimal::parse(trim(raw));
  if (!d) {
    v.original = store.add(raw);
    set_text(v, "numeric cell without a readable number");
    return v;
  }
  v.flags |= kFlagFromNumberFormat;
  Decimal x = *d;
  if (format.percent) x = x * Decimal{100, 0};
  int decimals = format.decimals;
  const int fraction = x.normalized().scale;
  if (decimals < 0) decimals = fraction > kGeneralCap ? kGeneralCap : fraction;
  v.number = x;
  v.decimals = decimals;
  set_number_kind(v, format, money, fraction, decimals);
  // What the reader saw, in Indonesian notation: "Rp" + "1.234.567,50" (grouped) or
  // "1234567,50", + "%"; built on the stack.
  char buf[112];
  size_t n = 0;
  if (money) {
    buf[n++] = 'R';
    buf[n++] = 'p';
  }
  n += render_id(x, decimals, format.grouping, buf + n);
  if (format.percent) buf[n++] = '%';
  v.original = store.add(sv(buf, n));
  return v;
}

constexpr uint64_t kPow10u64[19] = {1ull,
                                    10ull,
                                    100ull,
                                    1000ull,
                                    10000ull,
                                    100000ull,
                                    1000000ull,
                                    10000000ull,
                                    100000000ull,
                                    1000000000ull,
                                    10000000000ull,
                                    100000000000ull,
                                    1000000000000ull,
                                    10000000000000ull,
                                    100000000000000ull,
                                    1000000000000000ull,
                                    10000000000000000ull,
                                    100000000000000000ull,
                                    1000000000000000000ull};

// The fast path, for what a spreadsheet stores for nearly every number: "[-]digits[.digits]"
// with at most 18 digits, so that every step fits 64-bit arithmetic (the general path's 128-bit
// divisions, one pair per displayed digit, were most of its time). The same steps as the
// general path: exact value, percent times 100 normalised as Decimal's * does, rounding half
// away from zero, the same layout. Returns false, having changed nothing, for any other text.
bool number_value_fast(std::string_view raw, const NumberFormat& format, bool money, TextStore& store,
                       Value& v) {
  const char* p = raw.data();
  const char* const e = p + raw.size();
  const bool neg = p != e && *p == '-';
  if (neg) ++p;
  uint64_t u = 0;
  int digits = 0, scale = 0;
  for (; p != e && is_digit(*p) && digits <= 18; ++p, ++digits) u = u * 10 + static_cast<unsigned>(*p - '0');
  if (p != e && *p == '.') {
    ++p;
    for (; p != e && is_digit(*p) && digits <= 18; ++p, ++digits, ++scale)
      u = u * 10 + static_cast<unsigned>(*p - '0');
  }
  if (p != e || digits == 0 || digits > 18) return false;
  if (u == 0) scale = 0;  // Decimal::parse reads any zero as 0 at scale 0
  auto strip_zeros = [](uint64_t& x, int& sc) {
    while (sc > 0 && x % 10 == 0) {
      x /= 10;
      --sc;
    }
  };
  if (format.percent && u != 0) {
    // Decimal's *: both factors normalised, the product normalised.
    strip_zeros(u, scale);
    if (u >= kPow10u64[17]) return false;
    u *= 100;
    strip_zeros(u, scale);
  }
  uint64_t nu = u;
  int fraction = scale;
  strip_zeros(nu, fraction);
  int decimals = format.decimals;
  if (decimals < 0) decimals = fraction > kGeneralCap ? kGeneralCap : fraction;
  v.flags |= kFlagFromNumberFormat;
  const __int128 units = static_cast<__int128>(u);
  v.number = Decimal{neg ? -units : units, scale};
  v.decimals = static_cast<int16_t>(decimals);
  set_number_kind(v, format, money, fraction, decimals);
  // Displayed: rounded to the shown decimals (at most 30, as render_id), then laid out.
  const int shown = decimals > 30 ? 30 : decimals;
  uint64_t r = u;
  int rs = scale;
  if (shown < rs) {
    const uint64_t pw = kPow10u64[rs - shown];
    const uint64_t rem = r % pw;
    r = r / pw + (rem >= pw - rem ? 1 : 0);
    rs = shown;
  }
  const bool minus = neg && r != 0;
  char dg[24];
  char* const dend = dg + sizeof dg;
  char* d = dend;
  do {
    *--d = static_cast<char>('0' + r % 10);
    r /= 10;
  } while (r != 0);
  const int nd = static_cast<int>(dend - d);
  char buf[112];
  size_t n = 0;
  if (money) {
    buf[n++] = 'R';
    buf[n++] = 'p';
  }
  n += lay_out_id(minus, d, nd, rs, shown, format.grouping, buf + n);
  if (format.percent) buf[n++] = '%';
  v.original = store.add(sv(buf, n));
  return true;
}

}  // namespace

Value value_from_number(std::string_view raw, const NumberFormat& format, bool money, TextStore& store) {
  Value v;
  if (number_value_fast(raw, format, money, store, v)) return v;
  return number_value_general(raw, format, money, store);
}

Value value_from_number(std::string_view raw, const NumberFormat& format, TextStore& store) {
  return value_from_number(raw, format, number_format_is_money(format), store);
}

Value value_from_number_reference(std::string_view raw, const NumberFormat& format, TextStore& store) {
  return number_value_general(raw, format, number_format_is_money(format), store);
}

}  // namespace sakip
static_assert(sizeof(sakip::Value) <= 96, "a table holds one Value per cell: keep it small (docs/benchmarks.md, check)");
