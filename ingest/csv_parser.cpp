#include "ingest/csv_parser.h"

#include <cstring>

#include "ingest/text_decode.h"

namespace sakip {

CsvParser::CsvParser(std::string_view text, char delimiter, size_t max_field_bytes,
                     size_t max_fields)
    : text_(text), delim_(delimiter), max_field_(max_field_bytes), max_fields_(max_fields) {}

bool CsvParser::blank() const {
  for (const Field& f : fields_)
    if (f.size != 0) return false;
  return true;
}

void CsvParser::append(char c, size_t field_start, bool& truncated) {
  if (buf_.size() - field_start >= max_field_) {
    truncated = true;
    return;
  }
  buf_.push_back(c);
}

void CsvParser::end_field(size_t field_start, bool quoted, bool truncated) {
  if (fields_.size() >= max_fields_) {
    dropped_ = true;
    buf_.resize(field_start);
    return;
  }
  if (truncated) {
    // Back off to a UTF-8 character boundary so the cut never splits a character.
    buf_.resize(field_start + utf8_complete_prefix(std::string_view(buf_).substr(field_start)));
    if (truncated_field_ < 0) truncated_field_ = static_cast<long>(fields_.size());
  }
  fields_.push_back(Field{static_cast<uint32_t>(field_start),
                          static_cast<uint32_t>(buf_.size() - field_start), quoted});
}

void CsvParser::append_span(size_t from, size_t to, size_t field_start, bool& truncated) {
  const size_t len = to - from;
  const size_t used = buf_.size() - field_start;
  const size_t room = used >= max_field_ ? 0 : max_field_ - used;
  const size_t take = len < room ? len : room;
  buf_.append(text_.data() + from, take);
  if (take < len) truncated = true;
}

bool CsvParser::next() {
  fields_.clear();
  buf_.clear();
  unterminated_ = false;
  truncated_field_ = -1;
  dropped_ = false;
  const size_t n = text_.size();
  const char* const base = text_.data();
  if (pos_ >= n) return false;
  record_line_ = line_;
  for (;;) {
    // start of a field
    const size_t start = buf_.size();
    bool truncated = false;
    bool quoted = false;
    if (pos_ < n && text_[pos_] == '"') {
      quoted = true;
      ++pos_;
      for (;;) {
        const void* q = std::memchr(base + pos_, '"', n - pos_);
        const size_t end = q ? static_cast<size_t>(static_cast<const char*>(q) - base) : n;
        for (size_t i = pos_; i < end; ++i) {  // line breaks inside quotes still count as lines
          const char c = base[i];
          if (c == '\n' || (c == '\r' && !(i + 1 < n && base[i + 1] == '\n'))) ++line_;
        }
        append_span(pos_, end, start, truncated);
        pos_ = end;
        if (!q) {
          unterminated_ = true;
          break;
        }
        if (pos_ + 1 < n && base[pos_ + 1] == '"') {  // a doubled quote
          append('"', start, truncated);
          pos_ += 2;
          continue;
        }
        ++pos_;
        break;
      }
    }
    // unquoted part (or text after a closing quote, kept as Excel does)
    size_t end = pos_;
    while (end < n) {
      const char c = base[end];
      if (c == delim_ || c == '\n' || c == '\r') break;
      ++end;
    }
    append_span(pos_, end, start, truncated);
    pos_ = end;
    end_field(start, quoted, truncated);
    if (pos_ >= n) return true;
    const char c = text_[pos_];
    if (c == delim_) {
      ++pos_;
      if (pos_ >= n) {  // a trailing delimiter at the very end: one more empty field
        end_field(buf_.size(), false, false);
        return true;
      }
      continue;
    }
    // line end
    if (c == '\r' && pos_ + 1 < n && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
    return true;
  }
}

bool split_single_record(std::string_view text, char delimiter, std::vector<std::string>& out) {
  out.clear();
  CsvParser p(text, delimiter);
  if (!p.next() || p.unterminated_quote()) return false;
  if (p.position() < text.size()) return false;  // a line break outside quotes: two records
  for (size_t i = 0; i < p.field_count(); ++i) out.emplace_back(p.field(i));
  return true;
}

}  // namespace sakip
