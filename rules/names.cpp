#include "rules/names.h"

#include <cctype>
#include <vector>

namespace sakip {

std::string name_key(std::string_view name) {
  // Lowercase ASCII letters/digits; everything else (punctuation, spaces, UTF-8 bytes of
  // dashes and quotes) separates words.
  std::vector<std::string> words;
  std::string cur;
  int depth = 0;  // text in parentheses ("(IKM)", "(Angka)") is an aside, not the name
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c == '(' || c == '[') {
      ++depth;
      if (!cur.empty()) words.push_back(cur), cur.clear();
      continue;
    }
    if ((c == ')' || c == ']') && depth > 0) {
      --depth;
      continue;
    }
    if (depth > 0) continue;
    if (std::isalnum(c)) {
      cur += static_cast<char>(std::tolower(c));
    } else if (c >= 0x80) {
      // keep multi-byte letters (é) as they are; drop typographic punctuation (E2 80 xx)
      if (c == 0xE2 && i + 2 < name.size()) {
        i += 2;
        if (!cur.empty()) words.push_back(cur), cur.clear();
      } else {
        cur += static_cast<char>(c);
      }
    } else {
      if (!cur.empty()) words.push_back(cur), cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(cur);
  // Drop leading numbering and level words.
  static const char* level_words[] = {"program", "kegiatan", "sub", "subkegiatan", "indikator", "sasaran",
                                      "tujuan",  "iku",      "ik",  "kinerja"};
  size_t start = 0;
  while (start < words.size()) {
    const std::string& w = words[start];
    bool drop = false;
    if (std::isdigit(static_cast<unsigned char>(w[0])) && w.size() <= 4) drop = true;
    if (w.size() == 1 && std::isalpha(static_cast<unsigned char>(w[0]))) drop = true;  // "a." list letters
    if (w == "i" || w == "ii" || w == "iii" || w == "iv" || w == "v") drop = true;
    for (const char* lw : level_words) drop |= w == lw;
    if (!drop) break;
    ++start;
  }
  std::string out;
  for (size_t i = start; i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

}  // namespace sakip
