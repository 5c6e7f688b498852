// "This file cannot be read": the one error that stops a file (simdjson's fatal class).
// Everything softer is a Diagnostic in the Workbook. The CLI turns a ReadError into one line
// naming the file and the problem, in the user's language, and exit code 3.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>

namespace sakip {

enum class ReadErrorCode {
  NotFound,          // no such file
  NotAFile,          // a directory or something else
  Unreadable,        // permission denied, I/O error
  Empty,             // zero bytes
  UnknownFormat,     // sniffing found no spreadsheet format
  NotAZip,           // xlsx/ods that is not a zip
  CorruptZip,        // truncated or broken zip container
  Encrypted,         // password-protected workbook (OLE file with EncryptionInfo)
  Xlsb,              // binary workbook, not supported
  MissingPart,       // a required part (workbook.xml, content.xml) is missing
  CorruptXml,        // malformed XML in a required part
  CorruptXls,        // the .xls container or its BIFF globals cannot be read
  LimitExceeded,     // a safety cap was hit (inflated size, ratio, cells, strings)
  Encoding,          // text that cannot be decoded in any supported encoding
  Unsupported,       // a format we recognise but do not read
};

std::string_view to_string(ReadErrorCode c);  // stable id: "not_found", "zip_bomb"...

class ReadError : public std::runtime_error {
 public:
  ReadError(ReadErrorCode code, std::string detail)
      : std::runtime_error(detail), code_(code), detail_(std::move(detail)) {}
  ReadErrorCode code() const { return code_; }
  // Data for the message (a part name, a limit, a byte offset); not a sentence.
  const std::string& detail() const { return detail_; }

 private:
  ReadErrorCode code_;
  std::string detail_;
};

}  // namespace sakip
