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
    if (c == '<') {
      size_t end = in.find('>', i);
      // A tag only when it is short and starts with a letter or '/': "<b>", "</p>", "<ul ...>".
      if (end != std::string_view::npos && end - i < 200 && i + 1 < in.size() &&
          (std::isalpha(static_cast<unsigned char>(in[i + 1])) || in[i + 1] == '/')) {
        out.push_back(' ');
        i = end;
        continue;
      }
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

// text_key of a pure-ASCII text in one pass and one allocation (no NFKC needed): markup and
// separators become one space, letters lower-cased. The same result as the general path.
std::string ascii_text_key(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  bool space = true;  // at start: drop leading separators
  auto put_space = [&] {
    if (!space) {
      out.push_back(' ');
      space = true;
    }
  };
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '<') {
      size_t end = in.find('>', i);
      if (end != std::string_view::npos && end - i < 200 && i + 1 < in.size() &&
          (std::isalpha(static_cast<unsigned char>(in[i + 1])) || in[i + 1] == '/')) {
        put_space();
        i = end;
        continue;
      }
    }
    const unsigned char u = static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::isalnum(u)) {
      out.push_back(static_cast<char>(u));
      space = false;
    } else if (u == '%') {
      put_space();
      out.push_back('%');
      space = false;
      put_space();
    } else {
      put_space();  // '*', '$' (markup) and every other separator
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string text_key(std::string_view text) {
  if (is_ascii_only(text)) return ascii_text_key(text);
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
  std::string out;
  out.reserve(folded.size());
  bool space = true;  // at start: drop leading separators
  auto put_space = [&] {
    if (!space) {
      out.push_back(' ');
      space = true;
    }
  };
  for (size_t i = 0; i < folded.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    if (std::isalnum(c) || c >= 0x80) {
      // Non-ASCII: keep letters of other scripts, but treat the common punctuation
      // (en/em dash, curly quotes, non-breaking space after NFKC) as separators.
      if (c == 0xE2 && i + 2 < folded.size() && static_cast<unsigned char>(folded[i + 1]) == 0x80) {
        put_space();
        i += 2;
        continue;
      }
      out.push_back(static_cast<char>(c));
      space = false;
    } else if (c == '%') {
      put_space();
      out.push_back('%');
      space = false;
      put_space();
    } else {
      put_space();
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
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
