// A hand-written push XML scanner for worksheet parts, a faster stand-in for expat on the hot
// path (issue 2: expat was 30 % of `sakipcheck cells` on a 200k-row workbook). It gives an
// XmlHandler exactly the events XmlSaxParser would give (local names, attribute values with
// entities decoded and whitespace normalised, text with line ends normalised) for a strict
// subset of XML: ASCII only (an optional UTF-8 BOM and XML declaration), elements, attributes
// in either quote, the five predefined entities and character references.
// Anything else -- non-ASCII bytes, CDATA, comments, processing instructions, a DOCTYPE, an
// unknown entity, any well-formedness error -- throws XmlScanDeclined, and the caller reads the
// whole part again with expat (the reference, see tests/ingest/xlsx_sheet_scanner_test.cpp).
// So the scanner never accepts a document expat rejects; it only declines more.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "ingest/limits.h"
#include "ingest/xml_sax.h"

namespace sakip {

struct XmlScanDeclined {
  const char* why;
};

class XmlScanner {
 public:
  // `part` names the part in the depth-limit ReadError, as XmlSaxParser does.
  XmlScanner(XmlHandler& handler, std::string part, const ReadLimits& limits);
  // Throws XmlScanDeclined, ReadError(LimitExceeded) for depth, or what the handler throws.
  void feed(const char* data, size_t size);
  void finish();

 private:
  // Scans [p, end): returns the bytes consumed; stops before a token the data cuts off.
  size_t scan(const char* p, const char* end);
  // Returns the end of the tag starting at p ('<'), or nullptr when cut off.
  const char* tag(const char* p, const char* end);
  const char* decl(const char* p, const char* end);
  // Appends the decoded entity at p ('&') to out; returns past ';' or nullptr when cut off.
  const char* entity(const char* p, const char* end, std::string& out);

  XmlHandler& handler_;
  std::string part_;
  unsigned max_depth_;
  std::string carry_;
  std::vector<std::string> stack_;  // open element names (qualified), stack_[0..depth_)
  size_t depth_ = 0;
  std::string attr_buf_;            // NUL-separated names and values
  std::vector<size_t> attr_off_;
  std::vector<const char*> attr_ptrs_;
  std::string text_;
  bool started_ = false;  // past the BOM / XML declaration position
  bool root_seen_ = false;
  bool root_done_ = false;
  bool after_cr_ = false;  // the last text byte was '\r' (a following '\n' is dropped)
  unsigned brackets_ = 0;  // trailing ']' in the current text run ("]]>" is an error)
};

}  // namespace sakip
