#include "ingest/shared_strings.h"

#include "ingest/read_error.h"
#include "ingest/xml_escape.h"
#include "ingest/xml_sax.h"

namespace sakip {

struct SharedStringsParser::Handler : XmlHandler {
  Handler(StringPool& p, const ReadLimits& l) : pool(p), limits(l) {}
  StringPool& pool;
  const ReadLimits limits;  // a copy: the caller's may be a temporary
  std::vector<uint32_t> ids;
  std::string buf;      // the <si> being read, escapes still in
  std::string decoded;  // reused for the decoded text
  bool in_si = false;
  unsigned t_depth = 0;    // inside <t>
  unsigned rph_depth = 0;  // inside <rPh> (phonetic run: skipped)
  uint64_t truncated = 0;
  uint64_t bytes = 0;

  void start(std::string_view name, XmlAttrs) override {
    if (name == "si") {
      if (ids.size() >= limits.max_strings)
        throw ReadError(ReadErrorCode::LimitExceeded,
                        "shared strings > " + std::to_string(limits.max_strings));
      in_si = true;
      buf.clear();
      t_depth = 0;
      rph_depth = 0;
    } else if (!in_si) {
      return;
    } else if (name == "t") {
      ++t_depth;
    } else if (name == "rPh") {
      ++rph_depth;
    }
  }
  void end(std::string_view name) override {
    if (!in_si) return;
    if (name == "t") {
      if (t_depth) --t_depth;
    } else if (name == "rPh") {
      if (rph_depth) --rph_depth;
    } else if (name == "si") {
      in_si = false;
      std::string_view s = buf;
      if (has_ooxml_escape(s)) {
        decoded.clear();
        append_ooxml_unescaped(s, decoded);
        s = decoded;
      }
      if (s.size() > limits.max_cell_bytes) {
        s = s.substr(0, limits.max_cell_bytes);
        // do not cut a UTF-8 sequence in half
        while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.remove_suffix(1);
        if (!s.empty() && static_cast<unsigned char>(s.back()) >= 0xC0) s.remove_suffix(1);
        ++truncated;
      }
      bytes += s.size();
      if (bytes > limits.max_string_bytes)
        throw ReadError(ReadErrorCode::LimitExceeded,
                        "string bytes > " + std::to_string(limits.max_string_bytes));
      ids.push_back(pool.add(s));
    }
  }
  void text(std::string_view data) override {
    if (in_si && t_depth && !rph_depth) {
      // keep a margin for escapes; the decoded text is cut to max_cell_bytes afterwards
      if (buf.size() < limits.max_cell_bytes * 8) buf.append(data);
    }
  }
};

SharedStringsParser::SharedStringsParser(StringPool& pool, const ReadLimits& limits, std::string part)
    : handler_(std::make_unique<Handler>(pool, limits)),
      parser_(std::make_unique<XmlSaxParser>(*handler_, std::move(part), limits)) {}

SharedStringsParser::~SharedStringsParser() = default;

void SharedStringsParser::feed(const char* data, size_t size) { parser_->feed(data, size, false); }

std::vector<uint32_t> SharedStringsParser::finish() {
  parser_->finish();
  return std::move(handler_->ids);
}

std::vector<uint32_t> SharedStringsParser::take_partial() { return std::move(handler_->ids); }

uint64_t SharedStringsParser::truncated() const { return handler_->truncated; }

std::vector<uint32_t> parse_shared_strings(std::string_view xml, StringPool& pool,
                                           const ReadLimits& limits, const std::string& part) {
  SharedStringsParser p(pool, limits, part);
  p.feed(xml.data(), xml.size());
  return p.finish();
}

}  // namespace sakip
