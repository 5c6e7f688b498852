#include "ingest/csv_parser.h"

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
    size_t end = buf_.size();
    size_t k = end;
    while (k > field_start && (static_cast<unsigned char>(buf_[k - 1]) & 0xC0) == 0x80) --k;
    if (k > field_start) {
      const auto lead = static_cast<unsigned char>(buf_[k - 1]);
      const size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      if (end - (k - 1) < need) buf_.resize(k - 1);
    }
    if (truncated_field_ < 0) truncated_field_ = static_cast<long>(fields_.size());
  }
  fields_.push_back(Field{static_cast<uint32_t>(field_start),
                          static_cast<uint32_t>(buf_.size() - field_start), quoted});
}

bool CsvParser::next() {
  fields_.clear();
  buf_.clear();
  unterminated_ = false;
  truncated_field_ = -1;
  dropped_ = false;
  const size_t n = text_.size();
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
        if (pos_ >= n) {
          unterminated_ = true;
          break;
        }
        const char c = text_[pos_];
        if (c == '"') {
          if (pos_ + 1 < n && text_[pos_ + 1] == '"') {
            append('"', start, truncated);
            pos_ += 2;
            continue;
          }
          ++pos_;
          break;
        }
        if (c == '\n' || (c == '\r' && !(pos_ + 1 < n && text_[pos_ + 1] == '\n'))) ++line_;
        append(c, start, truncated);
        ++pos_;
      }
    }
    // unquoted part (or text after a closing quote, kept as Excel does)
    while (pos_ < n) {
      const char c = text_[pos_];
      if (c == delim_ || c == '\n' || c == '\r') break;
      append(c, start, truncated);
      ++pos_;
    }
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
