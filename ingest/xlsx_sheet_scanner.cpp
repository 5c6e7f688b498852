#include "ingest/xlsx_sheet_scanner.h"

#include "ingest/xml_escape.h"

#include <array>
#include <cstdint>
#include <cstring>

#include "ingest/read_error.h"

namespace sakip {

namespace {

constexpr size_t kMaxCarry = 1 << 16;  // a single tag longer than this: let expat have it
constexpr size_t kFeedStep = 4096;     // bytes appended to the carry per attempt

[[noreturn]] void decline(const char* why) { throw XmlScanDeclined{why}; }

inline bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Byte classes, one table lookup per byte on the hot loops.
enum : uint8_t { kNameStart = 1, kNameChar = 2, kAttrPlain = 4 };
constexpr std::array<uint8_t, 256> make_classes() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    const bool start = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':';
    const bool name = start || (c >= '0' && c <= '9') || c == '.' || c == '-';
    // an attribute value byte copied as is: printable ASCII except the quotes, '&' and '<'
    const bool plain = c >= 0x20 && c < 0x7F && c != '"' && c != '\'' && c != '&' && c != '<';
    t[static_cast<size_t>(c)] = static_cast<uint8_t>((start ? kNameStart : 0) | (name ? kNameChar : 0) | (plain ? kAttrPlain : 0));
  }
  return t;
}
constexpr std::array<uint8_t, 256> kClass = make_classes();
inline bool has_class(char c, uint8_t k) { return (kClass[static_cast<unsigned char>(c)] & k) != 0; }
inline bool name_start(char c) { return has_class(c, kNameStart); }
inline bool name_char(char c) { return has_class(c, kNameChar); }

std::string_view local_of(std::string_view q) {
  const size_t colon = q.rfind(':');
  return colon == std::string_view::npos ? q : q.substr(colon + 1);
}

bool xml_char(uint32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

}  // namespace

XmlScanner::XmlScanner(XmlHandler& handler, std::string part, const ReadLimits& limits)
    : handler_(handler), part_(std::move(part)), max_depth_(limits.max_xml_depth) {}

void XmlScanner::feed(const char* data, size_t size) {
  const char* p = data;
  const char* const end = data + size;
  while (!carry_.empty() && p < end) {
    const size_t old = carry_.size();
    const size_t take = std::min<size_t>(static_cast<size_t>(end - p), kFeedStep);
    carry_.append(p, take);
    p += take;
    const size_t used = scan(carry_.data(), carry_.data() + carry_.size());
    if (used >= old) {
      p -= carry_.size() - used;  // the rest came from `data`: scan it in place
      carry_.clear();
    } else {
      carry_.erase(0, used);
      if (carry_.size() > kMaxCarry) decline("long token");
    }
  }
  if (p < end) {
    const size_t used = scan(p, end);
    carry_.assign(p + used, end);
    if (carry_.size() > kMaxCarry) decline("long token");
  }
}

void XmlScanner::finish() {
  if (!carry_.empty()) {
    const size_t used = scan(carry_.data(), carry_.data() + carry_.size());
    if (used != carry_.size()) decline("cut off at the end");
    carry_.clear();
  }
  if (!root_seen_ || !root_done_) decline("no complete root element");
}

const char* XmlScanner::entity(const char* p, const char* end, std::string& out) {
  const char* q = p + 1;
  const char* const lim = std::min(end, p + 16);
  while (q < lim && *q != ';') ++q;
  if (q == lim) {
    if (lim == end && end - p < 16) return nullptr;
    decline("long entity");
  }
  const std::string_view name(p + 1, static_cast<size_t>(q - p - 1));
  if (name == "amp") out.push_back('&');
  else if (name == "lt") out.push_back('<');
  else if (name == "gt") out.push_back('>');
  else if (name == "quot") out.push_back('"');
  else if (name == "apos") out.push_back('\'');
  else if (name.size() >= 2 && name[0] == '#') {
    uint32_t cp = 0;
    size_t i = 1;
    const bool hex = name[1] == 'x';
    if (hex) ++i;
    if (i == name.size()) decline("bad character reference");
    for (; i < name.size(); ++i) {
      const char c = name[i];
      uint32_t d;
      if (c >= '0' && c <= '9') d = static_cast<uint32_t>(c - '0');
      else if (hex && c >= 'a' && c <= 'f') d = static_cast<uint32_t>(c - 'a' + 10);
      else if (hex && c >= 'A' && c <= 'F') d = static_cast<uint32_t>(c - 'A' + 10);
      else decline("bad character reference");
      cp = cp * (hex ? 16 : 10) + d;
      if (cp > 0x10FFFF) decline("bad character reference");
    }
    if (!xml_char(cp)) decline("bad character reference");
    append_utf8(cp, out);
  } else {
    decline("unknown entity");
  }
  return q + 1;
}

const char* XmlScanner::decl(const char* p, const char* end) {
  // <?xml version="1.0" [encoding="UTF-8"] [standalone="yes|no"] ?>
  const char* const lim = std::min(end, p + 512);
  const char* close = nullptr;
  for (const char* q = p; q + 1 < lim; ++q) {
    if (q[0] == '?' && q[1] == '>') {
      close = q;
      break;
    }
  }
  if (!close) {
    if (lim == end && end - p < 512) return nullptr;
    decline("long declaration");
  }
  const char* q = p + 5;
  auto pseudo = [&](const char* key, std::string& value) -> bool {
    const char* r = q;
    if (r >= close || !is_ws(*r)) return false;
    while (r < close && is_ws(*r)) ++r;
    const size_t kn = std::strlen(key);
    if (static_cast<size_t>(close - r) < kn || std::memcmp(r, key, kn) != 0) return false;
    r += kn;
    while (r < close && is_ws(*r)) ++r;
    if (r >= close || *r != '=') decline("bad declaration");
    ++r;
    while (r < close && is_ws(*r)) ++r;
    if (r >= close || (*r != '"' && *r != '\'')) decline("bad declaration");
    const char quote = *r++;
    const char* v = r;
    while (r < close && *r != quote) ++r;
    if (r >= close) decline("bad declaration");
    value.assign(v, r);
    q = r + 1;
    return true;
  };
  std::string v;
  if (!pseudo("version", v) || v != "1.0") decline("bad declaration");
  if (pseudo("encoding", v)) {
    std::string low;
    for (char c : v) low.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    if (low != "utf-8") decline("encoding");
  }
  if (pseudo("standalone", v) && v != "yes" && v != "no") decline("bad declaration");
  while (q < close && is_ws(*q)) ++q;
  if (q != close) decline("bad declaration");
  return close + 2;
}

const char* XmlScanner::tag(const char* p, const char* end) {
  const char* q = p + 1;
  if (q >= end) return nullptr;
  if (*q == '/') {  // end tag
    ++q;
    const char* n = q;
    while (q < end && name_char(*q)) ++q;
    if (q == end) return nullptr;
    const std::string_view name(n, static_cast<size_t>(q - n));
    while (q < end && is_ws(*q)) ++q;
    if (q == end) return nullptr;
    if (*q != '>' || depth_ == 0 || stack_[depth_ - 1] != name) decline("bad end tag");
    --depth_;
    handler_.end(local_of(name));
    if (depth_ == 0) root_done_ = true;
    return q + 1;
  }
  if (!name_start(*q)) decline("markup");  // <! <? or junk
  if (root_done_) decline("second root");
  const char* n = q;
  while (q < end && name_char(*q)) ++q;
  if (q == end) return nullptr;
  const std::string_view name(n, static_cast<size_t>(q - n));
  attr_buf_.clear();
  attr_off_.clear();
  bool empty = false;
  for (;;) {
    const char* w = q;
    while (q < end && is_ws(*q)) ++q;
    if (q == end) return nullptr;
    if (*q == '>') {
      ++q;
      break;
    }
    if (*q == '/') {
      if (q + 1 == end) return nullptr;
      if (q[1] != '>') decline("bad empty tag");
      q += 2;
      empty = true;
      break;
    }
    if (w == q || !name_start(*q)) decline("bad attribute");
    const char* an = q;
    while (q < end && name_char(*q)) ++q;
    if (q == end) return nullptr;
    const std::string_view aname(an, static_cast<size_t>(q - an));
    for (size_t i = 0; i < attr_off_.size(); i += 2) {  // name i ends one byte before value i
      const std::string_view seen(attr_buf_.data() + attr_off_[i], attr_off_[i + 1] - attr_off_[i] - 1);
      if (seen == aname) decline("duplicate attribute");
    }
    while (q < end && is_ws(*q)) ++q;
    if (q == end) return nullptr;
    if (*q != '=') decline("bad attribute");
    ++q;
    while (q < end && is_ws(*q)) ++q;
    if (q == end) return nullptr;
    if (*q != '"' && *q != '\'') decline("bad attribute");
    const char quote = *q++;
    attr_off_.push_back(attr_buf_.size());
    attr_buf_.append(aname);
    attr_buf_.push_back('\0');
    attr_off_.push_back(attr_buf_.size());
    for (;;) {
      // the plain run up to the next byte that needs a look, copied at once
      const char* run = q;
      while (q < end && has_class(*q, kAttrPlain)) ++q;
      if (q > run) attr_buf_.append(run, static_cast<size_t>(q - run));
      if (q == end) return nullptr;
      const char c = *q;
      if (c == quote) {
        ++q;
        break;
      }
      const unsigned char u = static_cast<unsigned char>(c);
      if (c == '&') {
        q = entity(q, end, attr_buf_);
        if (!q) return nullptr;
        continue;
      }
      if (c == '<' || c == '\r' || u >= 0x7F || (u < 0x20 && c != '\t' && c != '\n')) decline("attribute byte");
      attr_buf_.push_back(c == '\t' || c == '\n' ? ' ' : c);
      ++q;
    }
    attr_buf_.push_back('\0');
  }
  // the whole tag is in: report it
  if (depth_ + 1 > max_depth_)
    throw ReadError(ReadErrorCode::LimitExceeded, part_ + ": depth > " + std::to_string(max_depth_));
  if (depth_ == stack_.size()) stack_.emplace_back();
  stack_[depth_].assign(name);
  ++depth_;
  root_seen_ = true;
  attr_ptrs_.clear();
  for (size_t off : attr_off_) attr_ptrs_.push_back(attr_buf_.data() + off);
  attr_ptrs_.push_back(nullptr);
  const std::string_view local = local_of(stack_[depth_ - 1]);
  handler_.start(local, XmlAttrs{attr_ptrs_.data()});
  if (empty) {
    --depth_;
    handler_.end(local_of(stack_[depth_]));
    if (depth_ == 0) root_done_ = true;
  }
  return q;
}

size_t XmlScanner::scan(const char* const begin, const char* const end) {
  const char* s = begin;
  if (!started_) {
    if (end - s < 6) return 0;
    if (static_cast<unsigned char>(s[0]) == 0xEF) {
      if (static_cast<unsigned char>(s[1]) != 0xBB || static_cast<unsigned char>(s[2]) != 0xBF) decline("byte");
      s += 3;
      if (end - s < 6) return 0;
    }
    if (std::memcmp(s, "<?xml", 5) == 0 && is_ws(s[5])) {
      const char* e = decl(s, end);
      if (!e) return 0;
      s = e;
    }
    started_ = true;
  }
  while (s < end) {
    const char c = *s;
    if (c == '<') {
      after_cr_ = false;
      brackets_ = 0;
      const char* e = tag(s, end);
      if (!e) return static_cast<size_t>(s - begin);
      s = e;
      continue;
    }
    if (depth_ == 0) {  // outside the root: whitespace only, not reported
      if (!is_ws(c)) decline("text outside the root");
      ++s;
      continue;
    }
    // character data up to the next '<'
    const char* span = s;
    while (s < end) {
      const char ch = *s;
      const unsigned char u = static_cast<unsigned char>(ch);
      if (u >= 0x20 && u < 0x7F && ch != '<' && ch != '&' && ch != ']' && ch != '>') {
        brackets_ = 0;
        after_cr_ = false;
        ++s;
        continue;
      }
      if (ch == '<') break;
      if (ch == ']') {
        ++brackets_;
        after_cr_ = false;
        ++s;
        continue;
      }
      if (ch == '>') {
        if (brackets_ >= 2) decline("]]> in text");
        brackets_ = 0;
        after_cr_ = false;
        ++s;
        continue;
      }
      if (ch == '\t') {
        brackets_ = 0;
        after_cr_ = false;
        ++s;
        continue;
      }
      if (ch == '\n') {
        brackets_ = 0;
        if (after_cr_) {  // "\r\n": the '\r' already gave the '\n'
          if (s > span) handler_.text(std::string_view(span, static_cast<size_t>(s - span)));
          after_cr_ = false;
          span = ++s;
          continue;
        }
        ++s;
        continue;
      }
      if (ch == '\r') {
        brackets_ = 0;
        if (s > span) handler_.text(std::string_view(span, static_cast<size_t>(s - span)));
        handler_.text("\n");
        after_cr_ = true;
        span = ++s;
        continue;
      }
      if (ch == '&') {
        if (s > span) handler_.text(std::string_view(span, static_cast<size_t>(s - span)));
        brackets_ = 0;
        after_cr_ = false;
        text_.clear();
        const char* e = entity(s, end, text_);
        if (!e) return static_cast<size_t>(s - begin);
        handler_.text(text_);
        span = s = e;
        continue;
      }
      decline("text byte");
    }
    if (s > span) handler_.text(std::string_view(span, static_cast<size_t>(s - span)));
  }
  return static_cast<size_t>(s - begin);
}

}  // namespace sakip
