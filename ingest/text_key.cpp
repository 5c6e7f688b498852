#include "ingest/text_key.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace sakip {

namespace {

// Removes <tags>, "**" and '$' (markup the extraction left in cells).
std::string strip_markup(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (const size_t end = markup_tag_end(in, i); end != std::string_view::npos) {
      out.push_back(' ');
      i = end;
      continue;
    }
    if (c == '*' || c == '$') {
      out.push_back(' ');
      continue;
    }
    out.push_back(c);
  }
  return out;
}

bool is_ascii_only(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

namespace {

// A key being written into a caller's buffer: kept characters, one space for any run of
// separators, '%' a word of its own, no space at either end.
class KeyWriter {
 public:
  KeyWriter(std::string& out, size_t capacity) : out_(out) {
    out_.clear();
    out_.reserve(capacity);
  }
  void separator() {
    if (!space_) {
      out_.push_back(' ');
      space_ = true;
    }
  }
  void keep(char c) {
    out_.push_back(c);
    space_ = false;
  }
  void percent() {
    separator();
    keep('%');
    separator();
  }
  void finish() {
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
  }

 private:
  std::string& out_;
  bool space_ = true;  // at start: drop leading separators
};

// What an ASCII byte is in a key: kept (its lower-case form), '%', '<' (maybe a tag), or a
// separator. The same as std::tolower + std::isalnum on ASCII, looked up instead of called.
struct AsciiClass {
  enum : char { kSeparator = 0, kPercent = 1, kLess = 2 };
  char map[128];
  constexpr AsciiClass() : map{} {
    for (int c = 0; c < 128; ++c) map[c] = kSeparator;
    for (int c = '0'; c <= '9'; ++c) map[c] = static_cast<char>(c);
    for (int c = 'a'; c <= 'z'; ++c) map[c] = static_cast<char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) map[c] = static_cast<char>(c - 'A' + 'a');
    map['%'] = kPercent;
    map['<'] = kLess;
  }
};
constexpr AsciiClass kAscii;

// text_key of a pure-ASCII text in one pass (no NFKC needed): markup and separators become one
// space, letters lower-cased. The same result as the general path. False (and `out` undefined)
// at the first byte that is not ASCII: the general path then keys the text.
bool ascii_text_key(std::string_view in, std::string& out) {
  KeyWriter key(out, in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    const unsigned char u = static_cast<unsigned char>(in[i]);
    if (u >= 0x80) return false;
    const char m = kAscii.map[u];
    if (m > AsciiClass::kLess) {
      key.keep(m);
    } else if (m == AsciiClass::kPercent) {
      key.percent();
    } else if (m == AsciiClass::kLess) {
      if (const size_t end = markup_tag_end(in, i); end != std::string_view::npos) i = end;
      key.separator();  // a tag, or '<' as a separator
    } else {
      key.separator();  // '*', '$' (markup) and every other separator
    }
  }
  key.finish();
  return true;
}

}  // namespace

size_t markup_tag_end(std::string_view s, size_t i) {
  if (i + 1 >= s.size() || s[i] != '<') return std::string_view::npos;
  // A tag only when it is short and starts with a letter or '/': "<b>", "</p>", "<ul ...>".
  if (!std::isalpha(static_cast<unsigned char>(s[i + 1])) && s[i + 1] != '/') return std::string_view::npos;
  const size_t end = s.find('>', i);
  return end != std::string_view::npos && end - i < 200 ? end : std::string_view::npos;
}

std::string text_key(std::string_view text) {
  std::string out;
  text_key_into(text, out);
  return out;
}

void text_key_into(std::string_view text, std::string& out) {
  if (ascii_text_key(text, out)) return;
  std::string folded;
  std::string stripped = strip_markup(text);
  if (is_ascii_only(stripped)) {
    folded = std::move(stripped);
    for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  } else {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* norm = icu::Normalizer2::getNFKCCasefoldInstance(status);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(stripped);
    if (U_SUCCESS(status) && norm) {
      icu::UnicodeString n = norm->normalize(u, status);
      if (U_SUCCESS(status)) u = n;
    }
    u.toUTF8String(folded);
  }
  KeyWriter key(out, folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    if (std::isalnum(c) || c >= 0x80) {
      // Non-ASCII: keep letters of other scripts, but treat the common punctuation
      // (en/em dash, curly quotes, non-breaking space after NFKC) as separators.
      if (c == 0xE2 && i + 2 < folded.size() && static_cast<unsigned char>(folded[i + 1]) == 0x80) {
        key.separator();
        i += 2;
        continue;
      }
      key.keep(static_cast<char>(c));
    } else if (c == '%') {
      key.percent();
    } else {
      key.separator();
    }
  }
  key.finish();
}

std::vector<std::string_view> key_words(std::string_view key) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < key.size()) {
    size_t j = key.find(' ', i);
    if (j == std::string_view::npos) j = key.size();
    if (j > i) words.push_back(key.substr(i, j - i));
    i = j + 1;
  }
  return words;
}

std::string squashed(std::string_view key) {
  std::string s;
  s.reserve(key.size());
  for (char c : key)
    if (c != ' ') s.push_back(c);
  return s;
}

int edit_distance(std::string_view a, std::string_view b, int limit) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, prev2[j - 2] + 1);
      cur[j] = v;
      row_min = std::min(row_min, v);
    }
    if (row_min > limit) return limit + 1;
    prev2.swap(prev);
    prev.swap(cur);
  }
  return prev[m];
}

}  // namespace sakip
