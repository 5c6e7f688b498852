#include "ingest/read_error.h"

namespace sakip {

std::string_view to_string(ReadErrorCode c) {
  switch (c) {
    case ReadErrorCode::NotFound: return "not_found";
    case ReadErrorCode::NotAFile: return "not_a_file";
    case ReadErrorCode::Unreadable: return "unreadable";
    case ReadErrorCode::Empty: return "empty";
    case ReadErrorCode::UnknownFormat: return "unknown_format";
    case ReadErrorCode::NotAZip: return "not_a_zip";
    case ReadErrorCode::CorruptZip: return "corrupt_zip";
    case ReadErrorCode::Encrypted: return "encrypted";
    case ReadErrorCode::Xlsb: return "xlsb";
    case ReadErrorCode::MissingPart: return "missing_part";
    case ReadErrorCode::CorruptXml: return "corrupt_xml";
    case ReadErrorCode::CorruptXls: return "corrupt_xls";
    case ReadErrorCode::LimitExceeded: return "limit_exceeded";
    case ReadErrorCode::Encoding: return "encoding";
    case ReadErrorCode::Unsupported: return "unsupported";
  }
  return "unknown";
}

}  // namespace sakip
