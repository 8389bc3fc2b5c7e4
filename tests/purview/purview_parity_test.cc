// Parity report: the exported pack, emulated with PCRE2 over the labelled
// corpus (tests/corpus/*.jsonl), against the engine's own findings and
// against Purview's built-in "Denmark personal identification number" type
// (modulus 11 required). Fails when the pack misses a CPR number the engine
// reports. Per-category recall (and the pack's precision) are printed and,
// with PG_PURVIEW_REPORT=FILE, appended to FILE as Markdown.
//
// Scoring follows tests/corpus/corpus_test.cc: every occurrence of a
// label's text is one expected finding; it is found when a finding of its
// category overlaps it. Engine findings count when the employee would see
// them (warn or block); pack hits when they reach the type's recommended
// confidence (the level IMPORT.md's DLP rule uses).
#include <gtest/gtest.h>

#include "corpus_files.h"

#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "privacy_guard/config.h"
#include "privacy_guard/engine.h"
#include "purview_emulator.h"
#include "purview_pack.h"

namespace fs = std::filesystem;
using namespace privacy_guard;

namespace {

using Label = privacy_guard::testing::CorpusLabel;
using Prompt = privacy_guard::testing::CorpusPrompt;

std::vector<Prompt> LoadCorpus() { return privacy_guard::testing::LoadCorpus(PG_CORPUS_DIR); }

struct Expected {
  std::string category;
  size_t start, end;
};

std::vector<Expected> ExpectedSpans(const Prompt& p) {
  std::vector<Expected> out;
  std::set<std::pair<std::string, size_t>> seen;
  for (const Label& l : p.labels) {
    for (size_t pos = p.text.find(l.text); pos != std::string::npos; pos = p.text.find(l.text, pos + l.text.size())) {
      if (seen.insert({l.category, pos}).second) out.push_back({l.category, pos, pos + l.text.size()});
    }
  }
  return out;
}

bool Overlaps(size_t s1, size_t e1, size_t s2, size_t e2) { return s1 < e2 && s2 < e1; }

// Purview's built-in Denmark personal identification number type as its
// documentation describes it: DDMMYY, an optional space or hyphen, four
// digits, checksum (modulus 11) passes -> low (65); with a Keyword_denmark_id
// term within 300 characters -> medium (75). Built as a pack so the same
// emulator runs it.
pgtest::Pack BuiltInDanishCpr() {
  pgtest::Pack p;
  p.regexes["Regex_builtin_cpr"] = {"Regex_builtin_cpr", "\\b[0-9]{6}[ -]?[0-9]{4}\\b", "Validators_builtin"};
  p.validator_sets["Validators_builtin"] = {
      {"DateSimple", {{"Pattern", "DDMMYY"}}},
      {"Checksum", {{"Weights", "4, 3, 2, 7, 6, 5, 4, 3, 2, 1"}, {"Mod", "11"}, {"AllowAlphabets", "0"}}}};
  p.keywords["Keyword_denmark_id"] = {{"word",
                                       {"centrale personregister", "civilt registreringssystem", "cpr",
                                        "cpr#", "health card", "identification number",
                                        "identifikationsnummer", "identity number", "personnummer",
                                        "personnummer#", "personal id number", "skat id", "skattenummer",
                                        "social security number", "sundhedskort", "sygesikring",
                                        "sygesikringskort", "sygesikringsbevis", "cpr.nr", "cprnr",
                                        "cprnummer", "personnr", "personregister", "tax number",
                                        "tax id", "ssn"},
                                       {}}};
  pgtest::PackEntity e;
  e.id = "6c4f2fef-56e1-4c00-8093-88d7a01cf460";
  e.category = "cpr";
  e.proximity = 300;
  e.recommended = 65;
  pgtest::PackEvidence kw;
  kw.id_ref = "Keyword_denmark_id";
  e.patterns = {{75, "Regex_builtin_cpr", {kw}}, {65, "Regex_builtin_cpr", {}}};
  p.entities.push_back(e);
  return p;
}

struct Counts {
  int labels = 0, engine = 0, pack = 0, builtin_low = 0, builtin_medium = 0;
  int pack_findings = 0, pack_correct = 0;
};

double Pct(int a, int b) { return b == 0 ? 100.0 : 100.0 * a / b; }

std::string Table(const std::string& title, const std::map<std::string, Counts>& per, int prompts,
                  int clean, int clean_flagged_engine, int clean_flagged_pack) {
  std::ostringstream o;
  char buf[256];
  o << "#### " << title << "\n\n"
    << "| category | labels | engine recall | Purview with our pack: recall | pack precision "
       "| Purview built-in CPR, low (65) | built-in CPR, medium (75) |\n"
    << "|---|---:|---:|---:|---:|---:|---:|\n";
  for (const auto& [cat, c] : per) {
    if (c.labels == 0 && c.pack_findings == 0) continue;
    std::string b65 = "–", b75 = "–";
    if (cat == "cpr") {
      std::snprintf(buf, sizeof buf, "%.1f %%", Pct(c.builtin_low, c.labels));
      b65 = buf;
      std::snprintf(buf, sizeof buf, "%.1f %%", Pct(c.builtin_medium, c.labels));
      b75 = buf;
    }
    std::snprintf(buf, sizeof buf, "| %s | %d | %.1f %% | %.1f %% | %.1f %% | %s | %s |\n", cat.c_str(),
                  c.labels, Pct(c.engine, c.labels), Pct(c.pack, c.labels),
                  Pct(c.pack_correct, c.pack_findings), b65.c_str(), b75.c_str());
    o << buf;
  }
  std::snprintf(buf, sizeof buf,
                "\n%d prompts, %d clean; clean prompts flagged: engine %d (%.1f %%), pack %d (%.1f %%)\n\n",
                prompts, clean, clean_flagged_engine, Pct(clean_flagged_engine, clean), clean_flagged_pack,
                Pct(clean_flagged_pack, clean));
  o << buf;
  return o.str();
}

void Check(const std::string& title, const std::string& data_dir, const std::string& pack_dir) {
  std::string error;
  auto engine = privacy_guard::testing::PolicyEngine(PG_DEFAULT_POLICY, data_dir, &error);
  ASSERT_TRUE(engine) << error;
  const pgtest::Pack pack = pgtest::LoadPack(pack_dir);
  const pgtest::PackEmulator purview(pack);
  const pgtest::Pack builtin_pack = BuiltInDanishCpr();
  const pgtest::PackEmulator builtin(builtin_pack);
  const std::vector<Prompt> corpus = LoadCorpus();
  ASSERT_GE(corpus.size(), 600u);
  const bool verbose = std::getenv("PG_CORPUS_VERBOSE") != nullptr;

  std::map<std::string, Counts> per;
  for (size_t i = 0; i < kNumCategories; ++i) per[std::string(CategoryId(static_cast<Category>(i)))];
  int clean = 0, clean_engine = 0, clean_pack = 0;
  std::vector<std::string> cpr_misses;
  for (const Prompt& p : corpus) {
    const ScanResult r = engine->Scan(p.text);
    ASSERT_TRUE(r.ok) << p.id;
    std::vector<const Finding*> visible;
    for (const Finding& f : r.findings) {
      if (f.action == Action::kWarn || f.action == Action::kBlock) visible.push_back(&f);
    }
    const std::vector<pgtest::PackHit> hits = purview.Scan(p.text);
    const std::vector<pgtest::PackHit> bhits = builtin.Scan(p.text);
    const std::vector<Expected> exp = ExpectedSpans(p);
    if (p.labels.empty()) {
      ++clean;
      clean_engine += r.decision != Decision::kAllow;
      clean_pack += !hits.empty();
    }
    for (const Expected& e : exp) {
      Counts& c = per[e.category];
      ++c.labels;
      bool eng = false, pk = false, b65 = false, b75 = false;
      for (const Finding* f : visible) {
        eng |= CategoryId(f->category) == e.category && Overlaps(f->byte_start, f->byte_end, e.start, e.end);
      }
      for (const auto& h : hits) pk |= h.category == e.category && Overlaps(h.start, h.end, e.start, e.end);
      for (const auto& h : bhits) {
        if (h.category == e.category && Overlaps(h.start, h.end, e.start, e.end)) {
          b65 = true;
          b75 |= h.confidence >= 75;
        }
      }
      c.engine += eng;
      c.pack += pk;
      c.builtin_low += b65;
      c.builtin_medium += b75;
      if (verbose && eng && !pk) {
        std::cout << "PACK MISS " << p.id << " " << e.category << " '"
                  << p.text.substr(e.start, e.end - e.start) << "'\n";
      }
    }
    for (const auto& h : hits) {
      Counts& c = per[h.category];
      ++c.pack_findings;
      bool ok = false;
      for (const Expected& e : exp) ok |= e.category == h.category && Overlaps(h.start, h.end, e.start, e.end);
      c.pack_correct += ok;
      if (verbose && !ok) {
        std::cout << "PACK FALSE " << p.id << " " << h.category << " " << h.confidence << " '"
                  << p.text.substr(h.start, h.end - h.start) << "'\n";
      }
    }
    // The hard requirement: every CPR number the engine reports is caught.
    for (const Finding* f : visible) {
      if (f->category != Category::kCpr) continue;
      bool caught = false;
      for (const auto& h : hits) caught |= h.category == "cpr" && Overlaps(h.start, h.end, f->byte_start, f->byte_end);
      if (!caught) cpr_misses.push_back(p.id + " " + f->masked + " (engine " + std::string(ConfidenceName(f->confidence)) + ")");
    }
  }
  const std::string table = Table(title, per, static_cast<int>(corpus.size()), clean, clean_engine, clean_pack);
  std::cout << table;
  if (const char* report = std::getenv("PG_PURVIEW_REPORT")) std::ofstream(report, std::ios::app) << table;
  EXPECT_TRUE(cpr_misses.empty()) << title << ": the pack misses " << cpr_misses.size()
                                  << " CPR number(s) the engine finds, e.g. " << cpr_misses.front();
  for (const std::string& m : cpr_misses) std::cout << "CPR MISS " << m << "\n";
}

TEST(PurviewParity, ShippedLists) { Check("Shipped lists (rules/data)", "", PG_PURVIEW_PACK_SHIPPED); }

TEST(PurviewParity, FullReferenceLists) {
  if (!fs::exists(fs::path(PG_PURVIEW_PACK_FULL) / "IMPORT.md")) {
    GTEST_SKIP() << "no pack exported with the full reference data (" << PG_SHARED_DATA << ")";
  }
  Check("Full reference lists (../shared/data)", PG_SHARED_DATA, PG_PURVIEW_PACK_FULL);
}

}  // namespace
