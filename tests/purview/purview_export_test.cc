// `privacy-guard export purview` as a unit: determinism (same policy in,
// byte-identical files out), stable GUIDs across policy versions, the
// version mapping, name-based UUIDs, XML escaping, and limits that trim
// with a warning instead of silently.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "cli/commands.h"
#include "export/purview_mapping.h"
#include "export/purview_xml.h"
#include "export/uuid5.h"
#include "purview_emulator.h"
#include "purview_pack.h"

namespace fs = std::filesystem;
namespace ex = privacy_guard::exporter;
namespace cli = privacy_guard::cli;
namespace pv = privacy_guard::exporter::purview;

namespace {

// Runs `privacy-guard export purview ARGS... --out DIR` in-process.
int Export(std::vector<std::string> args, const fs::path& out) {
  fs::remove_all(out);
  args.insert(args.begin(), "purview");
  args.push_back("--out");
  args.push_back(out.string());
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  return cli::RunExportCommand(static_cast<int>(argv.size()), argv.data());
}

std::map<std::string, std::string> ReadTree(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) files[fs::relative(e.path(), dir).string()] = pgtest::ReadAll(e.path().string());
  }
  return files;
}

fs::path Work(const std::string& name) { return fs::path(PG_PURVIEW_WORK_DIR) / name; }

// A copy of the default policy with `replace` applied, reading its data
// from rules/data (--data).
fs::path PolicyVariant(const std::string& name, const std::string& from, const std::string& to) {
  std::string p = pgtest::ReadAll(PG_DEFAULT_POLICY);
  if (!from.empty()) {
    const size_t at = p.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) p.replace(at, from.size(), to);
  }
  fs::create_directories(Work("policies"));
  const fs::path path = Work("policies") / name;
  std::ofstream(path, std::ios::binary) << p;
  return path;
}

// The rule package of an export, as libxml2 reads it back.
pgtest::Pack Package(const fs::path& dir) { return pgtest::LoadPack(dir.string()); }

std::vector<std::string> EntityIds(const pgtest::Pack& pack) {
  std::vector<std::string> ids;
  for (const pgtest::PackEntity& e : pack.entities) ids.push_back(e.id);
  return ids;
}

TEST(PurviewExport, SamePolicyGivesByteIdenticalFiles) {
  std::vector<std::vector<std::string>> runs = {{"--policy", PG_DEFAULT_POLICY}};
  if (fs::exists(fs::path(PG_SHARED_DATA) / "surnames.txt")) {
    runs.push_back({"--policy", PG_DEFAULT_POLICY, "--data", PG_SHARED_DATA});
  }
  for (const auto& args : runs) {
    ASSERT_EQ(Export(args, Work("det-a")), 0);
    ASSERT_EQ(Export(args, Work("det-b")), 0);
    const auto a = ReadTree(Work("det-a")), b = ReadTree(Work("det-b"));
    ASSERT_FALSE(a.empty());
    EXPECT_EQ(a.size(), b.size());
    for (const auto& [name, bytes] : a) {
      ASSERT_TRUE(b.count(name)) << name;
      EXPECT_TRUE(bytes == b.at(name)) << name << " differs between two exports";
    }
  }
}

TEST(PurviewExport, NewPolicyVersionKeepsIdsAndRaisesPackageVersion) {
  const std::string data = std::string(PG_RULES_DIR) + "/data";
  const fs::path v1 = PolicyVariant("v1.policy", "", "");
  const fs::path v2 = PolicyVariant("v2.policy", "version: \"2026-11-23.1\"", "version: \"2026-12-01.3\"");
  ASSERT_EQ(Export({"--policy", v1.string(), "--data", data}, Work("ver-1")), 0);
  ASSERT_EQ(Export({"--policy", v2.string(), "--data", data}, Work("ver-2")), 0);
  const pgtest::Pack a = Package(Work("ver-1")), b = Package(Work("ver-2"));
  EXPECT_EQ(EntityIds(a), EntityIds(b));
  EXPECT_EQ(EntityIds(a).size(), 11u);
  EXPECT_EQ(a.version, (std::vector<int>{2026, 11, 23, 1}));
  EXPECT_EQ(b.version, (std::vector<int>{2026, 12, 1, 3}));
  ASSERT_EQ(b.descriptions.size(), 2u);
  for (const auto& [lang, text] : b.descriptions) {
    EXPECT_NE(text.find("policy version 2026-12-01.3"), std::string::npos) << lang << ": " << text;
  }
  // Another organisation gets other ids (two municipalities in one tenant).
  const fs::path other = PolicyVariant("other.policy", "organisation: \"Norddjurs Kommune\"",
                                       "organisation: \"Syddjurs Kommune\"");
  ASSERT_EQ(Export({"--policy", other.string(), "--data", data}, Work("ver-other")), 0);
  const std::vector<std::string> c = EntityIds(Package(Work("ver-other")));
  ASSERT_EQ(c.size(), 11u);
  EXPECT_NE(c[0], EntityIds(a)[0]);
}

TEST(PurviewExport, OffCategoryIsNotExportedAndSaysSo) {
  const fs::path p = PolicyVariant("off.policy", "cvr           { action: WARN", "cvr           { action: OFF");
  ASSERT_EQ(Export({"--policy", p.string(), "--data", std::string(PG_RULES_DIR) + "/data"}, Work("off")), 0);
  pgtest::Pack pack = pgtest::LoadPack(Work("off").string());
  EXPECT_EQ(pack.entities.size(), 10u);
  for (const auto& e : pack.entities) EXPECT_NE(e.category, "cvr");
  const std::string md = pgtest::ReadAll((Work("off") / "IMPORT.md").string());
  EXPECT_NE(md.find("- `cvr`: action OFF in the policy: not exported"), std::string::npos);
}

TEST(PurviewExport, DictionaryBudgetTrimsWithAWarning) {
  ASSERT_EQ(Export({"--policy", PG_DEFAULT_POLICY, "--dictionary-budget", "20000"}, Work("budget")), 0);
  const std::string md = pgtest::ReadAll((Work("budget") / "IMPORT.md").string());
  EXPECT_NE(md.find("keyword dictionary 'privacy-guard first names' cut from"), std::string::npos);
  pgtest::Pack pack = pgtest::LoadPack(Work("budget").string());
  size_t chars = 0;
  for (const auto& [placeholder, file] : pack.dictionary_files) {
    for (const auto& t : pack.keywords.at(placeholder)[0].terms) chars += t.size() + 1;
  }
  EXPECT_LE(chars, 20000u + 2000u);  // UTF-8 bytes vs. UTF-16 units: a little slack
}

// The exported pack follows the detectors' newer rules: written-out e-mail
// addresses and the medicine list (emulated with PCRE2 as Purview would
// match them).
TEST(PurviewExport, SpelledOutEmailsAndMedicinesAreExported) {
  ASSERT_EQ(Export({"--policy", PG_DEFAULT_POLICY}, Work("follow")), 0);
  pgtest::Pack pack = pgtest::LoadPack(Work("follow").string());
  pgtest::PackEmulator emu(pack);
  auto found = [&](const std::string& text, const std::string& category, const std::string& span) {
    for (const pgtest::PackHit& h : emu.Scan(text)) {
      if (h.category == category && text.substr(h.start, h.end - h.start).find(span) != std::string::npos) {
        return true;
      }
    }
    return false;
  };
  for (const char* t : {"jonas.krog[at]gmail[dot]com", "birgitte snabel-a mail punktum dk",
                        "hans (at) gmail.com", "hans@gmail dot com", "Hans AT gmail DOT com",
                        "hans at gmail.com", "hans.jensen at mail.dk"}) {
    EXPECT_TRUE(found(std::string("Skriv til ") + t + " i morgen", "email", "gmail") ||
                found(std::string("Skriv til ") + t + " i morgen", "email", "mail")) << t;
  }
  for (const char* t : {"we meet at noon at the station dot com", "hans at gmail",
                        "Please look at norddjurs.dk", "Husk at sundhed.dk har svaret"}) {
    EXPECT_FALSE(found(t, "email", "")) << t;
  }
  // A medicine from the medicine list (not in the Danish term lists) with a
  // CPR number near.
  EXPECT_TRUE(found("CPR 120385-1235. Han får Acamprosat hver dag.", "health", "Acamprosat"));
}

TEST(PurviewExport, LongTermsAndBadRegexesAreReportedNotSilentlyLost) {
  const std::string data = std::string(PG_RULES_DIR) + "/data";
  const std::string long_term(60, 'x');
  const fs::path p = PolicyVariant(
      "terms.policy", "  term: \"FORTROLIGT\"",
      "  term: \"FORTROLIGT\"\n  term: \"" + long_term + "\"\n  regex: \"PRJ-[0-9]{4}\"\n"
      "  regex: \"TOPSECRET[0-9]+\"");
  ASSERT_EQ(Export({"--policy", p.string(), "--data", data}, Work("terms")), 0);
  const std::string md = pgtest::ReadAll((Work("terms") / "IMPORT.md").string());
  EXPECT_NE(md.find("business terms go to a keyword dictionary"), std::string::npos);
  EXPECT_NE(md.find("business_terms.regex[1] 'TOPSECRET[0-9]+' is not exported"), std::string::npos);
  pgtest::Pack pack = pgtest::LoadPack(Work("terms").string());
  ASSERT_TRUE(pack.regexes.count("Regex_pg_business_1"));
  EXPECT_EQ(pack.regexes.at("Regex_pg_business_1").expression, "(?i)\\bPRJ-[0-9]{4}\\b");
  bool long_in_dictionary = false;
  for (const auto& [placeholder, file] : pack.dictionary_files) {
    for (const auto& t : pack.keywords.at(placeholder)[0].terms) long_in_dictionary |= t == long_term;
  }
  EXPECT_TRUE(long_in_dictionary);
}

TEST(PurviewExport, ErrorsAndUsage) {
  EXPECT_EQ(Export({"--policy", "/nonexistent.policy"}, Work("err")), 3);
  const fs::path bad = PolicyVariant("badversion.policy", "version: \"2026-11-23.1\"", "version: \"draft\"");
  EXPECT_EQ(Export({"--policy", bad.string(), "--data", std::string(PG_RULES_DIR) + "/data"}, Work("err")), 3);
  std::vector<std::string> args = {"purview", "--policy", PG_DEFAULT_POLICY};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  EXPECT_EQ(cli::RunExportCommand(static_cast<int>(argv.size()), argv.data()), 2);  // no --out
  std::string fmt = "splunk";
  char* argv2[] = {fmt.data()};
  EXPECT_EQ(cli::RunExportCommand(1, argv2), 2);
}

TEST(PurviewExportUnits, VersionFromPolicy) {
  std::array<unsigned, 4> v{};
  ASSERT_TRUE(pv::VersionFromPolicy("2026-11-23.1", &v));
  EXPECT_EQ(v, (std::array<unsigned, 4>{2026, 11, 23, 1}));
  ASSERT_TRUE(pv::VersionFromPolicy("v7", &v));
  EXPECT_EQ(v, (std::array<unsigned, 4>{7, 0, 0, 0}));
  ASSERT_TRUE(pv::VersionFromPolicy("1.2.3.4.5", &v));
  EXPECT_EQ(v, (std::array<unsigned, 4>{1, 2, 3, 4}));
  EXPECT_FALSE(pv::VersionFromPolicy("draft", &v));
  EXPECT_FALSE(pv::VersionFromPolicy("20261123", &v));  // above 65535
}

TEST(PurviewExportUnits, Sha1AndUuid5MatchTheStandards) {
  auto hex = [](const auto& bytes) {
    std::string s;
    char b[3];
    for (uint8_t x : bytes) {
      std::snprintf(b, sizeof b, "%02x", x);
      s += b;
    }
    return s;
  };
  EXPECT_EQ(hex(ex::Sha1("abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");  // RFC 3174
  EXPECT_EQ(hex(ex::Sha1("")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  EXPECT_EQ(hex(ex::Sha1(std::string(1000, 'a'))), "291e9a6c66994949b57ba5e650361e98fc36b1ba");
  const ex::Uuid dns = {0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
                        0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};  // RFC 4122 NameSpace_DNS
  // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
  EXPECT_EQ(ex::FormatUuid(ex::Uuid5(dns, "python.org")), "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  // The documented namespace and one derived id (PURVIEW.md).
  EXPECT_EQ(ex::FormatUuid(ex::kPurviewNamespace), "9ae640be-f6cd-547b-b484-50c3c9a755d7");
  EXPECT_EQ(pv::StableGuid("Norddjurs Kommune", "entity", "cpr"), "f7f0d69e-63d7-596a-85d1-9f7c73692204");
}

TEST(PurviewExportUnits, XmlEscaping) {
  EXPECT_EQ(pv::XmlEscape("a&b<c>\"d'"), "a&amp;b&lt;c&gt;&quot;d&apos;");
  EXPECT_TRUE(pv::IsXmlText("Må ikke videregives"));
  EXPECT_FALSE(pv::IsXmlText(std::string("bell\x07")));
  EXPECT_FALSE(pv::IsXmlText("tab\there"));
  EXPECT_FALSE(pv::IsXmlText(std::string("\xC3\x28")));  // invalid UTF-8
  const std::string u = pv::Utf16LeWithBom("Æ€𝄞");
  EXPECT_EQ(u, std::string("\xFF\xFE\xC6\x00\xAC\x20\x34\xD8\x1E\xDD", 10));
  EXPECT_EQ(pgtest::Utf16LeToUtf8(u), "Æ€𝄞");
}

// The reader (libxml2) refuses what a parser sharing the writer's
// assumptions let through: it is known to bite.
std::string Utf16(const std::string& utf8) { return pv::Utf16LeWithBom(utf8); }

void ExpectParseError(const std::string& bytes, const std::string& what) {
  try {
    pgtest::ParseXml(bytes, "t.xml");
    ADD_FAILURE() << "accepted: " << what;
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()).rfind("t.xml", 0), 0u) << e.what();
  }
}

TEST(PurviewPackReader, RefusesDocumentsThatAreNotWellFormed) {
  ExpectParseError("<a><!-- x -- y --></a>", "a double hyphen in a comment");
  ExpectParseError("<a b=\"<\"/>", "'<' in an attribute value");
  ExpectParseError("<a>&#1;</a>", "a character XML does not allow");
  ExpectParseError("<a>&nbsp;</a>", "an undeclared entity");
  ExpectParseError("<a>x</A>", "a mismatched end tag");
  ExpectParseError("<a b='1' b='2'/>", "a duplicate attribute");
  ExpectParseError("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", "a DTD");
  ExpectParseError("<a/><b/>", "two root elements");
  // UTF-16 with a lone surrogate (0xDC00) inside an element.
  std::string lone = Utf16("<a>x</a>");
  lone.insert(lone.size() - 8, std::string("\x00\xDC", 2));
  ExpectParseError(lone, "a lone surrogate");
}

TEST(PurviewPackReader, DecodesUtf16AndResolvesNamespaces) {
  const pgtest::XmlDocument d = pgtest::ParseXml(
      Utf16("<?xml version=\"1.0\" encoding=\"utf-16\"?>\r\n"
            "<p:R xmlns:p=\"urn:x\" xmlns=\"urn:d\"><T a=\"1&#9;2&#10;\" b=\"x\r\ny\">"
            "Æ€𝄞 &amp; &lt;&#x41;<!-- c --><![CDATA[<z>]]></T></p:R>"));
  EXPECT_EQ(d.declared_encoding, "utf-16");
  EXPECT_EQ(d.root.ns, "urn:x");
  EXPECT_EQ(d.root.name, "R");
  ASSERT_EQ(d.root.children.size(), 1u);
  const pgtest::XmlNode& t = d.root.children[0];
  EXPECT_EQ(t.ns, "urn:d");
  EXPECT_EQ(t.text, "Æ€𝄞 & <A<z>");
  EXPECT_EQ(t.Attr("a"), "1\t2\n");  // character references are kept
  EXPECT_EQ(t.Attr("b"), "x y");      // a raw line break is normalised
}

TEST(PurviewPackReader, Utf16DecodingIsStrict) {
  EXPECT_EQ(pgtest::Utf16LeToUtf8(Utf16("")), "");
  EXPECT_THROW(pgtest::Utf16LeToUtf8("a\0"), std::runtime_error);  // no BOM
  EXPECT_THROW(pgtest::Utf16LeToUtf8(std::string("\xFE\xFF\0" "a", 4)), std::runtime_error);  // BE
  EXPECT_THROW(pgtest::Utf16LeToUtf8(std::string("\xFF\xFE" "a\0" "b", 5)), std::runtime_error);  // odd
  EXPECT_THROW(pgtest::Utf16LeToUtf8(std::string("\xFF\xFE\x00\xDC" "a\0", 6)), std::runtime_error);
  EXPECT_THROW(pgtest::Utf16LeToUtf8(std::string("\xFF\xFE\x34\xD8" "a\0", 6)), std::runtime_error);
  EXPECT_THROW(pgtest::Utf16LeToUtf8(std::string("\xFF\xFE\x34\xD8", 4)), std::runtime_error);
}

// A real export, then the same file with one thing wrong that Purview (and
// the schema) would not accept: LoadPack refuses each.
TEST(PurviewPackReader, LoadPackRefusesAWrongNamespaceOrEncoding) {
  ASSERT_EQ(Export({"--policy", PG_DEFAULT_POLICY, "--data", std::string(PG_RULES_DIR) + "/data"},
                   Work("reader")), 0);
  EXPECT_NO_THROW(pgtest::LoadPack(Work("reader").string()));
  const fs::path file = Work("reader") / "privacy-guard-rulepack.xml";
  const std::string good = pgtest::ReadAll(file.string());
  const std::string xml = pgtest::Utf16LeToUtf8(good);
  auto refused = [&](const std::string& bytes, const std::string& expect) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
    try {
      pgtest::LoadPack(Work("reader").string());
      ADD_FAILURE() << "accepted; expected: " << expect;
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find(expect), std::string::npos) << e.what();
    }
  };
  auto replaced = [&](const std::string& from, const std::string& to) {
    std::string x = xml;
    const size_t at = x.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) x.replace(at, from.size(), to);
    return x;
  };
  const std::string ns = pgtest::kRulePackageNamespace;
  refused(Utf16(replaced(" xmlns=\"" + ns + "\"", "")), "in namespace ''");
  refused(Utf16(replaced(ns, ns + "/")), "in namespace");
  refused(Utf16(replaced("<Rules>", "<Rules xmlns=\"urn:other\">")), "in namespace 'urn:other'");
  refused(Utf16(replaced("encoding=\"utf-16\"", "encoding=\"utf-8\"")), "declared encoding 'utf-8'");
  refused(xml, "byte-order mark");  // UTF-8 on disk
  std::ofstream(file, std::ios::binary | std::ios::trunc) << good;
  EXPECT_NO_THROW(pgtest::LoadPack(Work("reader").string()));
}

}  // namespace
