// A comparable key for what people typed in a header or label: markup removed (HTML tags,
// markdown bold, LaTeX dollars), ICU NFKC with case folding, every run of punctuation and
// white space collapsed to one space, '%' kept as its own word. "  <b>Targ et</b> (Rp.)" ->
// "targ et rp".
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sakip {

std::string text_key(std::string_view text);
// text_key written into `out` (its old content replaced): a caller keying many texts reuses one
// buffer instead of allocating a key per text. `text` must not view `out`.
void text_key_into(std::string_view text, std::string& out);
// Where an HTML-like tag that starts at s[i] ('<' then a letter or '/', closed by '>' within
// 200 bytes) ends: the index of its '>', or npos when s[i] starts no tag ("a<2" is no tag).
size_t markup_tag_end(std::string_view s, size_t i);
// The key's words ("targ et rp" -> {"targ", "et", "rp"}).
std::vector<std::string_view> key_words(std::string_view key);
// The key without spaces ("targ et rp" -> "targetrp"): joins words that extraction split.
std::string squashed(std::string_view key);
// Edit distance (insert, delete, substitute, swap of neighbours), stopping early above `limit`.
int edit_distance(std::string_view a, std::string_view b, int limit);

}  // namespace sakip
