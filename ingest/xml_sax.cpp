#include "ingest/xml_sax.h"

#include <expat.h>

#include <cstring>
#include <exception>

#include "ingest/read_error.h"

namespace sakip {

const char* XmlAttrs::get(std::string_view local) const {
  if (!a) return nullptr;
  for (size_t i = 0; a[i]; i += 2) {
    if (XmlSaxParser::local_name(a[i]) == local) return a[i + 1];
  }
  return nullptr;
}

std::string_view XmlSaxParser::local_name(const char* qualified) {
  std::string_view s(qualified);
  const size_t colon = s.rfind(':');
  return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

XmlSaxParser::XmlSaxParser(XmlHandler& handler, std::string part, const ReadLimits& limits)
    : parser_(XML_ParserCreate("UTF-8")), handler_(handler), part_(std::move(part)), limits_(limits) {
  if (!parser_) throw std::bad_alloc();
  XML_SetUserData(parser_, this);
  XML_SetElementHandler(parser_, &XmlSaxParser::on_start, &XmlSaxParser::on_end);
  XML_SetCharacterDataHandler(parser_, &XmlSaxParser::on_text);
  XML_SetStartDoctypeDeclHandler(parser_, &XmlSaxParser::on_doctype);
  XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_NEVER);
}

XmlSaxParser::~XmlSaxParser() { XML_ParserFree(parser_); }

void XmlSaxParser::fail_from_handler() {
  if (!pending_) pending_ = std::current_exception();
  XML_StopParser(parser_, XML_FALSE);
}

void XmlSaxParser::on_start(void* ud, const char* name, const char** attrs) {
  auto* self = static_cast<XmlSaxParser*>(ud);
  try {
    if (++self->depth_ > self->limits_.max_xml_depth)
      throw ReadError(ReadErrorCode::LimitExceeded,
                      self->part_ + ": depth > " + std::to_string(self->limits_.max_xml_depth));
    self->handler_.start(local_name(name), XmlAttrs{attrs});
  } catch (...) {
    self->fail_from_handler();
  }
}

void XmlSaxParser::on_end(void* ud, const char* name) {
  auto* self = static_cast<XmlSaxParser*>(ud);
  try {
    --self->depth_;
    self->handler_.end(local_name(name));
  } catch (...) {
    self->fail_from_handler();
  }
}

void XmlSaxParser::on_text(void* ud, const char* s, int len) {
  auto* self = static_cast<XmlSaxParser*>(ud);
  try {
    self->handler_.text(std::string_view(s, static_cast<size_t>(len)));
  } catch (...) {
    self->fail_from_handler();
  }
}

void XmlSaxParser::on_doctype(void* ud, const char*, const char*, const char*, int) {
  auto* self = static_cast<XmlSaxParser*>(ud);
  self->stop_reason_ = "DOCTYPE";
  XML_StopParser(self->parser_, XML_FALSE);
}

void XmlSaxParser::feed(const char* data, size_t size, bool final) {
  // expat takes int lengths: feed in slices
  do {
    const size_t n = std::min<size_t>(size, 1 << 30);
    const XML_Status st = XML_Parse(parser_, data, static_cast<int>(n), final && n == size);
    if (pending_) std::rethrow_exception(pending_);
    if (!stop_reason_.empty())
      throw ReadError(ReadErrorCode::CorruptXml, part_ + ": " + stop_reason_ + " not allowed");
    if (st == XML_STATUS_ERROR) {
      throw ReadError(ReadErrorCode::CorruptXml,
                      part_ + ":" + std::to_string(XML_GetCurrentLineNumber(parser_)) + ": " +
                          XML_ErrorString(XML_GetErrorCode(parser_)));
    }
    if (data) data += n;
    size -= n;
  } while (size > 0);
}

}  // namespace sakip
