// xl/sharedStrings.xml, streamed: every <si> becomes one string in the workbook's StringPool
// and the table maps the shared-string index to that pool id, so cells reference the pool and
// nothing is copied per cell. Rich-text runs (<r><t>) are joined, phonetic runs (<rPh>) and
// their properties are skipped, "_xHHHH_" escapes are decoded, an empty <si/> is the empty
// string, the count/uniqueCount attributes are not trusted, and the number of strings is capped
// by ReadLimits::max_strings.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ingest/limits.h"
#include "ingest/workbook.h"

namespace sakip {

class XmlSaxParser;

class SharedStringsParser {
 public:
  SharedStringsParser(StringPool& pool, const ReadLimits& limits, std::string part);
  ~SharedStringsParser();
  // Throws ReadError: CorruptXml (naming the part and line), LimitExceeded.
  void feed(const char* data, size_t size);
  // Ends the document and hands over the table: index -> StringPool id.
  std::vector<uint32_t> finish();
  // The strings read so far, for a part that broke off midway (the caller reports it).
  std::vector<uint32_t> take_partial();
  // Strings cut to ReadLimits::max_cell_bytes.
  uint64_t truncated() const;

 private:
  struct Handler;
  std::unique_ptr<Handler> handler_;
  std::unique_ptr<XmlSaxParser> parser_;
};

// Convenience for a whole document in memory.
std::vector<uint32_t> parse_shared_strings(std::string_view xml, StringPool& pool,
                                           const ReadLimits& limits,
                                           const std::string& part = "xl/sharedStrings.xml");

}  // namespace sakip
