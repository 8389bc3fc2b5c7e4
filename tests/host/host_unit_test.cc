// Unit tests of the native-messaging host's layers, in process: framing,
// UTF-8 checks, request parsing, reply limits, the superseding queue, the
// audit log, policy signing and config lookup (the policy manager:
// policy_manager_test.cc).
#include <sodium.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <atomic>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "host/audit_log.h"
#include "host/diag_log.h"
#include "host/frame_io.h"
#include "host/host_config.h"
#include "platform/platform.h"
#include "host/policy_manager.h"
#include "host/policy_signing.h"
#include "host/protocol.h"
#include "host/request_queue.h"
#include "host/session.h"
#include "host/utf8.h"
#include "privacy_guard/config.h"
#include "host_test_files.h"

namespace privacy_guard::host {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

using privacy_guard::testing::Frame;
using privacy_guard::testing::KeyPair;
using privacy_guard::testing::ReadAll;
using privacy_guard::testing::TempDir;
using privacy_guard::testing::WriteAll;

// --- framing ------------------------------------------------------------------

TEST(FrameReader, ReadsFramesThenEof) {
  const std::string input = Frame("{}") + Frame("") + Frame("æøå");
  MemorySource src(input);
  FrameReader reader(&src);
  std::string body;
  EXPECT_EQ(reader.Next(&body).status, FrameReader::kFrame);
  EXPECT_EQ(body, "{}");
  EXPECT_EQ(reader.Next(&body).status, FrameReader::kFrame);
  EXPECT_EQ(body, "");
  EXPECT_EQ(reader.Next(&body).status, FrameReader::kFrame);
  EXPECT_EQ(body, "æøå");
  EXPECT_EQ(reader.Next(&body).status, FrameReader::kEof);
  EXPECT_EQ(reader.Next(&body).status, FrameReader::kEof);
}

TEST(FrameReader, TruncatedPrefixAndBody) {
  {
    MemorySource src(std::string_view("\x02\x00", 2));
    FrameReader reader(&src);
    std::string body;
    EXPECT_EQ(reader.Next(&body).status, FrameReader::kTruncated);
  }
  {
    const std::string input = Frame("hello").substr(0, 7);
    MemorySource src(input);
    FrameReader reader(&src);
    std::string body;
    EXPECT_EQ(reader.Next(&body).status, FrameReader::kTruncated);
    EXPECT_TRUE(body.empty());
  }
}

TEST(FrameReader, TooLargeIsReportedWithoutAllocatingAndCanBeSkipped) {
  std::string input(4, '\0');
  const uint32_t n = 11;
  std::memcpy(input.data(), &n, 4);
  input += std::string(11, 'x') + Frame("next");
  MemorySource src(input);
  FrameReader reader(&src, /*max_bytes=*/10);
  std::string body;
  FrameReader::Result r = reader.Next(&body);
  EXPECT_EQ(r.status, FrameReader::kTooLarge);
  EXPECT_EQ(r.length, 11u);
  EXPECT_TRUE(reader.Discard(r.length));
  EXPECT_EQ(reader.Next(&body).status, FrameReader::kFrame);
  EXPECT_EQ(body, "next");
  EXPECT_FALSE(reader.Discard(1));  // input ended
}

TEST(FrameReader, ByteAtATimeSource) {
  class Trickle : public ByteSource {
   public:
    explicit Trickle(std::string s) : s_(std::move(s)) {}
    size_t Read(char* buf, size_t n) override {
      if (pos_ >= s_.size() || n == 0) return 0;
      *buf = s_[pos_++];
      return 1;
    }

   private:
    std::string s_;
    size_t pos_ = 0;
  };
  Trickle src(Frame("abc") + Frame("defg"));
  FrameReader reader(&src);
  std::string body;
  ASSERT_EQ(reader.Next(&body).status, FrameReader::kFrame);
  EXPECT_EQ(body, "abc");
  ASSERT_EQ(reader.Next(&body).status, FrameReader::kFrame);
  EXPECT_EQ(body, "defg");
}

TEST(FrameWriter, WritesNativeOrderPrefixAndRefusesOversized) {
  StringSink sink;
  FrameWriter w(&sink);
  EXPECT_TRUE(w.Write("{\"a\":1}"));
  EXPECT_EQ(sink.out, Frame("{\"a\":1}"));
  EXPECT_FALSE(w.Write(std::string(kMaxReplyBytes, 'x')));
  EXPECT_EQ(sink.out, Frame("{\"a\":1}"));  // nothing written
}

// --- UTF-8 ------------------------------------------------------------------------

TEST(Utf8, ValidAndInvalidSequences) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("æøå ÆØÅ é € 😀 \xf4\x8f\xbf\xbf"));
  size_t at = 0;
  EXPECT_FALSE(IsValidUtf8("ab\xff", &at));
  EXPECT_EQ(at, 2u);
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xe0\x80\xaf"));      // overlong
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));      // U+D800
  EXPECT_FALSE(IsValidUtf8("\xed\xbf\xbf"));      // U+DFFF
  EXPECT_FALSE(IsValidUtf8("\xf4\x90\x80\x80"));  // > U+10FFFF
  EXPECT_FALSE(IsValidUtf8("\xf5\x80\x80\x80"));
  EXPECT_FALSE(IsValidUtf8("\xe2\x82"));          // truncated
  EXPECT_FALSE(IsValidUtf8("\x80"));              // stray continuation
  EXPECT_FALSE(IsValidUtf8("\xc3("));
  EXPECT_TRUE(IsValidUtf8(std::string_view("a\0b", 3)));  // NUL is valid UTF-8
}

TEST(Utf8, LoneSurrogateEscapes) {
  EXPECT_TRUE(HasNoLoneSurrogateEscapes(R"({"t":"\ud83d\ude00"})"));
  EXPECT_TRUE(HasNoLoneSurrogateEscapes(R"({"t":"\u00e6\\ud800"})"));
  EXPECT_FALSE(HasNoLoneSurrogateEscapes(R"({"t":"\"\ud800"})"));
  EXPECT_FALSE(HasNoLoneSurrogateEscapes(R"({"t":"\ud800"})"));
  EXPECT_FALSE(HasNoLoneSurrogateEscapes(R"({"t":"\uDBFF"})"));
  EXPECT_FALSE(HasNoLoneSurrogateEscapes(R"({"t":"\udc00"})"));
  EXPECT_FALSE(HasNoLoneSurrogateEscapes(R"({"t":"\ud800\u0041"})"));
  EXPECT_FALSE(HasNoLoneSurrogateEscapes(R"({"t":"\ud800\ud800"})"));
  EXPECT_FALSE(HasNoLoneSurrogateEscapes(R"({"t":"\ud800)"));  // at the very end
  EXPECT_FALSE(HasNoLoneSurrogateEscapes(R"({"\ud800":1})"));
  // Outside strings, and malformed escapes, are left to the JSON parser.
  EXPECT_TRUE(HasNoLoneSurrogateEscapes(R"(\ud800)"));
  EXPECT_TRUE(HasNoLoneSurrogateEscapes(R"({"t":"\u12"})"));
  EXPECT_TRUE(HasNoLoneSurrogateEscapes(R"({"t":"\)"));
}

// --- request parsing ---------------------------------------------------------------

ErrorCode CodeOf(std::string_view frame) {
  auto r = ParseRequest(frame);
  if (std::holds_alternative<Request>(r)) return static_cast<ErrorCode>(-1);
  return std::get<ProtocolError>(r).code;
}

TEST(ParseRequest, ValidRequests) {
  auto r = ParseRequest(
      R"({"type":"check","id":"a","editor":"tab3","mode":"submit","text":"hej","site":"x.dk","extra":{}})");
  ASSERT_TRUE(std::holds_alternative<Request>(r));
  const Request& q = std::get<Request>(r);
  EXPECT_EQ(q.type, RequestType::kCheck);
  EXPECT_EQ(q.id, "a");
  EXPECT_EQ(q.mode, CheckMode::kSubmit);
  EXPECT_TRUE(q.has_editor);
  EXPECT_EQ(q.editor, "tab3");
  EXPECT_EQ(q.text, "hej");
  EXPECT_EQ(q.site, "x.dk");

  auto a = ParseRequest(R"({"type":"attach","id":2,"site":"a","composer":"none","v":1})");
  ASSERT_TRUE(std::holds_alternative<Request>(a));
  EXPECT_EQ(std::get<Request>(a).composer, "none");
  auto nr = ParseRequest(R"({"type":"check","id":3,"mode":"keystroke","text":""})");
  ASSERT_TRUE(std::holds_alternative<Request>(nr));
  EXPECT_FALSE(std::get<Request>(nr).has_editor);
  auto rs = ParseRequest(R"({"type":"restore","id":4,"count":3,"site":"a.dk"})");
  ASSERT_TRUE(std::holds_alternative<Request>(rs));
  EXPECT_EQ(std::get<Request>(rs).type, RequestType::kRestore);
  EXPECT_EQ(std::get<Request>(rs).count, 3u);
  EXPECT_EQ(std::get<Request>(rs).site, "a.dk");
  auto rmax = ParseRequest(R"({"type":"restore","id":5,"count":100000})");
  ASSERT_TRUE(std::holds_alternative<Request>(rmax));
  EXPECT_EQ(std::get<Request>(rmax).count, kMaxRestoreCount);
}

TEST(ParseRequest, RestoreTakesACountOnly) {
  EXPECT_EQ(CodeOf(R"({"type":"restore","id":1})"), ErrorCode::kBadRequest);
  EXPECT_EQ(CodeOf(R"({"type":"restore","id":1,"count":0})"), ErrorCode::kBadRequest);
  EXPECT_EQ(CodeOf(R"({"type":"restore","id":1,"count":-2})"), ErrorCode::kBadRequest);
  EXPECT_EQ(CodeOf(R"({"type":"restore","id":1,"count":1.5})"), ErrorCode::kBadRequest);
  EXPECT_EQ(CodeOf(R"({"type":"restore","id":1,"count":"2"})"), ErrorCode::kBadRequest);
  EXPECT_EQ(CodeOf(R"({"type":"restore","id":1,"count":100001})"), ErrorCode::kBadRequest);
  EXPECT_EQ(CodeOf(R"({"type":"restore","id":1,"count":18446744073709551615})"),
            ErrorCode::kBadRequest);
  EXPECT_EQ(CodeOf(R"({"type":"restore","id":1,"count":1,"site":7})"), ErrorCode::kBadRequest);
}

TEST(ParseRequest, ErrorCodes) {
  EXPECT_EQ(CodeOf("{"), ErrorCode::kBadJson);
  EXPECT_EQ(CodeOf("[]"), ErrorCode::kBadJson);
  EXPECT_EQ(CodeOf("null"), ErrorCode::kBadJson);
  EXPECT_EQ(CodeOf(R"({"type":"hello"})"), ErrorCode::kBadRequest);
  EXPECT_EQ(CodeOf(R"({"type":"hello","id":null})"), ErrorCode::kBadRequest);
  EXPECT_EQ(CodeOf(R"({"type":"hello","id":1,"v":2})"), ErrorCode::kUnsupportedVersion);
  EXPECT_EQ(CodeOf(R"({"type":"hello","id":1,"v":18446744073709551615})"),
            ErrorCode::kUnsupportedVersion);
  EXPECT_EQ(CodeOf(R"({"type":"hello","id":1,"v":1.5})"), ErrorCode::kBadRequest);
  EXPECT_EQ(CodeOf(R"({"type":"bye","id":1})"), ErrorCode::kUnknownType);
  EXPECT_EQ(CodeOf(R"({"type":"redact","id":1})"), ErrorCode::kBadRequest);
  EXPECT_EQ(CodeOf(R"({"type":"redact","id":1,"text":null})"), ErrorCode::kBadRequest);
  EXPECT_EQ(CodeOf(R"({"type":"ack","id":1,"text":"x","site":")" + std::string(254, 'a') + "\"}"),
            ErrorCode::kBadRequest);
  EXPECT_EQ(CodeOf(R"({"type":"ack","id":1,"text":"x","site":")" + std::string(253, 'a') + "\"}"),
            static_cast<ErrorCode>(-1));
  EXPECT_EQ(CodeOf("{\"type\":\"hello\",\"id\":1,\"x\":\"\xff\"}"), ErrorCode::kInvalidUtf8);
  EXPECT_EQ(CodeOf(R"({"type":"hello","id":1,"x":"\udfff"})"), ErrorCode::kInvalidUtf8);
  // The id is echoed in errors once it could be read.
  auto e = std::get<ProtocolError>(ParseRequest(R"({"type":"bye","id":"q"})"));
  EXPECT_EQ(e.id, "q");
  const std::string reply = ErrorReply(e);
  EXPECT_EQ(json::parse(reply),
            json::parse(R"({"type":"error","id":"q","v":1,"error":{"code":"unknown_type",
                             "message":"unknown message type"}})"));
}

TEST(ParseRequest, DeepNestingDoesNotCrash) {
  std::string deep = R"({"type":"hello","id":1,"x":)" + std::string(100000, '[') +
                     std::string(100000, ']') + "}";
  EXPECT_TRUE(std::holds_alternative<Request>(ParseRequest(deep)));
}

// --- replies ------------------------------------------------------------------------

std::shared_ptr<const Engine> DefaultEngine() {
  static std::shared_ptr<const Engine> engine = [] {
    LoadedPolicy loaded;
    std::string error;
    EXPECT_TRUE(LoadPolicyWithData(std::string(PG_SOURCE_DIR) + "/rules/default.policy", {},
                                   &loaded, &error))
        << error;
    auto e = BuildEngine(loaded, &error);
    EXPECT_NE(e, nullptr) << error;
    return e;
  }();
  return engine;
}

ScanResult ManyFindings(size_t n) {
  ScanResult r;
  r.decision = Decision::kBlock;
  for (size_t i = 0; i < n; ++i) {
    Finding f{};
    f.category = Category::kCpr;
    f.confidence = Confidence::kHigh;
    f.action = Action::kBlock;
    f.start = static_cast<uint32_t>(i * 20);
    f.end = f.start + 11;
    f.masked = "010190-XXXX";
    r.findings.push_back(f);
  }
  r.counts[static_cast<size_t>(Category::kCpr)] = static_cast<uint32_t>(n);
  return r;
}

TEST(CheckReply, TruncatesFindingsToStayUnderOneMebibyte) {
  auto engine = DefaultEngine();
  ASSERT_NE(engine, nullptr);
  const std::string small = CheckReply(7, *engine, ManyFindings(3));
  json s = json::parse(small);
  EXPECT_EQ(s["findings"].size(), 3u);
  EXPECT_EQ(s["truncated"], false);

  const std::string big = CheckReply(7, *engine, ManyFindings(50000));
  EXPECT_LT(big.size(), kMaxReplyBytes);
  json b = json::parse(big);
  EXPECT_EQ(b["truncated"], true);
  EXPECT_EQ(b["counts"]["cpr"], 50000);
  const size_t fit = b["findings"].size();
  EXPECT_GT(fit, 100u);
  // Right at the boundary: fit findings exactly, and one more.
  for (size_t n : {fit - 1, fit, fit + 1, fit + 2}) {
    const std::string out = CheckReply(7, *engine, ManyFindings(n));
    EXPECT_LT(out.size(), kMaxReplyBytes) << n;
    json j = json::parse(out);
    EXPECT_EQ(j["truncated"], n > fit) << n;
    EXPECT_EQ(j["findings"].size(), std::min(n, fit)) << n;
  }
}

// The check reply as CheckReply wrote it before it was written finding by
// finding: one nlohmann::json value, serialised whole, with the findings
// that fit under kMaxReplyBytes.
std::string ReferenceCheckReply(const json& id, const Engine& engine, const ScanResult& result) {
  json j = {{"type", "check"}, {"id", id}, {"v", kProtocolVersion}};
  j["decision"] = DecisionName(result.decision);
  j["policy_version"] = engine.policy_version();
  j["findings"] = json::array();
  j["counts"] = CountsJson(result);
  j["truncated"] = false;
  size_t size = DumpJson(j).size();
  json findings = json::array();
  bool truncated = false;
  for (const Finding& f : result.findings) {
    const CategoryRuleView& rule = engine.rule(f.category);
    json fj = {{"category", CategoryId(f.category)}, {"start", f.start},
               {"end", f.end}, {"confidence", ConfidenceName(f.confidence)},
               {"action", ActionName(f.action)}, {"preview", f.masked},
               {"label", LocalizedJson(rule.label)}, {"why", LocalizedJson(rule.why)}};
    const size_t add = DumpJson(fj).size() + (findings.empty() ? 0 : 1);
    if (size + add >= kMaxReplyBytes) {
      truncated = true;
      break;
    }
    size += add;
    findings.push_back(std::move(fj));
  }
  j["findings"] = std::move(findings);
  j["truncated"] = truncated;
  return DumpJson(j);
}

TEST(CheckReplyWriter, WritesTheBytesOfTheWholeReply) {
  auto engine = DefaultEngine();
  ASSERT_NE(engine, nullptr);
  std::string many;
  while (many.size() < 400 * 1024) {  // findings for more than 1 MiB of reply
    many += "S\xC3\xB8ren \xC3\x86" "blegaard, CPR 010190-1234, s\xC3\xB8ren@example.dk, \"tlf.\" 20 30 40 50\n";
  }
  const std::vector<std::string> texts = {
      "", "Hej", "Peter Hansen, CPR 010190-1234", "J\xC3\xB8rgen \xC3\x98stergaard bor p\xC3\xA5 \xC3\x85vej 3, 8000 Aarhus C",
      many};
  for (const json& id : {json(7), json("a\"\xC3\xA6"), json(nullptr)}) {
    for (Action floor : {Action::kOff, Action::kAudit, Action::kWarn, Action::kBlock}) {
      for (const std::string& text : texts) {
        ScanResult want = engine->Scan(text);
        ASSERT_TRUE(want.ok) << want.error << ", " << text.size();
        for (Finding& f : want.findings) f.action = std::max(f.action, floor);
        want.decision = DecisionWithFloor(want.decision, want.findings.size(), floor);
        CheckReplyWriter writer(id, *engine, floor);
        const ScanResult got = engine->Scan(text, Engine::ScanOptions{}, &writer);
        ASSERT_TRUE(got.ok);
        EXPECT_TRUE(got.findings.empty());
        const std::string reply = writer.Finish();
        EXPECT_EQ(reply, ReferenceCheckReply(id, *engine, want))
            << id.dump() << ", floor " << ActionName(floor) << ", " << text.size() << " bytes";
        if (floor == Action::kOff) {
          EXPECT_EQ(CheckReply(id, *engine, want), ReferenceCheckReply(id, *engine, want));
        }
        if (text.size() == many.size()) {
          EXPECT_TRUE(json::parse(reply)["truncated"].get<bool>());
        }
      }
    }
  }
}

TEST(RedactReply, RefusesOversizedReplies) {
  RedactResult r;
  r.text = std::string(kMaxReplyBytes - 20, 'a');
  EXPECT_FALSE(RedactReply(1, r, Decision::kAllow).has_value());
  r.text = "kort";
  std::optional<std::string> ok = RedactReply(1, r, Decision::kAllow);
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(json::parse(*ok)["text"], "kort");
  // Escaping can push a text under the limit over it.
  r.text = std::string(kMaxReplyBytes / 2, '"');
  EXPECT_FALSE(RedactReply(1, r, Decision::kAllow).has_value());
}

// --- superseding queue ------------------------------------------------------------------

Request CheckReq(int id, const std::string& editor, CheckMode mode, bool has_editor = true) {
  Request r;
  r.type = RequestType::kCheck;
  r.id = id;
  r.mode = mode;
  r.editor = editor;
  r.has_editor = has_editor;
  return r;
}

TEST(RequestQueue, OlderKeystrokeChecksAreSuperseded) {
  RequestQueue q;
  q.Push(CheckReq(1, "a", CheckMode::kKeystroke));
  q.Push(CheckReq(2, "a", CheckMode::kKeystroke));
  q.Push(CheckReq(3, "a", CheckMode::kSubmit));
  q.Push(CheckReq(4, "b", CheckMode::kKeystroke));
  q.Push(ProtocolError{ErrorCode::kBadJson, "x", nullptr});
  q.Push(CheckReq(5, "a", CheckMode::kKeystroke));
  q.Push(CheckReq(6, "", CheckMode::kKeystroke, /*has_editor=*/false));
  q.Push(CheckReq(7, "", CheckMode::kKeystroke, /*has_editor=*/false));
  q.Close();
  std::vector<std::pair<json, bool>> got;
  QueueItem item;
  while (q.Pop(&item)) {
    json id = std::holds_alternative<Request>(item.payload)
                  ? std::get<Request>(item.payload).id
                  : json("error");
    got.emplace_back(id, item.superseded);
  }
  const std::vector<std::pair<json, bool>> want = {
      {1, true}, {2, true}, {3, false}, {4, false}, {"error", false},
      {5, false}, {6, false}, {7, false}};
  EXPECT_EQ(got, want);
  EXPECT_FALSE(q.Push(CheckReq(8, "a", CheckMode::kKeystroke)));  // closed
}

TEST(RequestQueue, CheckPoppedBeforeNewerArrivesIsNotSuperseded) {
  RequestQueue q;
  QueueItem item;
  q.Push(CheckReq(1, "a", CheckMode::kKeystroke));
  ASSERT_TRUE(q.Pop(&item));
  EXPECT_FALSE(item.superseded);
  q.Push(CheckReq(2, "a", CheckMode::kKeystroke));
  ASSERT_TRUE(q.Pop(&item));
  EXPECT_FALSE(item.superseded);
}

TEST(RequestQueue, PushBlocksWhenFullUntilPopped) {
  RequestQueue q(/*max_queued_bytes=*/1000);
  Request big = CheckReq(1, "a", CheckMode::kSubmit);
  big.text = std::string(900, 'x');
  ASSERT_TRUE(q.Push(big));
  std::atomic<bool> pushed{false};
  std::thread t([&] {
    Request second = big;
    second.id = 2;
    q.Push(second);
    pushed = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_FALSE(pushed.load());
  QueueItem item;
  ASSERT_TRUE(q.Pop(&item));
  t.join();
  EXPECT_TRUE(pushed.load());
}

// --- site rules --------------------------------------------------------------------------

TEST(Session, UnapprovedSitesRaiseActions) {
  config::Policy policy;
  policy.mutable_sites()->add_unapproved_hosts("ChatGPT.com");
  ScanResult r;
  Finding f{};
  f.category = Category::kEmail;
  f.action = Action::kWarn;
  r.findings.push_back(f);
  f.category = Category::kHealth;
  f.action = Action::kAudit;
  r.findings.push_back(f);
  r.decision = Decision::kWarn;
  ScanResult approved = r;
  Session::ApplySiteRules(policy, "copilot.microsoft.com", &approved);
  EXPECT_EQ(approved.decision, Decision::kWarn);
  Session::ApplySiteRules(policy, "notchatgpt.com", &approved);
  EXPECT_EQ(approved.decision, Decision::kWarn);
  Session::ApplySiteRules(policy, "eu.chatgpt.com", &r);
  EXPECT_EQ(r.decision, Decision::kBlock);  // unset action = block
  EXPECT_EQ(r.findings[1].action, Action::kBlock);
  policy.mutable_sites()->set_unapproved_action(config::WARN);
  ScanResult w;
  f.action = Action::kAudit;
  w.findings.push_back(f);
  Session::ApplySiteRules(policy, "chatgpt.com", &w);
  EXPECT_EQ(w.decision, Decision::kWarn);
}

// --- audit log -----------------------------------------------------------------------------

TEST(AuditLog, RecordsHashNotTextAndRotates) {
  TempDir tmp;
  DiagLog diag;
  const std::string path = (tmp.path() / "a" / "audit.log").string();
  AuditLog log(path, /*max_bytes=*/600, "chrome-extension://x/", &diag);
  ScanResult r;
  r.counts[static_cast<size_t>(Category::kCpr)] = 2;
  AuditRecord rec;
  rec.event = "submit";
  rec.site = "copilot.microsoft.com";
  rec.decision = Decision::kBlock;
  rec.policy_version = "v1";
  rec.scan = &r;
  const std::string text = "hemmelig tekst 010190-1239";
  rec.text = text;
  json line = json::parse(log.Format(rec));
  EXPECT_EQ(line["event"], "submit");
  EXPECT_EQ(line["origin"], "chrome-extension://x/");
  EXPECT_EQ(line["decision"], "block");
  EXPECT_EQ(line["counts"], json({{"cpr", 2}}));
  ASSERT_TRUE(line["text_hmac"].is_string());
  EXPECT_EQ(line["text_hmac"].get<std::string>().size(), 64u);
  EXPECT_EQ(line.dump().find("hemmelig"), std::string::npos);

  // Known answer: HMAC-SHA256 under the stored key.
  const std::string key_hex = ReadAll(path + ".key");
  unsigned char key[32];
  ASSERT_EQ(sodium_hex2bin(key, 32, key_hex.data(), 64, nullptr, nullptr, nullptr), 0);
  unsigned char mac[32];
  crypto_auth_hmacsha256(mac, reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                         key);
  EXPECT_EQ(line["text_hmac"], platform::HexEncode({reinterpret_cast<char*>(mac), 32}));
#ifndef _WIN32  // Windows: no POSIX modes; the file inherits its folder's ACL
  struct stat sb {};
  ASSERT_EQ(::stat((path + ".key").c_str(), &sb), 0);
  EXPECT_EQ(sb.st_mode & 0777, 0600);
#endif

  for (int i = 0; i < 10; ++i) log.Record(rec);
  EXPECT_TRUE(fs::exists(path + ".1"));
  EXPECT_LE(fs::file_size(path), 600u);
  EXPECT_LE(fs::file_size(path + ".1"), 600u);
  EXPECT_EQ(ReadAll(path).find("hemmelig"), std::string::npos);
}

TEST(AuditLog, MalformedKeyIsNeverOverwritten) {
  TempDir tmp;
  DiagLog diag;
  const std::string path = (tmp.path() / "audit.log").string();
  WriteAll(path + ".key", "not a key");
  AuditLog log(path, 0, "o", &diag);
  EXPECT_EQ(log.TextHmac("x"), "");
  EXPECT_EQ(ReadAll(path + ".key"), "not a key");
}

TEST(AuditLog, RestoreRecordHasACountAndNoHash) {
  TempDir tmp;
  DiagLog diag;
  AuditLog log((tmp.path() / "audit.log").string(), 0, "o", &diag);
  AuditRecord rec;
  rec.event = "restore";
  rec.site = "copilot.microsoft.com";
  rec.policy_version = "v1";
  rec.count = 4;
  const json j = json::parse(log.Format(rec));
  EXPECT_EQ(j["event"], "restore");
  EXPECT_EQ(j["count"], 4);
  EXPECT_EQ(j["site"], "copilot.microsoft.com");
  EXPECT_FALSE(j.contains("text_hmac"));
  EXPECT_FALSE(j.contains("counts"));
  AuditRecord other;
  other.event = "attach";
  EXPECT_FALSE(json::parse(log.Format(other)).contains("count"));
}

TEST(AuditLog, DisabledWithoutPath) {
  DiagLog diag;
  AuditLog log("", 0, "o", &diag);
  AuditRecord rec;
  rec.event = "attach";
  log.Record(rec);  // no file, no crash
  EXPECT_EQ(log.TextHmac("x"), "");
}

// --- signing ---------------------------------------------------------------------------------

TEST(PolicySigning, SignVerifyRoundTrip) {
  ASSERT_GE(sodium_init(), 0);
  const KeyPair key;
  std::string error;
  const std::string sig = SignDetached("policy bytes", key.secret_b64(), &error);
  ASSERT_FALSE(sig.empty()) << error;
  EXPECT_TRUE(VerifyDetachedSignature("policy bytes", sig + "\r\n", key.public_b64(), &error))
      << error;
  EXPECT_FALSE(VerifyDetachedSignature("policy bytez", sig, key.public_b64(), &error));
  EXPECT_NE(error.find("does not match"), std::string::npos);
  // Raw 64-byte signature files are accepted too.
  unsigned char raw[crypto_sign_BYTES];
  crypto_sign_detached(raw, nullptr, reinterpret_cast<const unsigned char*>("x"), 1, key.sk());
  EXPECT_TRUE(VerifyDetachedSignature("x", {reinterpret_cast<char*>(raw), sizeof raw},
                                      key.public_b64(), &error));
  EXPECT_FALSE(VerifyDetachedSignature("x", "garbage", key.public_b64(), &error));
  EXPECT_FALSE(VerifyDetachedSignature("x", sig, "c2hvcnQ=", &error));
  EXPECT_NE(error.find("policy_public_key"), std::string::npos);
  EXPECT_TRUE(SignDetached("x", "bad", &error).empty());
}

int RunSigning(std::vector<std::string> args) {
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  return privacy_guard::cli::RunPolicySigningCommand(static_cast<int>(argv.size()), argv.data());
}

TEST(PolicySigning, KeygenSignVerifyCommands) {
  TempDir tmp;
  const std::string prefix = (tmp.path() / "it").string();
  const std::string policy = (tmp.path() / "central.policy").string();
  WriteAll(policy, "version: \"1\"\n");
  EXPECT_EQ(RunSigning({"keygen", prefix}), 0);
  EXPECT_EQ(RunSigning({"keygen", prefix}), 3);  // never overwrites a key
#ifndef _WIN32  // Windows: no POSIX modes; the file inherits its folder's ACL
  struct stat sb {};
  ASSERT_EQ(::stat((prefix + ".key").c_str(), &sb), 0);
  EXPECT_EQ(sb.st_mode & 0777, 0600);
#endif
  EXPECT_EQ(RunSigning({"sign", "--key", prefix + ".key", policy}), 0);
  EXPECT_TRUE(fs::exists(policy + ".sig"));
  EXPECT_EQ(RunSigning({"verify", "--key", prefix + ".pub", policy}), 0);
  const std::string pub = ReadAll(prefix + ".pub");
  EXPECT_EQ(RunSigning({"verify", "--key", pub.substr(0, pub.size() - 1), policy}), 0);
  WriteAll(policy, "version: \"2\"\n");
  EXPECT_EQ(RunSigning({"verify", "--key", prefix + ".pub", policy}), 1);
  EXPECT_EQ(RunSigning({"sign", policy}), 2);
  EXPECT_EQ(RunSigning({"frobnicate"}), 2);
  EXPECT_EQ(RunSigning({"sign", "--key", prefix + ".missing", policy}), 3);
}

// --- config lookup ----------------------------------------------------------------------------

TEST(HostConfig, LookupOrder) {
  ::setenv("PRIVACY_GUARD_CONFIG", "/x/y.conf", 1);
  EXPECT_EQ(HostConfigCandidates("/opt/pg/bin/privacy-guard"),
            std::vector<std::string>{"/x/y.conf"});
  ::unsetenv("PRIVACY_GUARD_CONFIG");
  std::vector<std::string> c = HostConfigCandidates("/opt/pg/bin/privacy-guard");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(fs::path(c[0]).filename(), "privacy-guard.conf");
#ifdef _WIN32
  const char* program_data = std::getenv("ProgramData");
  ASSERT_NE(program_data, nullptr);
  EXPECT_EQ(c[1], std::string(program_data) + "\\privacy-guard\\privacy-guard.conf");
#else
  EXPECT_EQ(c[1], "/etc/privacy-guard/privacy-guard.conf");
#endif
}

TEST(HostConfig, LoadsFileNamedByEnvironment) {
  TempDir tmp;
  const std::string path = (tmp.path() / "pg.conf").string();
  WriteAll(path, "allowed_origins: \"chrome-extension://a/\"\npolicy_poll_seconds: 1\n");
  ::setenv("PRIVACY_GUARD_CONFIG", path.c_str(), 1);
  HostConfigResult r;
  std::string error;
  EXPECT_TRUE(FindHostConfig(nullptr, &r, &error)) << error;
  EXPECT_EQ(r.path, path);
  EXPECT_EQ(r.config.allowed_origins(0), "chrome-extension://a/");
  ::setenv("PRIVACY_GUARD_CONFIG", (path + ".missing").c_str(), 1);
  EXPECT_FALSE(FindHostConfig(nullptr, &r, &error));
  EXPECT_NE(error.find("pg.conf.missing"), std::string::npos);
  ::unsetenv("PRIVACY_GUARD_CONFIG");
}

TEST(HostConfig, PathsExpandEnvironmentVariables) {
  TempDir tmp;
  const std::string path = (tmp.path() / "pg.conf").string();
  WriteAll(path,
           "allowed_origins: \"chrome-extension://a/\"\n"
           "policy_path: \"%PG_TEST_SHARE%/p.policy\"\n"
           "audit_log: \"%PG_TEST_HOME%/audit.log\"\n"
           "cache_dir: \"%PG_TEST_UNSET_VAR%/cache\"\n"
           "log_file: \"~/pg/host.log\"\n");
  ::setenv("PRIVACY_GUARD_CONFIG", path.c_str(), 1);
  ::setenv("PG_TEST_SHARE", "/srv/share", 1);
  ::setenv("PG_TEST_HOME", "/home/anne", 1);
  ::unsetenv("PG_TEST_UNSET_VAR");
  HostConfigResult r;
  std::string error;
  ASSERT_TRUE(FindHostConfig(nullptr, &r, &error)) << error;
  EXPECT_EQ(r.config.policy_path(), "/srv/share/p.policy");
  EXPECT_EQ(r.config.audit_log(), "/home/anne/audit.log");
  EXPECT_EQ(r.config.cache_dir(), "%PG_TEST_UNSET_VAR%/cache");  // unknown: kept
#ifndef _WIN32  // "~/" is a Linux and macOS form
  EXPECT_EQ(r.config.log_file(), std::string(::getenv("HOME")) + "/pg/host.log");
#endif
  ::unsetenv("PRIVACY_GUARD_CONFIG");
}

TEST(Platform, ExpandEnvironment) {
  ::setenv("PG_TEST_A", "x", 1);
  ::unsetenv("PG_TEST_NOPE");
  EXPECT_EQ(platform::ExpandEnvironment("%PG_TEST_A%\\b"), "x\\b");
  EXPECT_EQ(platform::ExpandEnvironment("a%PG_TEST_A%%PG_TEST_A%b"), "axxb");
  EXPECT_EQ(platform::ExpandEnvironment("100% sure"), "100% sure");
  EXPECT_EQ(platform::ExpandEnvironment("%PG_TEST_NOPE%/%PG_TEST_A%"), "%PG_TEST_NOPE%/x");
  EXPECT_EQ(platform::ExpandEnvironment("%%"), "%%");
  EXPECT_EQ(platform::ExpandEnvironment("50% and 60%"), "50% and 60%");
}

}  // namespace
}  // namespace privacy_guard::host
