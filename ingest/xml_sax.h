// A push SAX parser over expat for the XML parts of xlsx and ods. Hardened: any DOCTYPE is
// refused (no DTD, no entity expansion, no external entities), element depth is capped.
// Names are given without their namespace prefix ("x:c" -> "c").
#pragma once
#include <cstddef>
#include <exception>
#include <string>
#include <string_view>

#include "ingest/limits.h"

struct XML_ParserStruct;

namespace sakip {

// Attributes as expat gives them: name, value, name, value, ..., nullptr.
struct XmlAttrs {
  const char** a;
  // Value of the attribute whose local name (after any prefix) is `local`, or nullptr.
  const char* get(std::string_view local) const;
};

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start(std::string_view name, XmlAttrs attrs) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view data) = 0;
};

class XmlSaxParser {
 public:
  // `part` names the part in error messages ("xl/worksheets/sheet1.xml").
  XmlSaxParser(XmlHandler& handler, std::string part, const ReadLimits& limits);
  ~XmlSaxParser();
  XmlSaxParser(const XmlSaxParser&) = delete;
  XmlSaxParser& operator=(const XmlSaxParser&) = delete;
  // Throws ReadError(CorruptXml) with the part, line and expat's reason; rethrows any exception
  // a handler threw (after stopping the parser).
  void feed(const char* data, size_t size, bool final = false);
  void finish() { feed(nullptr, 0, true); }

  static std::string_view local_name(const char* qualified);

 private:
  static void on_start(void* ud, const char* name, const char** attrs);
  static void on_end(void* ud, const char* name);
  static void on_text(void* ud, const char* s, int len);
  static void on_doctype(void* ud, const char* name, const char* sysid, const char* pubid, int has_internal);
  void fail_from_handler();

  XML_ParserStruct* parser_;
  XmlHandler& handler_;
  std::string part_;
  ReadLimits limits_;
  unsigned depth_ = 0;
  std::exception_ptr pending_;
  std::string stop_reason_;
};

}  // namespace sakip
