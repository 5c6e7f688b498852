#include "ingest/opc_relationships.h"

#include "ingest/xml_sax.h"
#include "ingest/zip_archive.h"

namespace sakip {

namespace {

class RelsHandler : public XmlHandler {
 public:
  std::vector<Relationship> rels;
  void start(std::string_view name, XmlAttrs attrs) override {
    if (name != "Relationship") return;
    Relationship r;
    if (const char* v = attrs.get("Id")) r.id = v;
    if (const char* v = attrs.get("Type")) r.type = v;
    if (const char* v = attrs.get("Target")) r.target = v;
    if (const char* v = attrs.get("TargetMode")) r.external = std::string_view(v) == "External";
    rels.push_back(std::move(r));
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

class ContentTypesHandler : public XmlHandler {
 public:
  std::vector<std::pair<std::string, std::string>> overrides;
  void start(std::string_view name, XmlAttrs attrs) override {
    if (name != "Override") return;
    const char* part = attrs.get("PartName");
    const char* type = attrs.get("ContentType");
    if (!part || !type) return;
    std::string_view p(part);
    while (!p.empty() && p.front() == '/') p.remove_prefix(1);
    overrides.emplace_back(std::string(p), type);
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

}  // namespace

std::vector<std::pair<std::string, std::string>> parse_content_type_overrides(std::string_view xml,
                                                                              const ReadLimits& limits) {
  ContentTypesHandler h;
  XmlSaxParser p(h, "[Content_Types].xml", limits);
  p.feed(xml.data(), xml.size(), true);
  return std::move(h.overrides);
}

std::vector<Relationship> parse_relationships(std::string_view xml, const std::string& part,
                                              const ReadLimits& limits) {
  RelsHandler h;
  XmlSaxParser p(h, part, limits);
  p.feed(xml.data(), xml.size(), true);
  return std::move(h.rels);
}

std::string rels_part_for(std::string_view part) {
  while (!part.empty() && part.front() == '/') part.remove_prefix(1);
  const size_t slash = part.rfind('/');
  if (slash == std::string_view::npos) return "_rels/" + std::string(part) + ".rels";
  return std::string(part.substr(0, slash)) + "/_rels/" + std::string(part.substr(slash + 1)) + ".rels";
}

std::string resolve_target(std::string_view source_part, std::string_view target) {
  // strip a fragment or query, which parts never need
  const size_t hash = target.find_first_of("#?");
  if (hash != std::string_view::npos) target = target.substr(0, hash);
  std::vector<std::string> segs;
  auto push_path = [&](std::string_view path) {
    size_t i = 0;
    while (i <= path.size()) {
      size_t j = path.find_first_of("/\\", i);
      if (j == std::string_view::npos) j = path.size();
      const std::string_view seg = path.substr(i, j - i);
      if (seg == "..") {
        if (!segs.empty()) segs.pop_back();
      } else if (!seg.empty() && seg != ".") {
        segs.emplace_back(seg);
      }
      i = j + 1;
    }
  };
  if (target.empty() || (target.front() != '/' && target.front() != '\\')) {
    while (!source_part.empty() && source_part.front() == '/') source_part.remove_prefix(1);
    const size_t slash = source_part.rfind('/');
    if (slash != std::string_view::npos) push_path(source_part.substr(0, slash));
  }
  push_path(target);
  std::string out;
  for (const std::string& s : segs) {
    if (!out.empty()) out.push_back('/');
    out += s;
  }
  return out;
}

bool rel_type_is(const Relationship& r, std::string_view suffix) {
  const std::string_view t = r.type;
  return t.size() > suffix.size() && t.substr(t.size() - suffix.size()) == suffix &&
         t[t.size() - suffix.size() - 1] == '/';
}

std::vector<Relationship> read_relationships(ZipArchive& zip, std::string_view part,
                                             const ReadLimits& limits) {
  const std::string rels = rels_part_for(part);
  if (!zip.has(rels)) return {};
  return parse_relationships(zip.read_all(rels), rels, limits);
}

}  // namespace sakip
