// One CSV record at a time over UTF-8 text: quoted fields, doubled quotes (""), delimiters and
// line breaks inside quotes, LF / CRLF / CR line ends. Lenient like Excel: a quote in the middle
// of an unquoted field is literal, text after a closing quote is kept, and an unterminated quote
// runs to the end of the input (flagged, the data is kept). Fields longer than `max_field_bytes`
// are cut at a UTF-8 character boundary (flagged) while the parser still skips to the field's
// end, so a 50 MB field costs no more than the cap in memory.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sakip {

class CsvParser {
 public:
  CsvParser(std::string_view text, char delimiter, size_t max_field_bytes = SIZE_MAX,
            size_t max_fields = SIZE_MAX);

  // Reads the next record; false at the end of the input. A line with nothing on it is a
  // record of one empty field.
  bool next();

  size_t field_count() const { return fields_.size(); }
  std::string_view field(size_t i) const {
    return std::string_view(buf_).substr(fields_[i].offset, fields_[i].size);
  }
  bool quoted(size_t i) const { return fields_[i].quoted; }
  // True when the record has no field with any character in it.
  bool blank() const;
  // 1-based physical line where the current record starts.
  uint64_t line() const { return record_line_; }
  // The current record ran into the end of the input inside a quoted field.
  bool unterminated_quote() const { return unterminated_; }
  // Index of the first field of the current record that was cut at max_field_bytes, or -1.
  long truncated_field() const { return truncated_field_; }
  // The current record had more than max_fields fields; the rest were skipped.
  bool fields_dropped() const { return dropped_; }
  // Bytes of input consumed so far.
  size_t position() const { return pos_; }

 private:
  struct Field {
    uint32_t offset = 0;
    uint32_t size = 0;
    bool quoted = false;
  };
  void append(char c, size_t field_start, bool& truncated);
  void append_span(size_t from, size_t to, size_t field_start, bool& truncated);
  void end_field(size_t field_start, bool quoted, bool truncated);

  std::string_view text_;
  char delim_;
  size_t max_field_;
  size_t max_fields_;
  bool dropped_ = false;
  size_t pos_ = 0;
  uint64_t line_ = 1;
  uint64_t record_line_ = 1;
  bool unterminated_ = false;
  long truncated_field_ = -1;
  std::string buf_;
  std::vector<Field> fields_;
};

// Splits one text as a single record with `delimiter` (a record nested inside a field).
// Returns false if the text is not exactly one well-formed record (a second record, or an
// unterminated quote).
bool split_single_record(std::string_view text, char delimiter, std::vector<std::string>& out);

}  // namespace sakip
