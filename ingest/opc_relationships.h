// Open Packaging Conventions plumbing for xlsx: a part's relationships (_rels/*.rels) and how
// a relationship target resolves to a part name inside the zip (relative to the source part's
// folder, or absolute "/xl/..."), plus [Content_Types].xml overrides.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ingest/limits.h"

namespace sakip {

class ZipArchive;

struct Relationship {
  std::string id;      // "rId1"
  std::string type;    // full type URI
  std::string target;  // as written
  bool external = false;
};

// Parses the XML text of a .rels part. Throws ReadError(CorruptXml) naming `part`.
std::vector<Relationship> parse_relationships(std::string_view xml, const std::string& part,
                                              const ReadLimits& limits);

// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" (the package) -> "_rels/.rels".
std::string rels_part_for(std::string_view part);

// Resolves `target` against the folder of `source_part`: "worksheets/sheet1.xml" from
// "xl/workbook.xml" -> "xl/worksheets/sheet1.xml"; "/xl/worksheets/sheet1.xml" is absolute;
// "../x.xml" and "./x.xml" are normalised. The result has no leading '/'.
std::string resolve_target(std::string_view source_part, std::string_view target);

// True when the relationship type URI ends with "/<suffix>" (the transitional and strict
// namespaces differ only in the prefix).
bool rel_type_is(const Relationship& r, std::string_view suffix);

// The relationships of `part` from the archive; empty when its .rels part is absent.
std::vector<Relationship> read_relationships(ZipArchive& zip, std::string_view part,
                                             const ReadLimits& limits);

// [Content_Types].xml: the <Override PartName ContentType> entries, part names without the
// leading '/'. Throws ReadError(CorruptXml).
std::vector<std::pair<std::string, std::string>> parse_content_type_overrides(std::string_view xml,
                                                                              const ReadLimits& limits);

}  // namespace sakip
