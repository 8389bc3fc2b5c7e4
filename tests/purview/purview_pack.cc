#include "purview_pack.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
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

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

class Parser {
 public:
  explicit Parser(const std::string& s) : s_(s) {}

  XmlNode Document() {
    SkipMisc();
    XmlNode root = Element();
    SkipMisc();
    if (i_ != s_.size()) Fail("content after the root element");
    return root;
  }

 private:
  [[noreturn]] void Fail(const std::string& what) const {
    throw std::runtime_error("XML error at byte " + std::to_string(i_) + ": " + what);
  }
  bool StartsWith(const char* p) const { return s_.compare(i_, std::strlen(p), p) == 0; }
  void SkipSpace() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n')) ++i_;
  }
  void SkipTo(const char* end) {
    size_t p = s_.find(end, i_);
    if (p == std::string::npos) Fail(std::string("missing '") + end + "'");
    i_ = p + std::strlen(end);
  }
  void SkipMisc() {
    for (;;) {
      SkipSpace();
      if (StartsWith("<!--")) {
        SkipTo("-->");
      } else if (StartsWith("<?")) {
        SkipTo("?>");
      } else if (StartsWith("<!")) {
        Fail("DTDs are not expected");
      } else {
        return;
      }
    }
  }
  std::string Name() {
    size_t start = i_;
    while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_' ||
                              s_[i_] == ':' || s_[i_] == '-' || s_[i_] == '.')) {
      ++i_;
    }
    if (i_ == start) Fail("name expected");
    return s_.substr(start, i_ - start);
  }
  std::string Decode(const std::string& raw) {
    std::string out;
    for (size_t k = 0; k < raw.size(); ++k) {
      if (raw[k] != '&') {
        out.push_back(raw[k]);
        continue;
      }
      size_t semi = raw.find(';', k);
      if (semi == std::string::npos) Fail("unterminated entity");
      const std::string ent = raw.substr(k + 1, semi - k - 1);
      if (ent == "amp") out += '&';
      else if (ent == "lt") out += '<';
      else if (ent == "gt") out += '>';
      else if (ent == "quot") out += '"';
      else if (ent == "apos") out += '\'';
      else if (!ent.empty() && ent[0] == '#') {
        uint32_t cp = ent.size() > 1 && ent[1] == 'x'
                          ? static_cast<uint32_t>(std::stoul(ent.substr(2), nullptr, 16))
                          : static_cast<uint32_t>(std::stoul(ent.substr(1)));
        AppendUtf8(cp, &out);
      } else {
        Fail("unknown entity &" + ent + ";");
      }
      k = semi;
    }
    return out;
  }
  XmlNode Element() {
    if (i_ >= s_.size() || s_[i_] != '<') Fail("'<' expected");
    ++i_;
    XmlNode n;
    n.name = Name();
    for (;;) {
      SkipSpace();
      if (StartsWith("/>")) {
        i_ += 2;
        return n;
      }
      if (StartsWith(">")) {
        ++i_;
        break;
      }
      std::string key = Name();
      SkipSpace();
      if (!StartsWith("=")) Fail("'=' expected");
      ++i_;
      SkipSpace();
      const char q = i_ < s_.size() ? s_[i_] : 0;
      if (q != '"' && q != '\'') Fail("quoted attribute value expected");
      size_t end = s_.find(q, i_ + 1);
      if (end == std::string::npos) Fail("unterminated attribute value");
      if (n.Has(key)) Fail("duplicate attribute " + key);
      n.attrs.emplace_back(key, Decode(s_.substr(i_ + 1, end - i_ - 1)));
      i_ = end + 1;
    }
    for (;;) {
      if (i_ >= s_.size()) Fail("unterminated element " + n.name);
      if (StartsWith("</")) {
        i_ += 2;
        if (Name() != n.name) Fail("mismatched end tag for " + n.name);
        SkipSpace();
        if (!StartsWith(">")) Fail("'>' expected");
        ++i_;
        return n;
      }
      if (StartsWith("<!--")) {
        SkipTo("-->");
      } else if (StartsWith("<![CDATA[")) {
        Fail("CDATA is not expected");
      } else if (s_[i_] == '<') {
        n.children.push_back(Element());
      } else {
        size_t end = s_.find('<', i_);
        if (end == std::string::npos) end = s_.size();
        n.text += Decode(s_.substr(i_, end - i_));
        i_ = end;
      }
    }
  }

  const std::string& s_;
  size_t i_ = 0;
};

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

XmlNode ParseXml(const std::string& utf8) { return Parser(utf8).Document(); }

std::string Utf16LeToUtf8(const std::string& bytes) {
  if (bytes.size() < 2 || static_cast<unsigned char>(bytes[0]) != 0xFF ||
      static_cast<unsigned char>(bytes[1]) != 0xFE) {
    throw std::runtime_error("no UTF-16LE byte-order mark");
  }
  if (bytes.size() % 2 != 0) throw std::runtime_error("odd UTF-16 byte count");
  std::string out;
  for (size_t i = 2; i + 1 < bytes.size(); i += 2) {
    uint32_t u = static_cast<unsigned char>(bytes[i]) | (static_cast<unsigned char>(bytes[i + 1]) << 8);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      uint32_t lo = static_cast<unsigned char>(bytes[i + 2]) |
                    (static_cast<unsigned char>(bytes[i + 3]) << 8);
      u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
      i += 2;
    }
    AppendUtf8(u, &out);
  }
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
    XmlNode root;
    try {
      root = ParseXml(Utf16LeToUtf8(ReadAll(file)));
    } catch (const std::exception& ex) {
      throw std::runtime_error(file + ": " + ex.what());
    }
    if (root.name != "RulePackage") throw std::runtime_error(file + ": root is " + root.name);
    for (const XmlNode& section : root.children) {
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
