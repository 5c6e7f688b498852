// A CSV defect seen in real exports: a whole record written with another delimiter and wrapped
// in one quoted field of the file's delimiter, e.g. in a ';' file
//   "1.20 . 4.1.2.02.01 ,""Belanja Perangko, Materai"",8610000.00,9510000.00";;;;;;
// Parsed naively, the entire row lands in column A and the amounts vanish from their columns.
//
// Recognised generally (no file-specific rule): the record's first field, parsed on its own
// with another candidate delimiter (proper quoting, so commas inside the inner quotes stay in
// their field), gives between max(3, width - 1) and `width` fields, where `width` is the file's
// usual field count; and either
//   - wrapped: every other field of the outer record is empty -> the inner fields replace it;
//   - hybrid: the other outer fields repeat some of the inner values: every column is equal in
//     both or blank in one of them, and at least one non-blank column agrees -> the columns are
//     merged (the non-blank value wins).
// Anything else is left alone.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sakip {

enum class WrappedKind { None, Wrapped, Hybrid };

struct WrappedRecovery {
  WrappedKind kind = WrappedKind::None;
  char inner_delimiter = 0;
  std::vector<std::string> fields;  // the recovered record
};

WrappedRecovery recover_wrapped_record(const std::vector<std::string_view>& fields,
                                       char delimiter, size_t width);

}  // namespace sakip
