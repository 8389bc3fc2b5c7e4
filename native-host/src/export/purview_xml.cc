#include "export/purview_xml.h"

#include <cstdint>

namespace privacy_guard::exporter::purview {
namespace {

constexpr char kNamespace[] = "http://schemas.microsoft.com/office/2011/mce";
constexpr char kEol[] = "\r\n";

// Decodes one code point of `s` at *i; -1 on invalid UTF-8.
int32_t Decode(std::string_view s, size_t* i) {
  const unsigned char c = static_cast<unsigned char>(s[*i]);
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || *i + len > s.size()) return -1;
  int32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) {
    const unsigned char cc = static_cast<unsigned char>(s[*i + k]);
    if ((cc & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (cc & 0x3F);
  }
  static const int32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  *i += static_cast<size_t>(len);
  return cp;
}

// Comment text may not contain "--" or end in "-".
std::string CommentText(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '-' && !out.empty() && out.back() == '-') out.push_back(' ');
    out.push_back(c);
  }
  if (!out.empty() && out.back() == '-') out.push_back(' ');
  return out;
}

class Writer {
 public:
  void Open(int depth, const std::string& tag, const std::string& attrs = "") {
    Indent(depth);
    out_ += "<" + tag + attrs + ">" + kEol;
  }
  void Close(int depth, const std::string& tag) {
    Indent(depth);
    out_ += "</" + tag + ">" + kEol;
  }
  void Empty(int depth, const std::string& tag, const std::string& attrs) {
    Indent(depth);
    out_ += "<" + tag + attrs + "/>" + kEol;
  }
  void Text(int depth, const std::string& tag, const std::string& attrs, std::string_view text) {
    Indent(depth);
    out_ += "<" + tag + attrs + ">" + XmlEscape(text) + "</" + tag + ">" + kEol;
  }
  void Comment(int depth, std::string_view text) {
    Indent(depth);
    out_ += "<!-- " + CommentText(text) + " -->" + kEol;
  }
  void Raw(const std::string& s) { out_ += s; }
  std::string Take() { return std::move(out_); }

 private:
  void Indent(int depth) { out_.append(static_cast<size_t>(depth) * 2, ' '); }
  std::string out_;
};

std::string Attr(const std::string& name, std::string_view value) {
  return " " + name + "=\"" + XmlEscape(value) + "\"";
}

void WriteEvidence(Writer* w, int depth, const Evidence& e) {
  if (e.kind == Evidence::Kind::kMatch) {
    std::string attrs = Attr("idRef", e.id_ref);
    if (e.min_count > 0) attrs += Attr("minCount", std::to_string(e.min_count));
    w->Empty(depth, "Match", attrs);
    return;
  }
  std::string attrs = Attr("minMatches", std::to_string(e.min_matches));
  if (e.max_matches >= 0) attrs += Attr("maxMatches", std::to_string(e.max_matches));
  w->Open(depth, "Any", attrs);
  for (const Evidence& c : e.children) WriteEvidence(w, depth + 1, c);
  w->Close(depth, "Any");
}

void WriteEntity(Writer* w, const Entity& e) {
  w->Comment(2, std::string(CategoryId(e.category)) + ": " + e.name.en);
  std::string attrs = Attr("id", e.id) + Attr("patternsProximity", e.proximity) +
                      Attr("recommendedConfidence", std::to_string(e.recommended_confidence));
  w->Open(2, "Entity", attrs);
  for (const Pattern& p : e.patterns) {
    if (!p.comment.empty()) w->Comment(3, p.comment);
    w->Open(3, "Pattern", Attr("confidenceLevel", std::to_string(p.confidence)));
    w->Empty(4, "IdMatch", Attr("idRef", p.id_match));
    for (const Evidence& ev : p.evidence) WriteEvidence(w, 4, ev);
    w->Close(3, "Pattern");
  }
  w->Close(2, "Entity");
}

void WriteLocalized(Writer* w, const Entity& e) {
  w->Open(3, "Resource", Attr("idRef", e.id));
  w->Text(4, "Name", Attr("default", "true") + Attr("langcode", "en-us"), e.name.en);
  w->Text(4, "Name", Attr("default", "false") + Attr("langcode", "da-dk"), e.name.da);
  w->Text(4, "Description", Attr("default", "true") + Attr("langcode", "en-us"), e.description.en);
  w->Text(4, "Description", Attr("default", "false") + Attr("langcode", "da-dk"), e.description.da);
  w->Close(3, "Resource");
}

}  // namespace

bool IsXmlText(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const int32_t cp = Decode(s, &i);
    if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF) return false;  // also invalid UTF-8 (-1)
  }
  return true;
}

std::string XmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string RenderRulePackageXml(const RulePackage& p) {
  Writer w;
  w.Raw(std::string("<?xml version=\"1.0\" encoding=\"utf-16\"?>") + kEol);
  w.Comment(0, "Generated by privacy-guard (export purview). Do not edit: change the policy "
               "and export again.");
  w.Open(0, "RulePackage", Attr("xmlns", kNamespace));
  w.Open(1, "RulePack", Attr("id", p.id));
  w.Empty(2, "Version",
          Attr("major", std::to_string(p.version[0])) + Attr("minor", std::to_string(p.version[1])) +
              Attr("build", std::to_string(p.version[2])) +
              Attr("revision", std::to_string(p.version[3])));
  w.Empty(2, "Publisher", Attr("id", p.publisher_id));
  w.Open(2, "Details", Attr("defaultLangCode", "en-us"));
  for (const char* lang : {"en-us", "da-dk"}) {
    w.Open(3, "LocalizedDetails", Attr("langcode", lang));
    w.Text(4, "PublisherName", "", p.publisher_name);
    w.Text(4, "Name", "", p.name);
    w.Text(4, "Description", "", p.description);
    w.Close(3, "LocalizedDetails");
  }
  w.Close(2, "Details");
  w.Close(1, "RulePack");
  w.Open(1, "Rules");
  for (const Entity& e : p.entities) WriteEntity(&w, e);
  for (const ValidatorSet& vs : p.validator_sets) {
    w.Open(2, "Validators", Attr("id", vs.id));
    for (const Validator& v : vs.validators) {
      w.Open(3, "Validator", Attr("type", v.type));
      for (const auto& [name, value] : v.params) w.Text(4, "Param", Attr("name", name), value);
      w.Close(3, "Validator");
    }
    w.Close(2, "Validators");
  }
  for (const Regex& r : p.regexes) {
    std::string attrs = Attr("id", r.id);
    if (!r.validators.empty()) attrs += Attr("validators", r.validators);
    w.Text(2, "Regex", attrs, r.expression);
  }
  for (const Keyword& k : p.keywords) {
    w.Open(2, "Keyword", Attr("id", k.id));
    for (const KeywordGroup& g : k.groups) {
      w.Open(3, "Group", Attr("matchStyle", g.match_style));
      const std::string attrs = g.case_sensitive ? Attr("caseSensitive", "true") : "";
      for (const std::string& t : g.terms) w.Text(4, "Term", attrs, t);
      w.Close(3, "Group");
    }
    w.Close(2, "Keyword");
  }
  w.Open(2, "LocalizedStrings");
  for (const Entity& e : p.entities) WriteLocalized(&w, e);
  w.Close(2, "LocalizedStrings");
  w.Close(1, "Rules");
  w.Close(0, "RulePackage");
  return w.Take();
}

std::string RenderDictionaryText(const Dictionary& d) {
  std::string out;
  for (const std::string& t : d.terms) out += t + kEol;
  return out;
}

std::string Utf16LeWithBom(std::string_view utf8) {
  std::string out = "\xFF\xFE";
  out.reserve(utf8.size() * 2 + 2);
  auto unit = [&](uint32_t u) {
    out.push_back(static_cast<char>(u & 0xFF));
    out.push_back(static_cast<char>((u >> 8) & 0xFF));
  };
  for (size_t i = 0; i < utf8.size();) {
    int32_t cp = Decode(utf8, &i);
    if (cp < 0) {
      cp = 0xFFFD;
      ++i;
    }
    if (cp >= 0x10000) {
      const uint32_t v = static_cast<uint32_t>(cp) - 0x10000;
      unit(0xD800 + (v >> 10));
      unit(0xDC00 + (v & 0x3FF));
    } else {
      unit(static_cast<uint32_t>(cp));
    }
  }
  return out;
}

size_t RulePackageUtf16Bytes(const RulePackage& package) {
  return Utf16LeWithBom(RenderRulePackageXml(package)).size();
}

}  // namespace privacy_guard::exporter::purview
