// End-to-end tests of the native-messaging host: the real privacy-guard
// executable is started as the browser would start it and spoken to over
// pipes (docs/protocol.md). Linux only.
#include <stdlib.h>
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <functional>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "host_test_client.h"
#include "host_test_files.h"

namespace privacy_guard::testing {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;
using namespace std::chrono_literals;

constexpr char kOrigin[] = "chrome-extension://abcdefghijklmnopabcdefghijklmnop/";
constexpr char kCpr[] = "010190-1239";
constexpr char kCpr2[] = "150675-1000";
constexpr char kEmail[] = "jens.hansen@example.dk";

std::vector<json> ReadJsonLines(const fs::path& p) {
  std::vector<json> out;
  std::ifstream f(p);
  std::string line;
  while (std::getline(f, line)) {
    if (!line.empty()) out.push_back(json::parse(line));
  }
  return out;
}

// The repository's default policy with another version string.
std::string DefaultPolicyWithVersion(const std::string& version) {
  std::string p = ReadAll(fs::path(PG_SOURCE_DIR) / "rules" / "default.policy");
  const size_t at = p.find("\nversion:");
  const size_t eol = p.find('\n', at + 1);
  p.replace(at + 1, eol - at - 1, "version: \"" + version + "\"");
  return p;
}

const json* FindingOf(const json& reply, const std::string& category) {
  for (const json& f : reply["findings"]) {
    if (f["category"] == category) return &f;
  }
  return nullptr;
}

// A self-contained central policy with its own data files (no data_dir), as
// on a file share.
void WriteSelfContainedCentral(const fs::path& dir, const std::string& version) {
  WriteAll(dir / "policy.textproto",
           "version: \"" + version + "\"\n"
           "categories { cpr { action: BLOCK } email { action: WARN } }\n"
           "business_terms { file: \"lists/terms.txt\" }\n"
           "data { first_names: \"lists/first.txt\" surnames: \"lists/sur.txt\" }\n");
  WriteAll(dir / "lists" / "first.txt", "Mette\nJens\nAnne\n");
  WriteAll(dir / "lists" / "sur.txt", "Hansen\nJensen\n");
  WriteAll(dir / "lists" / "terms.txt", "Projekt Ravn\n");
}

class HostTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/pg-host-test-XXXXXX";
    ASSERT_NE(::mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }

  void TearDown() override {
    // Sanitizer reports of any host process started by the test land here.
    const std::string err = ReadAll(dir_ / "stderr.txt");
    EXPECT_EQ(err.find("Sanitizer"), std::string::npos) << err;
    EXPECT_EQ(err.find("runtime error:"), std::string::npos) << err;
    if (!HasFailure()) fs::remove_all(dir_);
    else std::fprintf(stderr, "test files kept in %s\n", dir_.c_str());
  }

  // Writes the HostConfig: allowed origin, audit log, log file, cache,
  // plus `extra` lines (protobuf text).
  void WriteConfig(const std::string& extra = "") {
    std::string cfg = "allowed_origins: \"" + std::string(kOrigin) + "\"\n";
    cfg += "allowed_origins: \"chrome-extension://otherextensionidotherextension/\"\n";
    cfg += "audit_log: \"" + (dir_ / "audit" / "audit.log").string() + "\"\n";
    cfg += "log_file: \"" + (dir_ / "host.log").string() + "\"\n";
    cfg += "cache_dir: \"" + (dir_ / "cache").string() + "\"\n";
    cfg += extra;
    WriteAll(dir_ / "host.conf", cfg);
  }

  // A central policy in <dir>/central with data from the repository.
  void UseCentralPolicy(const std::string& version, const std::string& extra_config = "") {
    WriteAll(central(), DefaultPolicyWithVersion(version));
    WriteConfig("policy_path: \"" + central().string() + "\"\n" + "data_dir: \"" +
                (fs::path(PG_SOURCE_DIR) / "rules" / "data").string() + "\"\n" +
                "policy_poll_seconds: 1\n" + extra_config);
  }

  fs::path central() const { return dir_ / "central" / "policy.textproto"; }
  fs::path central_sig() const { return central().string() + ".sig"; }

  // A self-contained central policy on <dir>/share signed with `key`, and a
  // config that pins the key. Returns the share directory.
  fs::path UseSignedShare(const KeyPair& key, const std::string& version) {
    const fs::path share = dir_ / "share";
    const fs::path policy = share / "policy.textproto";
    WriteSelfContainedCentral(share, version);
    WriteAll(policy.string() + ".sig", key.Sign(ReadAll(policy)));
    WriteConfig("policy_path: \"" + policy.string() + "\"\n" + key.ConfigLine());
    return share;
  }

  std::unique_ptr<HostProcess> Start(const std::string& origin = kOrigin,
                                     std::vector<std::string> extra_args = {}) {
    if (!fs::exists(dir_ / "host.conf")) WriteConfig();
    std::vector<std::string> args{origin};
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    auto host = HostProcess::Start(PG_HOST_EXE, args,
                                   {{"PRIVACY_GUARD_CONFIG", (dir_ / "host.conf").string()}},
                                   (dir_ / "stderr.txt").string());
    EXPECT_NE(host, nullptr);
    return host;
  }

  static json Check(HostProcess& h, const json& id, const std::string& text,
                    const std::string& mode = "keystroke", const std::string& site = "") {
    json req = {{"type", "check"}, {"id", id}, {"editor", "ed1"}, {"mode", mode}, {"text", text}};
    if (!site.empty()) req["site"] = site;
    std::optional<json> r = h.Call(req);
    EXPECT_TRUE(r.has_value());
    return r.value_or(json());
  }

  // Polls status until `pred` holds (policy reloads are asynchronous).
  static json WaitForStatus(HostProcess& h, const std::function<bool(const json&)>& pred,
                            std::chrono::milliseconds timeout = 15s) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    json st;
    int id = 1000;
    while (std::chrono::steady_clock::now() < deadline) {
      st = h.Call({{"type", "status"}, {"id", id++}}).value_or(json());
      if (pred(st)) return st;
      std::this_thread::sleep_for(100ms);
    }
    ADD_FAILURE() << "status never matched; last: " << st.dump();
    return st;
  }

  std::vector<json> AuditLines() { return ReadJsonLines(dir_ / "audit" / "audit.log"); }

  fs::path dir_;
};

// --- hello / status ---------------------------------------------------------

TEST_F(HostTest, HelloReturnsStatus) {
  auto h = Start();
  json st = h->Call({{"type", "hello"}, {"id", 1}}).value();
  EXPECT_EQ(st["type"], "status");
  EXPECT_EQ(st["id"], 1);
  EXPECT_EQ(st["v"], 1);
  EXPECT_EQ(st["protocol"], 1);
  EXPECT_TRUE(st["version"].is_string());
  EXPECT_EQ(st["health"], "ok");
  EXPECT_TRUE(st["policy"]["version"].is_string());
  EXPECT_TRUE(st["policy"]["last_error"].is_null());
  EXPECT_EQ(st["policy"]["from_cache"], false);
  EXPECT_EQ(st["categories"]["cpr"]["action"], "block");
  EXPECT_EQ(st["categories"]["cpr"]["label"]["da"], "CPR-nummer");
  EXPECT_GT(st["data"]["first_names"].get<int>(), 0);
  const json& approved = st["sites"]["approved_hosts"];
  EXPECT_NE(std::find(approved.begin(), approved.end(), "copilot.microsoft.com"), approved.end());
  EXPECT_TRUE(st["coverage"].is_array());

  json st2 = h->Call({{"type", "status"}, {"id", "s-1"}}).value();
  EXPECT_EQ(st2["type"], "status");
  EXPECT_EQ(st2["id"], "s-1");
}

TEST_F(HostTest, ParentWindowArgumentIsIgnored) {
  auto h = Start(kOrigin, {"--parent-window=0"});
  EXPECT_EQ(h->Call({{"type", "hello"}, {"id", 1}}).value()["type"], "status");
}

TEST_F(HostTest, IdsAreEchoedUnchanged) {
  auto h = Start();
  for (const json& id : {json(17), json("x-17"), json(-3), json(1.5), json(9007199254740993ULL),
                         json("æøå 😀"), json("")}) {
    json r = h->Call({{"type", "hello"}, {"id", id}}).value();
    EXPECT_EQ(r["id"], id) << id.dump();
    json c = Check(*h, id, "intet her");
    EXPECT_EQ(c["id"], id) << id.dump();
  }
}

// --- check ------------------------------------------------------------------

TEST_F(HostTest, CheckCprBlocksWithUtf16Offsets) {
  auto h = Start();
  const std::string prefix = "😀 Kære æøå-udvalg 👍🏽, CPR ";
  const std::string text = prefix + kCpr + " tak";
  json r = Check(*h, 5, text);
  EXPECT_EQ(r["type"], "check");
  EXPECT_EQ(r["id"], 5);
  EXPECT_EQ(r["decision"], "block");
  EXPECT_EQ(r["truncated"], false);
  EXPECT_EQ(r["counts"]["cpr"], 1);
  EXPECT_TRUE(r["policy_version"].is_string());
  const json* f = FindingOf(r, "cpr");
  ASSERT_NE(f, nullptr) << r.dump();
  EXPECT_EQ((*f)["start"], Utf16Length(prefix));
  EXPECT_EQ((*f)["end"], Utf16Length(prefix) + 11);
  EXPECT_EQ((*f)["action"], "block");
  EXPECT_EQ((*f)["label"]["da"], "CPR-nummer");
  EXPECT_EQ((*f)["preview"].get<std::string>().find(kCpr), std::string::npos);
  const std::string raw = r.dump();
  EXPECT_EQ(raw.find(kCpr), std::string::npos);
  EXPECT_EQ(raw.find("0101901239"), std::string::npos);
}

TEST_F(HostTest, EmptyTextIsAllowed) {
  auto h = Start();
  json r = Check(*h, 1, "");
  EXPECT_EQ(r["decision"], "allow");
  EXPECT_TRUE(r["findings"].empty());
  json red = h->Call({{"type", "redact"}, {"id", 2}, {"text", ""}}).value();
  EXPECT_EQ(red["text"], "");
  EXPECT_TRUE(red["replacements"].empty());
}

TEST_F(HostTest, UnapprovedSiteRaisesFindingsToBlock) {
  auto h = Start();
  const std::string text = std::string("skriv til ") + kEmail;
  EXPECT_EQ(Check(*h, 1, text, "keystroke", "copilot.microsoft.com")["decision"], "warn");
  json r = Check(*h, 2, text, "keystroke", "chatgpt.com");
  EXPECT_EQ(r["decision"], "block");
  EXPECT_EQ(FindingOf(r, "email")->at("action"), "block");
  EXPECT_EQ(Check(*h, 3, text, "keystroke", "www.ChatGPT.com")["decision"], "block");
}

TEST_F(HostTest, TenMegabyteTextGetsTruncatedReplyUnderOneMebibyte) {
  auto h = Start();
  std::string text;
  int cprs = 0;
  while (text.size() < 10'000'000) {
    text += "Borger med CPR ";
    text += kCpr;
    text += " har skrevet om sagen, og det er behandlet i udvalget i dag. ";
    ++cprs;
  }
  ASSERT_TRUE(h->Send({{"type", "check"}, {"id", 1}, {"editor", "e"}, {"mode", "submit"},
                       {"text", text}}));
  std::optional<std::string> raw = h->ReadFrame(120s);
  ASSERT_TRUE(raw.has_value());
  EXPECT_LT(raw->size(), 1024u * 1024);
  json r = json::parse(*raw);
  EXPECT_EQ(r["decision"], "block");
  EXPECT_EQ(r["truncated"], true);
  EXPECT_EQ(r["counts"]["cpr"], cprs);
  EXPECT_GT(r["findings"].size(), 100u);
  EXPECT_LT(r["findings"].size(), static_cast<size_t>(cprs));

  // The redacted text would not fit in a reply.
  json red = h->Call({{"type", "redact"}, {"id", 2}, {"text", text}}).value();
  EXPECT_EQ(red["type"], "error");
  EXPECT_EQ(red["id"], 2);
  EXPECT_EQ(red["error"]["code"], "too_large");
  // Still serving.
  EXPECT_EQ(Check(*h, 3, "ok")["decision"], "allow");
}

// --- redact / ack / attach ----------------------------------------------------

TEST_F(HostTest, RedactGivesSameValueSamePlaceholder) {
  auto h = Start();
  const std::string a = "Sag om ";
  const std::string text = a + kCpr + " og " + kCpr2 + ", igen " + kCpr + ".";
  json r = h->Call({{"type", "redact"}, {"id", "r1"}, {"text", text}}).value();
  ASSERT_EQ(r["type"], "redact") << r.dump();
  EXPECT_EQ(r["id"], "r1");
  const json& reps = r["replacements"];
  ASSERT_EQ(reps.size(), 3u) << r.dump();
  EXPECT_EQ(reps[0]["placeholder"], reps[2]["placeholder"]);
  EXPECT_NE(reps[0]["placeholder"], reps[1]["placeholder"]);
  EXPECT_EQ(reps[0]["start"], Utf16Length(a));  // offsets into the request text
  EXPECT_EQ(reps[0]["end"], Utf16Length(a) + 11);
  const std::string out = r["text"];
  EXPECT_EQ(out.find(kCpr), std::string::npos);
  EXPECT_EQ(out.find(kCpr2), std::string::npos);
  EXPECT_EQ(out.rfind("Sag om [", 0), 0u) << out;
  EXPECT_EQ(r["decision"], "allow");

  std::vector<json> audit = AuditLines();
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0]["event"], "fix");
  EXPECT_EQ(audit[0]["decision"], "block");
  EXPECT_EQ(audit[0]["decision_after"], "allow");
  EXPECT_EQ(audit[0]["counts"]["cpr"], 3);
}

TEST_F(HostTest, FirstRecordWithoutTextCreatesTheAuditFolder) {
  // The audit folder does not exist yet and no text (which would create the
  // key file, and with it the folder) has been audited.
  ASSERT_FALSE(fs::exists(dir_ / "audit"));
  auto h = Start();
  h->Call({{"type", "attach"}, {"id", 1}, {"site", "copilot.microsoft.com"},
           {"composer", "textarea"}});
  std::vector<json> audit = AuditLines();
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0]["event"], "attach");
}

TEST_F(HostTest, RestoreIsAuditedAsACount) {
  auto h = Start();
  json r = h->Call({{"type", "restore"}, {"id", "x"}, {"count", 3},
                    {"site", "copilot.microsoft.com"}}).value();
  EXPECT_EQ(r, json({{"type", "restore"}, {"id", "x"}, {"v", 1}, {"ok", true}}));
  json bad = h->Call({{"type", "restore"}, {"id", 2}, {"count", 0}}).value();
  EXPECT_EQ(bad["error"]["code"], "bad_request");
  std::vector<json> audit = AuditLines();
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0]["event"], "restore");
  EXPECT_EQ(audit[0]["count"], 3);
  EXPECT_EQ(audit[0]["site"], "copilot.microsoft.com");
  EXPECT_FALSE(audit[0].contains("text_hmac"));
  EXPECT_TRUE(audit[0]["policy_version"].is_string());
}

TEST_F(HostTest, SubmitAckAndAttachAreAuditedWithoutText) {
  auto h = Start();
  const std::string warn_text = std::string("Skriv til ") + kEmail + " om mødet";
  const std::string block_text = std::string("CPR ") + kCpr;
  Check(*h, 1, warn_text, "keystroke", "copilot.microsoft.com");  // not audited
  Check(*h, 2, warn_text, "submit", "copilot.microsoft.com");
  json ack = h->Call({{"type", "ack"}, {"id", 3}, {"text", warn_text},
                      {"site", "copilot.microsoft.com"}}).value();
  EXPECT_EQ(ack, json({{"type", "ack"}, {"id", 3}, {"v", 1}, {"ok", true}, {"decision", "warn"}}));
  json refused = h->Call({{"type", "ack"}, {"id", 4}, {"text", block_text}}).value();
  EXPECT_EQ(refused["ok"], false);
  EXPECT_EQ(refused["decision"], "block");
  json att = h->Call({{"type", "attach"}, {"id", 5}, {"site", "copilot.microsoft.com"},
                      {"composer", "textarea"}}).value();
  EXPECT_EQ(att, json({{"type", "attach"}, {"id", 5}, {"v", 1}, {"ok", true}}));
  h->Call({{"type", "attach"}, {"id", 6}, {"site", "Copilot.Microsoft.com"},
           {"composer", "textarea"}});
  json st = h->Call({{"type", "status"}, {"id", 7}}).value();
  ASSERT_EQ(st["coverage"].size(), 1u) << st.dump();
  EXPECT_EQ(st["coverage"][0],
            json({{"host", "copilot.microsoft.com"}, {"composer", "textarea"}, {"count", 2}}));

  std::vector<json> audit = AuditLines();
  ASSERT_EQ(audit.size(), 5u);
  EXPECT_EQ(audit[0]["event"], "submit");
  EXPECT_EQ(audit[0]["decision"], "warn");
  EXPECT_EQ(audit[0]["site"], "copilot.microsoft.com");
  EXPECT_EQ(audit[0]["origin"], kOrigin);
  EXPECT_EQ(audit[0]["counts"]["email"], 1);
  EXPECT_EQ(audit[1]["event"], "ack");
  EXPECT_EQ(audit[2]["event"], "ack_refused");
  EXPECT_EQ(audit[2]["counts"]["cpr"], 1);
  EXPECT_EQ(audit[3]["event"], "attach");
  EXPECT_EQ(audit[3]["composer"], "textarea");
  for (const json& line : audit) {
    EXPECT_TRUE(line["time"].is_string());
    EXPECT_TRUE(line["policy_version"].is_string());
  }
  // Same text -> same keyed hash; 64 hex digits.
  const std::string mac = audit[0]["text_hmac"];
  EXPECT_EQ(mac.size(), 64u);
  EXPECT_EQ(audit[1]["text_hmac"], mac);
  EXPECT_NE(audit[2]["text_hmac"], mac);
  EXPECT_FALSE(audit[3].contains("text_hmac"));

  const std::string raw = ReadAll(dir_ / "audit" / "audit.log");
  EXPECT_EQ(raw.find(kEmail), std::string::npos);
  EXPECT_EQ(raw.find("jens"), std::string::npos);
  EXPECT_EQ(raw.find(kCpr), std::string::npos);
  EXPECT_EQ(raw.find("mødet"), std::string::npos);

  struct stat sb {};
  ASSERT_EQ(::stat((dir_ / "audit" / "audit.log.key").c_str(), &sb), 0);
  EXPECT_EQ(sb.st_mode & 0777, 0600);
}

TEST_F(HostTest, AuditKeyIsReusedAcrossRuns) {
  const std::string text = "Hej med dig";
  for (int run = 0; run < 2; ++run) {
    auto h = Start();
    Check(*h, run, text, "submit");
  }
  std::vector<json> audit = AuditLines();
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit[0]["text_hmac"], audit[1]["text_hmac"]);
}

// --- bad input ----------------------------------------------------------------

struct BadCase {
  const char* name;
  std::string body;
  const char* code;
  json id;
};

TEST_F(HostTest, BadRequestsGetErrorsAndHostKeepsServing) {
  const std::vector<BadCase> cases = {
      {"truncated json", "{", "bad_json", nullptr},
      {"empty frame", "", "bad_json", nullptr},
      {"array", "[1,2]", "bad_json", nullptr},
      {"number", "42", "bad_json", nullptr},
      {"string", "\"hello\"", "bad_json", nullptr},
      {"trailing garbage", R"({"type":"hello","id":1} x)", "bad_json", nullptr},
      {"missing id", R"({"type":"hello"})", "bad_request", nullptr},
      {"object id", R"({"type":"hello","id":{}})", "bad_request", nullptr},
      {"bool id", R"({"type":"hello","id":true})", "bad_request", nullptr},
      {"missing type", R"({"id":6})", "bad_request", 6},
      {"numeric type", R"({"type":7,"id":7})", "bad_request", 7},
      {"unknown type", R"({"type":"frobnicate","id":8})", "unknown_type", 8},
      {"newer version", R"({"type":"hello","id":9,"v":2})", "unsupported_version", 9},
      {"string version", R"({"type":"hello","id":10,"v":"1"})", "bad_request", 10},
      {"missing text", R"({"type":"check","id":11,"mode":"keystroke","editor":"e"})",
       "bad_request", 11},
      {"numeric text", R"({"type":"check","id":12,"mode":"keystroke","text":5})",
       "bad_request", 12},
      {"null text", R"({"type":"redact","id":13,"text":null})", "bad_request", 13},
      {"bad mode", R"({"type":"check","id":14,"mode":"typing","text":"x"})", "bad_request", 14},
      {"missing mode", R"({"type":"check","id":15,"text":"x"})", "bad_request", 15},
      {"numeric editor", R"({"type":"check","id":16,"mode":"submit","text":"x","editor":7})",
       "bad_request", 16},
      {"array site", R"({"type":"ack","id":17,"text":"x","site":[]})", "bad_request", 17},
      {"attach no composer", R"({"type":"attach","id":18,"site":"a.dk"})", "bad_request", 18},
      {"attach bad composer", R"({"type":"attach","id":19,"site":"a.dk","composer":"iframe"})",
       "bad_request", 19},
      {"raw 0xff", "{\"type\":\"check\",\"id\":20,\"mode\":\"submit\",\"text\":\"a\xff\"}",
       "invalid_utf8", nullptr},
      {"overlong slash", "{\"type\":\"hello\",\"id\":21,\"x\":\"\xc0\xaf\"}", "invalid_utf8",
       nullptr},
      {"encoded surrogate", "{\"type\":\"hello\",\"id\":22,\"x\":\"\xed\xa0\x80\"}",
       "invalid_utf8", nullptr},
      {"truncated sequence", "{\"type\":\"hello\",\"id\":23,\"x\":\"\xe2\x82\"}", "invalid_utf8",
       nullptr},
      {"above U+10FFFF", "{\"type\":\"hello\",\"id\":24,\"x\":\"\xf4\x90\x80\x80\"}",
       "invalid_utf8", nullptr},
      {"lone high surrogate", R"({"type":"check","id":25,"mode":"submit","text":"a\ud800"})",
       "invalid_utf8", nullptr},
      {"lone low surrogate", R"({"type":"check","id":26,"mode":"submit","text":"\udc00b"})",
       "invalid_utf8", nullptr},
      {"high then letter", R"({"type":"check","id":27,"mode":"submit","text":"\ud800\u0041"})",
       "invalid_utf8", nullptr},
      {"reversed pair", R"({"type":"check","id":28,"mode":"submit","text":"\ude00\ud83d"})",
       "invalid_utf8", nullptr},
      {"surrogate in key", R"({"type":"hello","id":29,"\uDBFF":1})", "invalid_utf8", nullptr},
  };
  auto h = Start();
  for (const BadCase& c : cases) {
    ASSERT_TRUE(h->SendFrame(c.body)) << c.name;
    std::optional<json> r = h->Read();
    ASSERT_TRUE(r.has_value()) << c.name;
    EXPECT_EQ((*r)["type"], "error") << c.name << ": " << r->dump();
    EXPECT_EQ((*r)["v"], 1) << c.name;
    EXPECT_EQ((*r)["error"]["code"], c.code) << c.name << ": " << r->dump();
    EXPECT_EQ((*r)["id"], c.id) << c.name;
    EXPECT_TRUE((*r)["error"]["message"].is_string()) << c.name;
    EXPECT_EQ(r->dump().find("typing"), std::string::npos) << c.name;
  }
  // Valid surrogate pairs and an escaped backslash before "u" are fine.
  for (const char* ok : {R"({"type":"check","id":1,"mode":"submit","text":"\ud83d\ude00"})",
                         R"({"type":"check","id":2,"mode":"submit","text":"\\ud800"})",
                         R"({"type":"check","id":3,"mode":"submit","text":"x","v":1,"new":[1]})"}) {
    ASSERT_TRUE(h->SendFrame(ok));
    json r = h->Read().value();
    EXPECT_EQ(r["type"], "check") << ok << " -> " << r.dump();
  }
  EXPECT_EQ(h->Call({{"type", "hello"}, {"id", 99}}).value()["type"], "status");
  h->CloseInput();
  EXPECT_EQ(h->Wait(10s), 0);
}

TEST_F(HostTest, OversizedLengthPrefixIsRefusedThenSkipped) {
  auto h = Start();
  const uint32_t too_big = 16u * 1024 * 1024 + 1;
  std::string header(4, '\0');
  std::memcpy(header.data(), &too_big, 4);
  ASSERT_TRUE(h->WriteRaw(header));
  json r = h->Read().value();  // answered before the body is read
  EXPECT_EQ(r["type"], "error");
  EXPECT_EQ(r["error"]["code"], "too_large");
  EXPECT_TRUE(r["id"].is_null());
  ASSERT_TRUE(h->WriteRaw(std::string(too_big, 'x')));
  EXPECT_EQ(h->Call({{"type", "hello"}, {"id", 2}}).value()["type"], "status");

  // Exactly 16 MiB is accepted (unknown fields are ignored).
  std::string body = R"({"type":"hello","id":3,"pad":")";
  body += std::string(16u * 1024 * 1024 - body.size() - 2, 'a');
  body += "\"}";
  ASSERT_EQ(body.size(), 16u * 1024 * 1024);
  ASSERT_TRUE(h->SendFrame(body));
  json st = h->Read(60s).value();
  EXPECT_EQ(st["type"], "status");
  EXPECT_EQ(st["id"], 3);
}

TEST_F(HostTest, OversizedFrameThenEndOfInputExitsZero) {
  auto h = Start();
  const uint32_t huge = 0xFFFFFFFFu;
  std::string header(4, '\0');
  std::memcpy(header.data(), &huge, 4);
  ASSERT_TRUE(h->WriteRaw(header + "some bytes"));
  EXPECT_EQ(h->Read().value()["error"]["code"], "too_large");
  h->CloseInput();
  EXPECT_EQ(h->Wait(10s), 0);
}

TEST_F(HostTest, TruncatedFrameExitsZero) {
  auto h = Start();
  EXPECT_EQ(h->Call({{"type", "hello"}, {"id", 1}}).value()["type"], "status");
  std::string header(4, '\0');
  const uint32_t n = 100;
  std::memcpy(header.data(), &n, 4);
  ASSERT_TRUE(h->WriteRaw(header + R"({"type":"hel)"));
  h->CloseInput();
  EXPECT_EQ(h->Wait(10s), 0);
  EXPECT_TRUE(h->OutputClosed(1000ms));
  EXPECT_NE(ReadAll(dir_ / "host.log").find("truncated frame"), std::string::npos);
}

TEST_F(HostTest, TruncatedLengthPrefixExitsZero) {
  auto h = Start();
  ASSERT_TRUE(h->WriteRaw(std::string("\x05\x00", 2)));
  h->CloseInput();
  EXPECT_EQ(h->Wait(10s), 0);
}

TEST_F(HostTest, RequestsBeforeEndOfInputAreAnswered) {
  auto h = Start();
  std::string batch;
  for (int i = 0; i < 5; ++i) batch += Frame(json({{"type", "hello"}, {"id", i}}).dump());
  ASSERT_TRUE(h->WriteRaw(batch));
  h->CloseInput();
  for (int i = 0; i < 5; ++i) EXPECT_EQ(h->Read().value()["id"], i);
  EXPECT_EQ(h->Wait(10s), 0);
}

// --- origin and configuration --------------------------------------------------

TEST_F(HostTest, ForbiddenOriginGetsOneErrorAndExitStatus3) {
  auto h = Start("chrome-extension://evilevilevilevilevilevilevilevil/");
  json r = h->Read().value();
  EXPECT_EQ(r["type"], "error");
  EXPECT_EQ(r["error"]["code"], "forbidden_origin");
  EXPECT_TRUE(r["id"].is_null());
  EXPECT_EQ(h->Wait(10s), 3);
  EXPECT_TRUE(h->OutputClosed(1000ms));
}

TEST_F(HostTest, OriginMustMatchExactly) {
  // Missing trailing slash: not the same origin.
  auto h = Start(std::string(kOrigin).substr(0, std::strlen(kOrigin) - 1));
  EXPECT_EQ(h->Read().value()["error"]["code"], "forbidden_origin");
  EXPECT_EQ(h->Wait(10s), 3);
}

TEST_F(HostTest, MissingConfigurationIsRefused) {
  auto h = HostProcess::Start(PG_HOST_EXE, {kOrigin},
                              {{"PRIVACY_GUARD_CONFIG", (dir_ / "nope.conf").string()}},
                              (dir_ / "stderr.txt").string());
  ASSERT_NE(h, nullptr);
  json r = h->Read().value();
  EXPECT_EQ(r["type"], "error");
  EXPECT_EQ(r["error"]["code"], "not_configured");
  EXPECT_EQ(h->Wait(10s), 4);
  EXPECT_NE(ReadAll(dir_ / "stderr.txt").find("nope.conf"), std::string::npos);
}

TEST_F(HostTest, BrokenConfigurationIsRefused) {
  WriteAll(dir_ / "host.conf", "allowed_origins: [\n");
  auto h = Start();
  EXPECT_EQ(h->Read().value()["error"]["code"], "not_configured");
  EXPECT_EQ(h->Wait(10s), 4);
}

// --- concurrency and lifetime --------------------------------------------------

TEST_F(HostTest, BurstOfThousandChecksIsAnsweredInOrder) {
  auto h = Start();
  constexpr int kN = 1000;
  std::thread writer([&] {
    std::string batch;
    for (int i = 0; i < kN; ++i) {
      json req = {{"type", "check"}, {"id", i}, {"editor", "ed" + std::to_string(i % 4)},
                  {"mode", i % 100 == 0 ? "submit" : "keystroke"},
                  {"text", "Hej, mit CPR er " + std::string(kCpr) + " og mail " + kEmail +
                               " nr " + std::to_string(i)}};
      batch += Frame(req.dump());
    }
    h->WriteRaw(batch);
  });
  int superseded = 0;
  std::map<std::string, int> last_id_per_editor;
  for (int i = 0; i < kN; ++i) last_id_per_editor["ed" + std::to_string(i % 4)] = i;
  for (int i = 0; i < kN; ++i) {
    std::optional<json> r = h->Read(60s);
    ASSERT_TRUE(r.has_value()) << "reply " << i;
    ASSERT_EQ((*r)["id"], i);
    ASSERT_EQ((*r)["type"], "check");
    if (r->value("superseded", false)) {
      ++superseded;
      EXPECT_NE(i % 100, 0) << "a submit check was dropped";
      EXPECT_NE(last_id_per_editor["ed" + std::to_string(i % 4)], i) << "newest check dropped";
    } else {
      EXPECT_EQ((*r)["decision"], "block");
    }
  }
  writer.join();
  std::printf("[ burst    ] %d of %d keystroke checks superseded\n", superseded, kN);
  h->CloseInput();
  EXPECT_EQ(h->Wait(10s), 0);
}

// The browser closes the port (end of stdin): the host ends by itself, at
// once, with status 0, after writing every reply it owes as whole frames and
// nothing else. "At once" is measured from closing the pipe to the exit and
// bounded by kPrompt, far above the few milliseconds it takes and far below
// kKillAfter, after which a host that ignores end of input is killed (and
// the test fails): a hang can never pass as a slow exit.
TEST_F(HostTest, EndOfInputEndsHostPromptly) {
  constexpr auto kPrompt = 2000ms;
  constexpr auto kKillAfter = 10s;
  std::vector<double> ms;
  for (int run = 0; run < 6; ++run) {
    auto h = Start();
    ASSERT_EQ(h->Call({{"type", "hello"}, {"id", 1}}).value()["type"], "status");
    // Every other run a request is still on its way when the port closes:
    // its reply must come out whole before the host ends.
    const bool in_flight = run % 2 == 1;
    if (in_flight) {
      ASSERT_TRUE(h->Send({{"type", "check"}, {"id", 2}, {"editor", "e"}, {"mode", "submit"},
                           {"text", std::string("CPR ") + kCpr}}));
    }
    const auto t0 = std::chrono::steady_clock::now();
    h->CloseInput();
    const std::optional<int> rc = h->Wait(kKillAfter);
    const auto elapsed = std::chrono::steady_clock::now() - t0;
    ASSERT_TRUE(rc.has_value()) << "the host still runs " << kKillAfter.count()
                                << " s after end of input";
    EXPECT_EQ(*rc, 0);
    EXPECT_LT(elapsed, kPrompt) << "exit took "
                                << std::chrono::duration<double, std::milli>(elapsed).count()
                                << " ms after end of input";
    ms.push_back(std::chrono::duration<double, std::milli>(elapsed).count());

    // What it wrote after the hello reply, read to the end of its stdout.
    const std::optional<std::string> rest = h->ReadToEnd(1000ms);
    ASSERT_TRUE(rest.has_value()) << "stdout still open after the host exited";
    std::string_view bytes = *rest;
    std::vector<json> frames;
    while (bytes.size() >= 4) {
      uint32_t n;
      std::memcpy(&n, bytes.data(), 4);
      if (bytes.size() - 4 < n) break;
      frames.push_back(json::parse(bytes.substr(4, n), nullptr, false));
      bytes.remove_prefix(4 + n);
    }
    EXPECT_TRUE(bytes.empty()) << bytes.size() << " bytes of a partial frame at the end";
    ASSERT_EQ(frames.size(), in_flight ? 1u : 0u) << *rest;
    if (in_flight) {
      EXPECT_EQ(frames[0]["id"], 2);
      EXPECT_EQ(frames[0]["decision"], "block");
    }
  }
  std::sort(ms.begin(), ms.end());
  std::printf("[ eof      ] exit after EOF: median %.1f ms, max %.1f ms\n", ms[ms.size() / 2],
              ms.back());
}

// --- policy management (issue 7) ------------------------------------------------

TEST_F(HostTest, PolicyChangeIsPickedUpWithoutRestart) {
  UseCentralPolicy("t-1");
  auto h = Start();
  json st = h->Call({{"type", "hello"}, {"id", 1}}).value();
  EXPECT_EQ(st["policy"]["version"], "t-1");
  EXPECT_EQ(st["policy"]["source"], central().string());
  WriteAll(central(), DefaultPolicyWithVersion("t-2"));
  WaitForStatus(*h, [](const json& s) { return s["policy"]["version"] == "t-2"; });
  json c = Check(*h, 2, std::string("CPR ") + kCpr, "submit");
  EXPECT_EQ(c["policy_version"], "t-2");
  EXPECT_EQ(c["decision"], "block");
  EXPECT_EQ(AuditLines().back()["policy_version"], "t-2");
}

TEST_F(HostTest, BrokenPolicyUpdateKeepsLastGoodAndReportsDegraded) {
  UseCentralPolicy("t-1");
  auto h = Start();
  EXPECT_EQ(h->Call({{"type", "hello"}, {"id", 1}}).value()["health"], "ok");
  WriteAll(central(), "version: \"t-2\"\ncategories { cpr { action: NOPE } }\n");
  json st = WaitForStatus(*h, [](const json& s) { return s["health"] == "degraded"; });
  EXPECT_EQ(st["policy"]["version"], "t-1");
  ASSERT_TRUE(st["policy"]["last_error"].is_string());
  EXPECT_NE(st["policy"]["last_error"].get<std::string>().find("policy.textproto:2"),
            std::string::npos)
      << st["policy"]["last_error"];
  EXPECT_EQ(Check(*h, 2, std::string("CPR ") + kCpr)["decision"], "block");
  EXPECT_NE(ReadAll(dir_ / "host.log").find("update refused"), std::string::npos);

  // A missing data file is refused as well.
  std::string p = DefaultPolicyWithVersion("t-3");
  const size_t at = p.find("surnames: \"");
  ASSERT_NE(at, std::string::npos);
  p.replace(at, p.find('\n', at) - at, "surnames: \"no-such-file.txt\"");
  WriteAll(central(), p);
  st = WaitForStatus(*h, [](const json& s) {
    return s["policy"]["last_error"].is_string() &&
           s["policy"]["last_error"].get<std::string>().find("no-such-file") != std::string::npos;
  });
  EXPECT_EQ(st["policy"]["version"], "t-1");

  WriteAll(central(), DefaultPolicyWithVersion("t-4"));
  st = WaitForStatus(*h, [](const json& s) { return s["policy"]["version"] == "t-4"; });
  EXPECT_EQ(st["health"], "ok");
  EXPECT_TRUE(st["policy"]["last_error"].is_null());
}

TEST_F(HostTest, SignedPolicyUpdatesMustVerify) {
  KeyPair good, evil;
  UseCentralPolicy("s-1", good.ConfigLine());
  WriteAll(central_sig(), good.Sign(ReadAll(central())));
  auto h = Start();
  json st = h->Call({{"type", "hello"}, {"id", 1}}).value();
  EXPECT_EQ(st["policy"]["version"], "s-1");
  EXPECT_EQ(st["health"], "ok");

  // Signed with another key: refused.
  const std::string p2 = DefaultPolicyWithVersion("s-2");
  WriteAll(central_sig(), evil.Sign(p2));
  WriteAll(central(), p2);
  st = WaitForStatus(*h, [](const json& s) { return s["health"] == "degraded"; });
  EXPECT_EQ(st["policy"]["version"], "s-1");
  EXPECT_NE(st["policy"]["last_error"].get<std::string>().find("signature"), std::string::npos);

  // Unsigned: refused.
  fs::remove(central_sig());
  st = WaitForStatus(*h, [](const json& s) {
    return s["policy"]["last_error"].is_string() &&
           s["policy"]["last_error"].get<std::string>().find("unsigned") != std::string::npos;
  });
  EXPECT_EQ(st["policy"]["version"], "s-1");

  // Correctly signed: accepted.
  const std::string p3 = DefaultPolicyWithVersion("s-3");
  WriteAll(central_sig(), good.Sign(p3));
  WriteAll(central(), p3);
  st = WaitForStatus(*h, [](const json& s) { return s["policy"]["version"] == "s-3"; });
  EXPECT_EQ(st["health"], "ok");
}

// A replayed signature: the valid .sig of an earlier policy, next to a new
// policy file. The host must go from healthy to refusing exactly this
// update: it stays on the last good version, reports degraded with the
// signature as the reason, keeps serving with the last good policy, and
// then accepts the correctly signed update.
TEST_F(HostTest, ReplayedSignatureOfAnOlderPolicyIsRefused) {
  KeyPair key;
  UseCentralPolicy("r-1", key.ConfigLine());
  const std::string sig1 = key.Sign(ReadAll(central()));
  WriteAll(central_sig(), sig1);
  auto h = Start();
  EXPECT_EQ(h->Call({{"type", "hello"}, {"id", 1}}).value()["policy"]["version"], "r-1");

  // A correctly signed update first, so that the last good policy is not
  // the one the replayed signature belongs to, and the host is healthy.
  const std::string p2 = DefaultPolicyWithVersion("r-2");
  WriteAll(central_sig(), key.Sign(p2));
  WriteAll(central(), p2);
  json st = WaitForStatus(*h, [](const json& s) { return s["policy"]["version"] == "r-2"; });
  ASSERT_EQ(st["health"], "ok");
  ASSERT_TRUE(st["policy"]["last_error"].is_null()) << st.dump();

  // The replay: r-1's valid signature next to a new policy r-3 that
  // switches CPR detection off.
  std::string p3 = DefaultPolicyWithVersion("r-3");
  const size_t cpr = p3.find("cpr ");
  ASSERT_NE(cpr, std::string::npos);
  const size_t action = p3.find("action: BLOCK", cpr);
  ASSERT_NE(action, std::string::npos);
  p3.replace(action, std::strlen("action: BLOCK"), "action: OFF");
  ASSERT_NE(p3, DefaultPolicyWithVersion("r-3"));
  WriteAll(central(), p3);
  WriteAll(central_sig(), sig1);
  st = WaitForStatus(*h, [](const json& s) { return s["health"] == "degraded"; });
  EXPECT_EQ(st["policy"]["version"], "r-2");
  ASSERT_TRUE(st["policy"]["last_error"].is_string()) << st.dump();
  const std::string reason = st["policy"]["last_error"];
  EXPECT_NE(reason.find("policy.textproto.sig"), std::string::npos) << reason;
  EXPECT_NE(reason.find("signature"), std::string::npos) << reason;
  // Still refused once the poller has certainly seen both files (two more
  // poll intervals), and requests are served with r-2: CPR still blocks.
  std::this_thread::sleep_for(2500ms);
  st = h->Call({{"type", "status"}, {"id", 2}}).value();
  EXPECT_EQ(st["policy"]["version"], "r-2");
  EXPECT_EQ(st["health"], "degraded");
  json c = Check(*h, 3, std::string("CPR ") + kCpr, "submit");
  EXPECT_EQ(c["policy_version"], "r-2");
  EXPECT_EQ(c["decision"], "block");
  EXPECT_NE(ReadAll(dir_ / "host.log").find("update refused"), std::string::npos);

  // The same policy, now correctly signed: accepted, healthy again.
  WriteAll(central_sig(), key.Sign(p3));
  st = WaitForStatus(*h, [](const json& s) { return s["policy"]["version"] == "r-3"; });
  EXPECT_EQ(st["health"], "ok");
  EXPECT_TRUE(st["policy"]["last_error"].is_null()) << st.dump();
  EXPECT_EQ(Check(*h, 4, std::string("CPR ") + kCpr, "submit")["decision"], "allow");
}

TEST_F(HostTest, UnsignedPolicyAtStartFallsBackToBuiltInDefault) {
  KeyPair good;
  UseCentralPolicy("u-1", good.ConfigLine());
  auto h = Start();
  json st = h->Call({{"type", "hello"}, {"id", 1}}).value();
  EXPECT_EQ(st["health"], "degraded");
  EXPECT_NE(st["policy"]["version"], "u-1");
  EXPECT_NE(st["policy"]["source"], central().string());
  EXPECT_NE(st["policy"]["last_error"].get<std::string>().find("unsigned"), std::string::npos);
  EXPECT_EQ(Check(*h, 2, std::string("CPR ") + kCpr)["decision"], "block");
}

TEST_F(HostTest, UnreachableCentralPolicyIsServedFromCache) {
  const fs::path share = UseSignedShare(KeyPair(), "c-1");
  {
    auto h = Start();
    json st = h->Call({{"type", "hello"}, {"id", 1}}).value();
    EXPECT_EQ(st["policy"]["version"], "c-1");
    EXPECT_EQ(st["policy"]["from_cache"], false);
    EXPECT_EQ(st["data"]["first_names"], 3);
  }
  ASSERT_TRUE(fs::exists(dir_ / "cache" / "current"));
  fs::rename(share, dir_ / "share-offline");  // the share is unreachable

  auto h = Start();
  json st = h->Call({{"type", "hello"}, {"id", 1}}).value();
  EXPECT_EQ(st["policy"]["version"], "c-1");
  EXPECT_EQ(st["policy"]["from_cache"], true);
  EXPECT_EQ(st["health"], "ok");
  EXPECT_TRUE(st["policy"]["last_error"].is_string());
  EXPECT_EQ(st["data"]["first_names"], 3);
  EXPECT_EQ(st["data"]["surnames"], 2);
  EXPECT_EQ(st["data"]["business_terms"], 1);
  json c = Check(*h, 2, std::string("CPR ") + kCpr + " om Projekt Ravn");
  EXPECT_EQ(c["decision"], "block");
  EXPECT_EQ(c["policy_version"], "c-1");
  EXPECT_EQ(c["counts"]["business_term"], 1);
}

TEST_F(HostTest, TamperedCacheIsRefused) {
  const fs::path share = UseSignedShare(KeyPair(), "c-1");
  Start()->Call({{"type", "hello"}, {"id", 1}});
  fs::remove_all(share);
  // The user edits the cached copy to switch CPR detection off.
  for (const auto& e : fs::directory_iterator(dir_ / "cache")) {
    if (e.is_directory()) {
      WriteAll(e.path() / "policy", "version: \"evil\"\ncategories { cpr { action: OFF } }\n");
    }
  }
  auto h = Start();
  json st = h->Call({{"type", "hello"}, {"id", 1}}).value();
  EXPECT_NE(st["policy"]["version"], "evil");
  EXPECT_EQ(st["health"], "degraded");
  EXPECT_EQ(Check(*h, 2, std::string("CPR ") + kCpr)["decision"], "block");
}

// --- privacy: canaries never reach disk or stderr -------------------------------

TEST_F(HostTest, CanaryNeverLeaksToDiskOrStderr) {
  const std::string canary = "CANARY-7f3a9c51e2d84b06";
  const std::string name = "Mette Kristoffersen-Qvist";
  const std::string text = "Hej " + name + " " + canary + ", CPR " + kCpr + ", mail " + kEmail;
  const std::vector<std::string> secrets = {canary, kCpr, "0101901239", kEmail, name};
  UseCentralPolicy("k-1");
  auto h = Start();

  std::vector<std::string> replies;
  auto call_raw = [&](const std::string& body) {
    ASSERT_TRUE(h->SendFrame(body));
    std::optional<std::string> r = h->ReadFrame();
    ASSERT_TRUE(r.has_value());
    replies.push_back(*r);
  };
  auto call = [&](json req) { call_raw(req.dump()); };
  call({{"type", "hello"}, {"id", 1}});
  call({{"type", "check"}, {"id", 2}, {"editor", "e"}, {"mode", "keystroke"}, {"text", text}});
  call({{"type", "check"}, {"id", 3}, {"editor", "e"}, {"mode", "submit"}, {"text", text},
        {"site", "copilot.microsoft.com"}});
  call({{"type", "check"}, {"id", 4}, {"editor", "e"}, {"mode", "submit"}, {"text", text},
        {"site", "chatgpt.com"}});
  call({{"type", "ack"}, {"id", 5}, {"text", text}});
  call({{"type", "ack"}, {"id", 6}, {"text", canary + " " + kEmail}});
  call({{"type", "attach"}, {"id", 7}, {"site", "copilot.microsoft.com"}, {"composer", "none"}});
  // A restore carries a count only; fields it does not know are not kept.
  call({{"type", "restore"}, {"id", 17}, {"count", 2}, {"site", "copilot.microsoft.com"},
        {"value", name}, {"text", text}});
  call({{"type", "restore"}, {"id", 18}, {"count", canary}, {"text", text}});
  // Error paths carrying the text.
  call({{"type", "check"}, {"id", 8}, {"mode", canary}, {"text", text}});
  call({{"type", canary}, {"id", 9}, {"text", text}});
  call({{"type", "check"}, {"id", 10}, {"mode", "submit"}, {"text", text}, {"v", 7}});
  call_raw(R"({"type":"check","id":11,"mode":"submit","text":")" + text + "\xff\"}");
  call_raw(R"({"type":"check","id":12,"mode":"submit","text":")" + text + R"(\ud800"})");
  call_raw(R"({"type":"check","id":13,"mode":"submit","text":")" + text + "\"");  // bad json
  call({{"type", "status"}, {"id", 14}});
  // Redact: the reply keeps the non-finding text, but never the findings.
  ASSERT_TRUE(h->Send({{"type", "redact"}, {"id", 15}, {"text", text}}));
  const std::string redacted = h->ReadFrame().value();
  EXPECT_NE(redacted.find(canary), std::string::npos);
  for (const std::string& s : {std::string(kCpr), std::string(kEmail)}) {
    EXPECT_EQ(redacted.find(s), std::string::npos) << s;
  }
  // A policy reload in between (logged) must not log text either.
  WriteAll(central(), DefaultPolicyWithVersion("k-2"));
  WaitForStatus(*h, [](const json& s) { return s["policy"]["version"] == "k-2"; });
  call({{"type", "check"}, {"id", 16}, {"editor", "e"}, {"mode", "submit"}, {"text", text}});
  h->CloseInput();
  ASSERT_EQ(h->Wait(10s), 0);

  for (size_t i = 0; i < replies.size(); ++i) {
    for (const std::string& s : secrets) {
      EXPECT_EQ(replies[i].find(s), std::string::npos)
          << "reply " << i << " contains '" << s << "': " << replies[i];
    }
  }
  // Every file the host wrote (audit log, key, diagnostic log, stderr, cache).
  EXPECT_FALSE(AuditLines().empty());
  EXPECT_TRUE(fs::exists(dir_ / "host.log"));
  EXPECT_TRUE(fs::exists(dir_ / "stderr.txt"));
  int files = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir_)) {
    if (!e.is_regular_file()) continue;
    ++files;
    const std::string content = ReadAll(e.path());
    for (const std::string& s : secrets) {
      EXPECT_EQ(content.find(s), std::string::npos) << e.path() << " contains '" << s << "'";
    }
  }
  EXPECT_GE(files, 5);
}

}  // namespace
}  // namespace privacy_guard::testing
