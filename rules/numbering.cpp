#include "rules/numbering.h"

#include <cctype>
#include <string>

#include "ingest/table.h"

namespace sakip {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

int numbering_label(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '(' || text[i] == '\t')) ++i;
  int v = 0, n = 0;
  while (i < text.size() && is_digit(text[i]) && n < 4) {
    v = v * 10 + (text[i] - '0');
    ++i;
    ++n;
  }
  if (n == 0 || n >= 4) return 0;
  // Must be followed by nothing, ')', spaces or '=' — not "2021" nor "1.1".
  while (i < text.size() && (text[i] == ' ' || text[i] == ')')) ++i;
  if (i < text.size() && text[i] != '=' && text[i] != '(') return 0;
  return v;
}

std::optional<NumberingFormula> parse_numbering_formula(std::string_view text) {
  const size_t eq = text.find('=');
  if (eq == std::string_view::npos) return std::nullopt;
  const int result = numbering_label(text.substr(0, eq));
  if (result == 0) return std::nullopt;
  // Tokenise the right side: numbers and operators; drop parentheses and spaces.
  std::string rhs;
  for (char c : text.substr(eq + 1)) {
    if (c == '(' || c == ')' || c == ' ' || c == '\t') continue;
    rhs += c;
  }
  // Normalise multiplication signs: '*', 'x', 'X', '×' (UTF-8 C3 97).
  std::string norm;
  for (size_t i = 0; i < rhs.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(rhs[i]);
    if (c == 0xC3 && i + 1 < rhs.size() && static_cast<unsigned char>(rhs[i + 1]) == 0x97) {
      norm += '*';
      ++i;
    } else if (c == 'x' || c == 'X') {
      norm += '*';
    } else if (c == ':') {
      norm += '/';
    } else {
      norm += static_cast<char>(c);
    }
  }
  struct Tok { char op; int num; };
  std::vector<Tok> toks;
  for (size_t i = 0; i < norm.size();) {
    if (is_digit(norm[i])) {
      int v = 0, n = 0;
      while (i < norm.size() && is_digit(norm[i])) {
        if (++n > 6) return std::nullopt;
        v = v * 10 + (norm[i] - '0');
        ++i;
      }
      toks.push_back({0, v});
    } else if (norm[i] == '+' || norm[i] == '-' || norm[i] == '*' || norm[i] == '/') {
      toks.push_back({norm[i], 0});
      ++i;
    } else if (norm[i] == '%') {
      ++i;  // "x 100%"
    } else {
      return std::nullopt;
    }
  }
  if (toks.empty()) return std::nullopt;
  NumberingFormula f;
  f.result = result;
  bool has_div = false;
  for (const auto& t : toks) has_div |= t.op == '/';
  if (has_div) {
    // A / B [* 100]
    if (toks.size() != 3 && toks.size() != 5) return std::nullopt;
    if (toks[0].op || toks[1].op != '/' || toks[2].op) return std::nullopt;
    f.kind = NumberingFormula::Kind::Ratio;
    f.numerator = toks[0].num;
    f.denominator = toks[2].num;
    if (toks.size() == 5) {
      if (toks[3].op != '*' || toks[4].op) return std::nullopt;
      f.factor = Decimal::from_int(toks[4].num);
    }
    return f;
  }
  // A ± B ± C ...
  int sign = +1;
  bool expect_num = true;
  for (const auto& t : toks) {
    if (expect_num) {
      if (t.op == '-') { sign = -sign; continue; }
      if (t.op) return std::nullopt;
      f.terms.push_back({t.num, sign});
      sign = +1;
      expect_num = false;
    } else {
      if (t.op != '+' && t.op != '-') return std::nullopt;
      sign = t.op == '-' ? -1 : +1;
      expect_num = true;
    }
  }
  if (expect_num || f.terms.size() < 2) return std::nullopt;
  f.kind = NumberingFormula::Kind::Linear;
  return f;
}

int NumberingMap::column_of(int label) const {
  if (label <= 0) return -1;
  int found = -1;
  for (size_t i = 0; i < label_of.size(); ++i) {
    if (label_of[i] == label) {
      if (found >= 0) return -1;  // ambiguous
      found = static_cast<int>(i);
    }
  }
  return found;
}

NumberingMap numbering_map(const Table& t) {
  NumberingMap m;
  m.label_of.reserve(t.columns.size());
  for (const auto& c : t.columns) m.label_of.push_back(numbering_label(c.numbering));
  return m;
}

}  // namespace sakip
