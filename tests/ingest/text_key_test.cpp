// text_key: the matching key of a header or label. Pure-ASCII texts take a one-pass path; the
// general path (markup stripped, ICU NFKC case folding, separators collapsed) is its reference.
#include "ingest/text_key.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace sakip {
namespace {

TEST(TextKey, FoldsCaseCollapsesSeparatorsAndStripsMarkup) {
  EXPECT_EQ(text_key("  Belanja   Modal\tKendaraan  "), "belanja modal kendaraan");
  EXPECT_EQ(text_key("**Jumlah**"), "jumlah");
  EXPECT_EQ(text_key("<b>Sub Total</b>"), "sub total");
  EXPECT_EQ(text_key("a<2 dan b>1"), "a 2 dan b 1");  // '<' before a digit is no tag
  EXPECT_EQ(text_key("Capaian(%)"), "capaian %");
  EXPECT_EQ(text_key("$Rp$"), "rp");
  EXPECT_EQ(text_key(""), "");
  EXPECT_EQ(text_key(" - "), "");
}

TEST(TextKey, MarkupTagEnd) {
  constexpr size_t npos = std::string_view::npos;
  EXPECT_EQ(markup_tag_end("<b>x", 0), 2u);
  EXPECT_EQ(markup_tag_end("x</p>", 1), 4u);
  EXPECT_EQ(markup_tag_end("a<2 dan b>1", 1), npos);  // '<' before a digit
  EXPECT_EQ(markup_tag_end("<b", 0), npos);           // never closed
  EXPECT_EQ(markup_tag_end("<", 0), npos);
  EXPECT_EQ(markup_tag_end("x<b>", 0), npos);         // no '<' at i
  EXPECT_EQ(markup_tag_end("<span " + std::string(300, 'a') + ">", 0), npos);  // too long for a tag
}

// The ASCII path against the general one: a non-ASCII word appended forces the ICU path, whose
// key must be the ASCII key followed by that word.
TEST(TextKey, AsciiPathAgreesWithTheIcuPath) {
  std::mt19937 rng(20261123);
  const std::string alphabet = "aZ09 %*$<>/b-.,()\t_:;'\"xQ";
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    const int len = static_cast<int>(rng() % 24);
    for (int i = 0; i < len; ++i) s += alphabet[rng() % alphabet.size()];
    const std::string ascii = text_key(s);
    const std::string general = text_key(s + " \xC3\xA9");  // " é"
    const std::string expected = ascii.empty() ? std::string("\xC3\xA9") : ascii + " \xC3\xA9";
    ASSERT_EQ(general, expected) << "input: [" << s << "]";
  }
  // Tags: a closed tag inside the text takes both paths alike.
  for (const char* s : {"<b>Target</b> 2025", "x <span class=a>y</span> z", "</p>Realisasi"})
    EXPECT_EQ(text_key(std::string(s) + " \xC3\xA9"), text_key(s) + " \xC3\xA9") << s;
}

// Every ASCII byte (controls, punctuation, '<' with and without a tag) through the ASCII path and
// the general one.
TEST(TextKey, EveryAsciiByteTakesBothPathsAlike) {
  std::mt19937 rng(7);
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    const int len = static_cast<int>(rng() % 16);
    for (int i = 0; i < len; ++i) s += static_cast<char>(1 + rng() % 127);
    if (n % 4 == 0) s += "<b>";
    const std::string ascii = text_key(s);
    const std::string general = text_key(s + " \xC3\xA9");
    const std::string expected = ascii.empty() ? std::string("\xC3\xA9") : ascii + " \xC3\xA9";
    ASSERT_EQ(general, expected) << "input: [" << s << "]";
  }
}

// A non-ASCII byte inside a tag: the tag goes, the key is the ASCII text's.
TEST(TextKey, NonAsciiInsideATagOnly) {
  EXPECT_EQ(text_key("<span title=\"Caf\xC3\xA9\">Target</span> 2025"), "target 2025");
  EXPECT_EQ(text_key("<b \xC3\xA9>x</b> \xC3\xA9"), "x \xC3\xA9");
}

// text_key_into replaces what the buffer held (longer or shorter) with the same key as text_key.
TEST(TextKey, IntoAReusedBuffer) {
  std::string buffer;
  for (const char* s : {"  Belanja   Modal\tKendaraan  ", "**Jumlah**", "", "Capaian(%)", "Caf\xC3\xA9 <b>X</b>", " - "}) {
    text_key_into(s, buffer);
    EXPECT_EQ(buffer, text_key(s)) << s;
  }
}

}  // namespace
}  // namespace sakip
