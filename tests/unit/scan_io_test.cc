// `privacy-guard scan` input and output (cli/scan_io.h) and the fast JSON
// object reader (host/json_reader.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/scan_io.h"
#include "host/json_reader.h"
#include "cli/commands.h"
#include "test_util.h"

namespace privacy_guard::cli {
namespace {

using nlohmann::json;

// Hands out `data` in reads of at most `chunk` bytes (1 = byte by byte).
class ChunkSource final : public host::ByteSource {
 public:
  ChunkSource(std::string data, size_t chunk) : data_(std::move(data)), chunk_(chunk) {}
  size_t Read(char* buf, size_t n) override {
    ++reads_;
    const size_t k = std::min({n, chunk_, data_.size() - pos_});
    std::copy_n(data_.data() + pos_, k, buf);
    pos_ += k;
    return k;
  }
  size_t reads() const { return reads_; }

 private:
  std::string data_;
  size_t chunk_;
  size_t pos_ = 0;
  size_t reads_ = 0;
};

class StringSink final : public host::ByteSink {
 public:
  bool WriteAll(std::string_view data) override {
    if (fail) return false;
    out.append(data);
    ++writes;
    return true;
  }
  std::string out;
  size_t writes = 0;
  bool fail = false;
};

std::vector<std::string> Lines(const std::string& input, size_t chunk, size_t block) {
  ChunkSource source(input, chunk);
  LineReader reader(&source, {}, block);
  std::vector<std::string> lines;
  std::string_view line;
  while (reader.Next(&line)) {
    lines.emplace_back(line);
    reader.Trim();
  }
  return lines;
}

TEST(LineReader, SplitsLinesAcrossBlockAndReadBoundaries) {
  std::string input;
  std::vector<std::string> want;
  for (int i = 0; i < 300; ++i) {
    want.push_back("line " + std::to_string(i) + std::string(static_cast<size_t>(i % 37), 'x'));
    input += want.back() + "\n";
  }
  for (size_t chunk : {1u, 2u, 7u, 16u, 61u, 4096u, 1u << 20}) {
    for (size_t block : {16u, 64u, 1000u, 1u << 20}) {
      EXPECT_EQ(Lines(input, chunk, block), want) << "chunk " << chunk << ", block " << block;
    }
  }
}

TEST(LineReader, CrLfEmptyLinesAndFinalLineWithoutNewline) {
  const std::string input = "a\r\n\nb\r\r\n\r\n c \n\nlast";
  const std::vector<std::string> want = {"a", "", "b\r", "", " c ", "", "last"};
  for (size_t chunk : {1u, 3u, 100u}) {
    EXPECT_EQ(Lines(input, chunk, 16), want) << chunk;
  }
  // A final '\r' without '\n' goes too; a final '\n' ends the last line.
  EXPECT_EQ(Lines("x\r", 1, 16), std::vector<std::string>{"x"});
  EXPECT_EQ(Lines("x\n", 1, 16), std::vector<std::string>{"x"});
  EXPECT_EQ(Lines("\n", 1, 16), std::vector<std::string>{""});
  EXPECT_TRUE(Lines("", 1, 16).empty());
}

TEST(LineReader, LinesLargerThanTheBlock) {
  const std::string big(100000, 'b');
  const std::string input = "short\n" + big + "\nafter\n" + big + "x";
  const std::vector<std::string> want = {"short", big, "after", big + "x"};
  for (size_t chunk : {5u, 4096u, 1u << 20}) {
    EXPECT_EQ(Lines(input, chunk, 64), want) << chunk;
  }
}

TEST(LineReader, CallsBeforeReadBeforeEveryRead) {
  ChunkSource source("a\nb\nc", 2);
  size_t calls = 0;
  LineReader reader(&source, [&] { ++calls; }, 16);
  std::string_view line;
  std::vector<std::string> got;
  while (reader.Next(&line)) got.emplace_back(line);
  EXPECT_EQ(got, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(calls, source.reads());
}

TEST(OutputBuffer, WritesInBlocksAndStopsAfterAFailure) {
  StringSink sink;
  OutputBuffer out(&sink, 10);
  out.text() += "12345";
  out.Written();
  EXPECT_EQ(sink.writes, 0u);
  out.text() += "67890";
  out.Written();
  EXPECT_EQ(sink.out, "1234567890");
  out.text() += "x";
  EXPECT_TRUE(out.Flush());
  EXPECT_EQ(sink.out, "1234567890x");
  sink.fail = true;
  out.text() += "y";
  EXPECT_FALSE(out.Flush());
  sink.fail = false;
  out.text() += "z";
  EXPECT_FALSE(out.Flush());
  EXPECT_EQ(sink.out, "1234567890x");
}

// The --jsonl answers as `scan --jsonl` wrote them before it read in blocks
// (std::getline, json::parse, an ordered_json reply per line).
std::string OldJsonl(const Engine& engine, const std::vector<std::string>& lines) {
  std::string out;
  for (std::string line : lines) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    nlohmann::ordered_json reply;
    json req;
    try {
      req = json::parse(line);
    } catch (const json::parse_error& e) {
      reply["id"] = nullptr;
      reply["error"] = std::string("invalid JSON or invalid UTF-8 (byte ") + std::to_string(e.byte) + ")";
      out += reply.dump() + "\n";
      continue;
    }
    reply["id"] = req.is_object() && req.contains("id") ? req["id"] : json();
    if (!req.is_object()) {
      reply["error"] = "line is not a JSON object";
    } else if (!req.contains("text") || !req["text"].is_string()) {
      reply["error"] = "missing string field 'text'";
    } else {
      ScanResult r = engine.Scan(req["text"].get_ref<const std::string&>());
      if (!r.ok) {
        reply["error"] = r.error;
      } else {
        reply["decision"] = DecisionName(r.decision);
        nlohmann::ordered_json findings = nlohmann::ordered_json::array();
        for (const Finding& f : r.findings) {
          findings.push_back({{"category", CategoryId(f.category)},
                              {"start", f.start},
                              {"end", f.end},
                              {"confidence", ConfidenceName(f.confidence)},
                              {"action", ActionName(f.action)}});
        }
        reply["findings"] = std::move(findings);
      }
    }
    out += reply.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
  }
  return out;
}

std::string NewJsonl(const Engine& engine, const std::string& input, size_t chunk,
                     unsigned threads = 0) {
  ChunkSource source(input, chunk);
  StringSink sink;
  EXPECT_EQ(RunJsonl(engine, &source, &sink, threads), kExitOk);
  return sink.out;
}

TEST(RunJsonl, AnswersAsBeforeAndBadLinesLoseNothing) {
  const Engine& engine = testing::DefaultEngine();
  const std::vector<std::string> lines = {
      R"({"id":1,"text":"Peter Hansen, CPR 010190-1234, mail peter@example.dk"})",
      "{\"id\":\"\\u00e6\",\"text\":\"Mette Jensen bor p\xC3\xA5 Vestergade 12, 8000 Aarhus C\"}\r",
      R"({"id":2,"text":"not closed")",
      "{\"id\":3,\"text\":\"bad \xFF byte\"}",
      R"({"id":4,"text":"lone \ud83d surrogate"})",
      R"([1,2,3])",
      R"("a string")",
      R"({"id":{"nested":[1,2]},"text":"Anne Larsen 0101901234"})",
      R"({"text":"no id, 12345678"})",
      R"({"id":5})",
      R"({"id":6,"text":7})",
      R"({"id":7,"text":"esc \ud83d\ude00 \n\t \"q\" \/ Jens Madsen"})",
      "\xEF\xBB\xBF{\"id\":8,\"text\":\"BOM\"}",
      R"({"id":1e3,"text":"dup","id":-0.5})",
      R"({"id":12345678901234567890123,"text":"big id"})",
      R"({"id":01,"text":"leading zero"})",
      R"( { "id" : true , "text" : "spaces" , "x" : null } )",
      "{\"id\":9,\"text\":\"control \x01 byte\"}",
      R"({"id":10,"text":"nul \u0000 escape"})",
      R"({"id":11,"text":"trailing"} x)",
      R"({"id":12,"text":"last 010190-1234"})",
  };
  std::string input;
  for (const std::string& l : lines) input += l + "\n";
  const std::string want = OldJsonl(engine, lines);
  for (size_t chunk : {1u, 13u, 1u << 20}) {
    for (unsigned threads : {1u, 2u, 3u}) {
      EXPECT_EQ(NewJsonl(engine, input, chunk, threads), want) << chunk << " " << threads;
    }
  }
  // One answer per line, in order: the lines after the bad ones are there.
  const std::string out = NewJsonl(engine, input, 1 << 20);
  EXPECT_EQ(static_cast<size_t>(std::count(out.begin(), out.end(), '\n')), lines.size());
  EXPECT_NE(out.find("{\"id\":12,\"decision\":\"block\""), std::string::npos);
  // The error answers quote no input.
  EXPECT_EQ(out.find("not closed"), std::string::npos);
  EXPECT_EQ(out.find("bad "), std::string::npos);
}

TEST(RunJsonl, EmptyLinesFinalLineAndHugeLines) {
  const Engine& engine = testing::DefaultEngine();
  std::string big = "{\"id\":\"big\",\"text\":\"";
  while (big.size() < 3 * 1024 * 1024) big += "Peter Hansen, CPR 010190-1234. ";
  big += "\"}";
  const std::string input = "\n  \r\n" + big + "\n{\"id\":2,\"text\":\"Mette Jensen\"}";
  const std::string out = NewJsonl(engine, input, 100000);
  std::vector<std::string> answers;
  size_t from = 0;
  for (size_t nl; (nl = out.find('\n', from)) != std::string::npos; from = nl + 1) {
    answers.push_back(out.substr(from, nl - from));
  }
  ASSERT_EQ(answers.size(), 4u);
  EXPECT_EQ(answers[0], R"({"id":null,"error":"empty line"})");
  EXPECT_EQ(answers[1], R"({"id":null,"error":"empty line"})");
  EXPECT_EQ(answers[2], OldJsonl(engine, {big}).substr(0, answers[2].size()));
  EXPECT_EQ(answers[2].size() + 1, OldJsonl(engine, {big}).size());
  EXPECT_EQ(answers[3], R"({"id":2,"decision":"warn","findings":[{"category":"name","start":0,"end":12,"confidence":"high","action":"warn"}]})");
}

// Many lines at once: the batches' answers are those of one line at a time,
// in input order, however the input arrives and however many threads share
// a batch; a line too long for a batch comes out in its place.
TEST(RunJsonl, BatchesAnswerInOrderAsOneThreadDoes) {
  const Engine& engine = testing::DefaultEngine();
  std::string input;
  for (int i = 0; i < 1500; ++i) {
    input += "{\"id\":" + std::to_string(i) + ",\"text\":\"";
    switch (i % 5) {
      case 0: input += "Peter Hansen, CPR 010190-1234, bor på Vestergade 12, 8000 Aarhus C"; break;
      case 1: input += "Mødet er kl. 10"; break;
      case 2: input += "Mette Jensen har diabetes og tager Metformin 500 mg"; break;
      case 3: input += "mail anne.larsen@example.dk eller ring 22 33 44 55"; break;
      default: input += "faktura 12345678 på 1.200 kr."; break;
    }
    input += "\"}\n";
    if (i == 700) input += "not json\n\n";
    if (i == 900) {
      std::string big = "{\"id\":\"big\",\"text\":\"";
      while (big.size() < 300 * 1024) big += "Peter Hansen, CPR 010190-1234. ";
      input += big + "\"}\n";
    }
  }
  const std::string want = NewJsonl(engine, input, 1 << 20, 1);
  EXPECT_EQ(static_cast<size_t>(std::count(want.begin(), want.end(), '\n')), 1503u);
  EXPECT_NE(want.find("{\"id\":1499,\"decision\":\"allow\""), std::string::npos);
  EXPECT_LT(want.find("{\"id\":900,"), want.find("{\"id\":\"big\","));
  EXPECT_LT(want.find("{\"id\":\"big\","), want.find("{\"id\":901,"));
  for (size_t chunk : {4096u, 1u << 20}) {
    for (unsigned threads : {2u, 4u}) {
      EXPECT_EQ(NewJsonl(engine, input, chunk, threads), want) << chunk << " " << threads;
    }
  }
}

// Batches fill up to 512 lines each time, not only the first time; a JSON
// number too large to hold is an error answer, not the end of the process.
TEST(RunJsonl, EveryBatchFillsAndHugeNumbersAreErrors) {
  const Engine& engine = testing::DefaultEngine();
  std::string input;
  for (int i = 0; i < 3000; ++i) input += "{\"id\":" + std::to_string(i) + ",\"text\":\"Mette Jensen\"}\n";
  input += "{\"id\":3000,\"text\":\"hej\",\"n\":1e400}\n";
  ChunkSource source(input, 1 << 22);
  StringSink sink;
  JsonlStats stats;
  EXPECT_EQ(RunJsonl(engine, &source, &sink, 2, &stats), kExitOk);
  EXPECT_EQ(stats.largest_batch, 512u);
  EXPECT_EQ(stats.batches, 6u);  // 5 full batches of 512 and the rest
  EXPECT_EQ(static_cast<size_t>(std::count(sink.out.begin(), sink.out.end(), '\n')), 3001u);
  EXPECT_NE(sink.out.find("{\"id\":null,\"error\":\"JSON value out of range\"}"), std::string::npos);
}

// A program that sends a line and waits for its answer before it sends the
// next is served with several threads too: every answer is out before the
// next read.
TEST(RunJsonl, AnswersEachLineBeforeWaitingForTheNext) {
  const Engine& engine = testing::DefaultEngine();
  class Conversation final : public host::ByteSource, public host::ByteSink {
   public:
    size_t Read(char* buf, size_t n) override {
      const size_t answers = static_cast<size_t>(std::count(out.begin(), out.end(), '\n'));
      if (answers != sent || sent == 20) return 0;  // an unanswered line: stop
      const std::string line = "{\"id\":" + std::to_string(sent) + ",\"text\":\"Mette Jensen\"}\n";
      EXPECT_LE(line.size(), n);
      std::copy(line.begin(), line.end(), buf);
      ++sent;
      return line.size();
    }
    bool WriteAll(std::string_view data) override {
      out.append(data);
      return true;
    }
    size_t sent = 0;
    std::string out;
  } talk;
  EXPECT_EQ(RunJsonl(engine, &talk, &talk, 2), kExitOk);
  EXPECT_EQ(talk.sent, 20u);
  EXPECT_EQ(static_cast<size_t>(std::count(talk.out.begin(), talk.out.end(), '\n')), 20u);
  EXPECT_NE(talk.out.find("{\"id\":19,\"decision\":\"warn\""), std::string::npos);
}

TEST(RunJsonl, StopsWhenTheOutputFails) {
  const Engine& engine = testing::DefaultEngine();
  ChunkSource source("{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"b\"}\n", 1 << 20);
  StringSink sink;
  sink.fail = true;
  EXPECT_EQ(RunJsonl(engine, &source, &sink), kExitOutput);
}

TEST(WriteReport, LinesColumnsAndDecision) {
  const Engine& engine = testing::DefaultEngine();
  StringSink sink;
  OutputBuffer out(&sink);
  WriteReport("f.txt", "Hej\r\n\xC3\xA6\xC3\xB8 Peter Hansen\nCPR 010190-1234", engine, &out);
  ASSERT_TRUE(out.Flush());
  EXPECT_NE(sink.out.find("f.txt:2:4: name "), std::string::npos) << sink.out;
  EXPECT_NE(sink.out.find("f.txt:3:5: cpr "), std::string::npos) << sink.out;
  EXPECT_NE(sink.out.find("f.txt: decision: block (2 findings)\n"), std::string::npos) << sink.out;
}

}  // namespace
}  // namespace privacy_guard::cli

namespace privacy_guard::host {
namespace {

using nlohmann::json;

// ParseFlatObject agrees with json::parse: the same value when it accepts,
// and it never accepts what json::parse refuses.
TEST(ParseFlatObject, AgreesWithJsonParse) {
  const std::vector<std::string> inputs = {
      R"({})",
      R"( {"a":1} )",
      R"({"id":1,"text":"plain ascii text that is long enough for eight byte runs"})",
      "{\"t\":\"\xC3\xA6\xC3\xB8\xC3\xA5 \xE2\x82\xAC \xF0\x9F\x98\x80\"}",
      R"({"t":"\u00e6\u20ac\ud83d\ude00 \b\f\n\r\t\"\\\/"})",
      R"({"a":-0,"b":1.5e-3,"c":1E+2,"d":-12,"e":18446744073709551615,"f":18446744073709551616})",
      R"({"a":true,"b":false,"c":null})",
      R"({"a":1,"a":2})",
      R"({"a":"x\\"})",
      R"({"a":"x\\\"y"})",
      R"({"a":{"b":1}})",
      R"({"a":[1]})",
      R"({"a":01})",
      R"({"a":1.})",
      R"({"a":-})",
      R"({"a":.5})",
      R"({"a":1,})",
      R"({"a" 1})",
      R"({"a":1} {})",
      R"({"a":tru})",
      R"({"a":"\ud83d"})",
      R"({"a":"\ude00"})",
      R"({"a":"\ud83d\u0041"})",
      R"({"a":"\x"})",
      R"({"a":"\u12G4"})",
      "{\"a\":\"\x01\"}",
      "{\"a\":\"\xFF\"}",
      "{\"a\":\"\xC0\x80\"}",
      "{\"a\":\"\xED\xA0\x80\"}",
      "{\"a\":\"\xF4\x90\x80\x80\"}",
      "{\"a\":\"\xE2\x82\"}",
      "\xEF\xBB\xBF{\"a\":1}",
      R"({"a":"unterminated)",
      R"({"a)",
      R"({)",
      "",
      "[]",
      "1",
  };
  const size_t flat = 9;  // the first nine are flat objects: read by the fast reader
  for (size_t i = 0; i < inputs.size(); ++i) {
    const std::string& in = inputs[i];
    json fast;
    const bool ok = ParseFlatObject(in, &fast);
    const json want = json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (i < flat) {
      EXPECT_TRUE(ok) << in;
    }
    if (ok) {
      EXPECT_FALSE(want.is_discarded()) << in;
      EXPECT_EQ(fast, want) << in;
      EXPECT_EQ(fast.dump(), want.dump()) << in;
    }
  }
  // The common case is read by the fast reader itself.
  json j;
  EXPECT_TRUE(ParseFlatObject(R"({"id":"x","text":"Hej \u00e6 \"citat\"","n":3})", &j));
  EXPECT_EQ(j["text"], "Hej \xC3\xA6 \"citat\"");
}

}  // namespace
}  // namespace privacy_guard::host
