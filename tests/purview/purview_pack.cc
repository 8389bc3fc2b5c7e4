#include "purview_pack.h"

#include <iconv.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace pgtest {
namespace fs = std::filesystem;

std::string XmlNode::Attr(const std::string& key, const std::string& fallback) const {
  for (const auto& [k, v] : attrs) {
    if (k == key) return v;
  }
  return fallback;
}

bool XmlNode::Has(const std::string& key) const {
  for (const auto& [k, v] : attrs) {
    if (k == key) return true;
  }
  return false;
}

namespace {

std::string Str(const xmlChar* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

// libxml2's tree -> XmlNode.
XmlNode Convert(const xmlNode* n, const std::string& name) {
  XmlNode out;
  out.ns = n->ns ? Str(n->ns->href) : "";
  out.name = Str(n->name);
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    if (a->ns) {
      throw std::runtime_error(name + ": attribute " + Str(a->ns->prefix) + ":" + Str(a->name) +
                               " of " + out.name + " is in a namespace");
    }
    std::unique_ptr<xmlChar, void (*)(void*)> v(xmlNodeListGetString(n->doc, a->children, 1),
                                                 xmlFree);
    out.attrs.emplace_back(Str(a->name), Str(v.get()));
  }
  for (const xmlNode* c = n->children; c; c = c->next) {
    switch (c->type) {
      case XML_ELEMENT_NODE:
        out.children.push_back(Convert(c, name));
        break;
      case XML_TEXT_NODE:
      case XML_CDATA_SECTION_NODE:
        out.text += Str(c->content);
        break;
      case XML_COMMENT_NODE:
        break;
      default:
        throw std::runtime_error(name + ": unexpected node (type " + std::to_string(c->type) +
                                 ") in " + out.name + " at line " + std::to_string(c->line));
    }
  }
  return out;
}

PackEvidence ParseEvidence(const XmlNode& n) {
  PackEvidence e;
  if (n.name == "Match") {
    e.id_ref = n.Attr("idRef");
    e.min_count = std::stoi(n.Attr("minCount", "1"));
  } else if (n.name == "Any") {
    e.any = true;
    e.min_matches = std::stoi(n.Attr("minMatches", "1"));
    e.max_matches = n.Has("maxMatches") ? std::stoi(n.Attr("maxMatches")) : -1;
    for (const XmlNode& c : n.children) e.children.push_back(ParseEvidence(c));
  } else {
    throw std::runtime_error("unexpected evidence element " + n.name);
  }
  return e;
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> out;
  std::string line;
  std::istringstream in(text);
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

void CheckRefs(const Pack& p, const PackEvidence& e, const std::string& where) {
  if (e.any) {
    for (const PackEvidence& c : e.children) CheckRefs(p, c, where);
    return;
  }
  if (!p.regexes.count(e.id_ref) && !p.keywords.count(e.id_ref)) {
    throw std::runtime_error(where + ": Match idRef '" + e.id_ref + "' is not defined");
  }
}

}  // namespace

XmlDocument ParseXml(const std::string& bytes, const std::string& name) {
  xmlInitParser();
  std::unique_ptr<xmlParserCtxt, void (*)(xmlParserCtxtPtr)> ctxt(xmlNewParserCtxt(),
                                                                  xmlFreeParserCtxt);
  if (!ctxt) throw std::runtime_error(name + ": libxml2 has no parser context");
  // No network, no entity substitution, no DTD loading; errors are
  // collected, not printed.
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc(
      xmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()), name.c_str(),
                        nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
      xmlFreeDoc);
  if (!doc || !ctxt->wellFormed) {
    const xmlError* e = xmlCtxtGetLastError(ctxt.get());
    std::string what = e && e->message ? e->message : "not well-formed";
    while (!what.empty() && what.back() == '\n') what.pop_back();
    throw std::runtime_error(name + ":" + std::to_string(e ? e->line : 0) + ": " + what);
  }
  if (doc->intSubset || doc->extSubset) throw std::runtime_error(name + ": has a DTD");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root) throw std::runtime_error(name + ": no root element");
  XmlDocument out;
  out.root = Convert(root, name);
  out.declared_encoding = Str(doc->encoding);
  return out;
}

std::string Utf16LeToUtf8(const std::string& bytes) {
  if (bytes.size() < 2 || static_cast<unsigned char>(bytes[0]) != 0xFF ||
      static_cast<unsigned char>(bytes[1]) != 0xFE) {
    throw std::runtime_error("no UTF-16LE byte-order mark");
  }
  iconv_t cd = iconv_open("UTF-8", "UTF-16LE");
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv: no UTF-16LE");
  std::string out((bytes.size() - 2) * 2 + 4, '\0');  // UTF-8 needs <= 1.5x
  char* in = const_cast<char*>(bytes.data()) + 2;
  size_t in_left = bytes.size() - 2;
  char* o = out.data();
  size_t out_left = out.size();
  const size_t r = iconv(cd, &in, &in_left, &o, &out_left);
  const int err = errno;
  iconv_close(cd);
  if (r == static_cast<size_t>(-1) || in_left != 0) {
    throw std::runtime_error("invalid UTF-16LE at byte " +
                             std::to_string(bytes.size() - in_left) + " (" +
                             std::strerror(err) + ")");
  }
  out.resize(out.size() - out_left);
  return out;
}

std::string ReadAll(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

Pack LoadPack(const std::string& dir) {
  Pack p;
  const std::string import_md = ReadAll((fs::path(dir) / "IMPORT.md").string());
  // Category of each type: "| `cpr` | name | `guid` | ..." in the types table.
  std::map<std::string, std::string> category_of;
  static const std::regex kTypeRow(R"(^\| `([a-z_]+)` \| [^|]* \| `([0-9a-f-]{36})` \|)");
  static const std::regex kDictLine(
      R"(File = 'dictionaries\\([^']+)'; Placeholder = '([0-9a-f-]{36})')");
  for (const std::string& line : SplitLines(import_md)) {
    std::smatch m;
    if (std::regex_search(line, m, kTypeRow)) category_of[m[2]] = m[1];
    if (std::regex_search(line, m, kDictLine)) p.dictionary_files[m[2]] = m[1];
  }
  for (const auto& [placeholder, file] : p.dictionary_files) {
    const std::string path = (fs::path(dir) / "dictionaries" / file).string();
    p.keywords[placeholder] = {{"word", SplitLines(Utf16LeToUtf8(ReadAll(path))), {}}};
  }
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name.rfind("privacy-guard-rulepack", 0) == 0 && e.path().extension() == ".xml") {
      p.package_files.push_back(e.path().string());
    }
  }
  std::sort(p.package_files.begin(), p.package_files.end());
  if (p.package_files.empty()) throw std::runtime_error("no rule package in " + dir);
  for (const std::string& file : p.package_files) {
    const std::string bytes = ReadAll(file);
    // Microsoft asks for "Unicode": UTF-16LE with a byte-order mark, and a
    // declaration that says utf-16. libxml2 decodes it by the BOM.
    if (bytes.size() < 2 || static_cast<unsigned char>(bytes[0]) != 0xFF ||
        static_cast<unsigned char>(bytes[1]) != 0xFE) {
      throw std::runtime_error(file + ": not UTF-16LE with a byte-order mark");
    }
    const XmlDocument doc = ParseXml(bytes, file);
    std::string enc = doc.declared_encoding;
    std::transform(enc.begin(), enc.end(), enc.begin(), [](unsigned char c) { return std::tolower(c); });
    if (enc != "utf-16") {
      throw std::runtime_error(file + ": declared encoding '" + doc.declared_encoding + "'");
    }
    // Every element in the rule-package namespace (where the schema,
    // rulepackage.xsd, defines them).
    std::function<void(const XmlNode&)> check_ns = [&](const XmlNode& n) {
      if (n.ns != kRulePackageNamespace) {
        throw std::runtime_error(file + ": element " + n.name + " in namespace '" + n.ns + "'");
      }
      for (const XmlNode& c : n.children) check_ns(c);
    };
    check_ns(doc.root);
    const XmlNode& root = doc.root;
    if (root.name != "RulePackage") throw std::runtime_error(file + ": root is " + root.name);
    for (const XmlNode& section : root.children) {
      if (section.name == "RulePack") {
        for (const XmlNode& n : section.children) {
          if (n.name == "Version") {
            p.version.clear();
            for (const char* k : {"major", "minor", "build", "revision"}) {
              p.version.push_back(std::stoi(n.Attr(k, "-1")));
            }
          } else if (n.name == "Details") {
            for (const XmlNode& d : n.children) {
              for (const XmlNode& f : d.children) {
                if (f.name == "Description") p.descriptions[d.Attr("langcode")] = f.text;
              }
            }
          }
        }
      }
      if (section.name != "Rules") continue;
      for (const XmlNode& n : section.children) {
        if (n.name == "Entity") {
          PackEntity ent;
          ent.id = n.Attr("id");
          ent.category = category_of.count(ent.id) ? category_of[ent.id] : "";
          const std::string prox = n.Attr("patternsProximity");
          ent.proximity = prox == "unlimited" ? -1 : std::stol(prox);
          ent.recommended = std::stoi(n.Attr("recommendedConfidence", "75"));
          for (const XmlNode& pat : n.children) {
            if (pat.name != "Pattern") continue;
            PackPattern pp;
            pp.confidence = std::stoi(pat.Attr("confidenceLevel"));
            for (const XmlNode& c : pat.children) {
              if (c.name == "IdMatch") pp.id_match = c.Attr("idRef");
              else pp.evidence.push_back(ParseEvidence(c));
            }
            ent.patterns.push_back(std::move(pp));
          }
          p.entities.push_back(std::move(ent));
        } else if (n.name == "Validators") {
          std::vector<PackValidator>& vs = p.validator_sets[n.Attr("id")];
          for (const XmlNode& v : n.children) {
            PackValidator pv{v.Attr("type"), {}};
            for (const XmlNode& param : v.children) pv.params[param.Attr("name")] = param.text;
            vs.push_back(std::move(pv));
          }
        } else if (n.name == "Regex") {
          p.regexes[n.Attr("id")] = PackRegex{n.Attr("id"), n.text, n.Attr("validators")};
        } else if (n.name == "Keyword") {
          std::vector<PackKeywordGroup>& groups = p.keywords[n.Attr("id")];
          for (const XmlNode& g : n.children) {
            PackKeywordGroup pg{g.Attr("matchStyle", "word"), {}, {}};
            for (const XmlNode& t : g.children) {
              (t.Attr("caseSensitive", "false") == "true" ? pg.case_sensitive_terms : pg.terms)
                  .push_back(t.text);
            }
            groups.push_back(std::move(pg));
          }
        }
      }
    }
  }
  for (const PackEntity& e : p.entities) {
    const std::string where = "entity " + e.id + " (" + e.category + ")";
    if (e.category.empty()) throw std::runtime_error(where + " is not listed in IMPORT.md");
    for (const PackPattern& pat : e.patterns) {
      if (!p.regexes.count(pat.id_match) && !p.keywords.count(pat.id_match)) {
        throw std::runtime_error(where + ": IdMatch '" + pat.id_match + "' is not defined");
      }
      for (const PackEvidence& ev : pat.evidence) CheckRefs(p, ev, where);
    }
  }
  for (const auto& [id, r] : p.regexes) {
    if (!r.validators.empty() && r.validators.rfind("Func_", 0) != 0 &&
        !p.validator_sets.count(r.validators)) {
      throw std::runtime_error("regex " + id + ": validators '" + r.validators + "' is not defined");
    }
  }
  return p;
}

}  // namespace pgtest
