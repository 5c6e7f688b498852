// Tolerant matching of indicator and program names across tables, beyond name_key's
// case/spacing/punctuation folding: typos ('falitasi'/'fasilitas', 'Efektifitas'/'efektivitas'),
// dropped words ('... Peningkatan Kesejahteraan ...' vs '... Kesejahteraan ...'), words split by a
// line-break hyphen ('Berku- alitas') and acronyms ('IKM' = 'Indeks Kepuasan Masyarakat', taken
// from the other name's initials, not from a list).
//
// Built for no false matches: two names match only when every content word of one side finds
// its partner on the other (exactly or as a near-identical spelling) except words that only one
// side has, at least two content words agree, numbers agree exactly and the weighted overlap is
// high. resolve_names then links a name to another only when the two never occur in the same
// table (two names in one table are two things) and no other candidate is about as good.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace sakip {

struct NameSimilarity {
  double score = 0;         // weighted Dice overlap of the words, 0..1
  bool acceptable = false;  // passes every rule for a tolerant match
  int content_matched = 0;  // content words (not connectives or measure words) paired across the names
};

// Compares two name keys (outputs of name_key: lowercase words separated by one space).
NameSimilarity compare_names(std::string_view key_a, std::string_view key_b);

// Similarity of two words, 0..1: 1 when equal; a near-identical spelling of words of five or
// more letters (one edit, or a long common subsequence for long words) or a truncated word
// (four or more letters, the prefix of the other) scores high; anything else 0.
double word_similarity(std::string_view a, std::string_view b);

// One occurrence of a name key in a table (`table` identifies the table: file and index).
struct NameOccurrence {
  std::string key;
  uint64_t table = 0;
};

// For keys that match another key tolerantly: key -> the canonical key of its group (the
// longest, so an acronym's group is named by the full name; then the one found in most tables,
// then the smallest). Keys matched by nothing are not
// in the map. Keys that occur together in one table never share a group; a key whose best two
// candidates (in different groups) are about equally good stays alone.
std::map<std::string, std::string> resolve_names(const std::vector<NameOccurrence>& occurrences);

}  // namespace sakip
