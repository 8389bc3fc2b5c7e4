#include "cli/scan_io.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <system_error>
#include <cstdint>
#include <thread>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "host/json_reader.h"
#include "platform/platform.h"

namespace privacy_guard::cli {

size_t StdinSource::Read(char* buf, size_t n) { return platform::ReadStandardInput(buf, n); }

bool StdoutSink::WriteAll(std::string_view data) { return platform::WriteStandardOutput(data); }

LineReader::LineReader(host::ByteSource* source, std::function<void()> before_read, size_t block)
    : source_(source), before_read_(std::move(before_read)), block_(std::max<size_t>(block, 16)) {}

bool LineReader::Next(std::string_view* line) {
  for (;;) {
    if (scanned_ < end_) {
      const void* nl = std::memchr(buf_.get() + scanned_, '\n', end_ - scanned_);
      if (nl) {
        const size_t pos = static_cast<size_t>(static_cast<const char*>(nl) - buf_.get());
        *line = std::string_view(buf_.get() + begin_, pos - begin_);
        begin_ = scanned_ = pos + 1;
        if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
        return true;
      }
      scanned_ = end_;
    }
    if (eof_) {
      if (begin_ == end_) return false;
      *line = std::string_view(buf_.get() + begin_, end_ - begin_);
      begin_ = scanned_ = end_;
      if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
      return true;
    }
    // Room for a block: the unfinished line moves to the front; the buffer
    // doubles when the line fills it.
    if (begin_ > 0) {
      std::memmove(buf_.get(), buf_.get() + begin_, end_ - begin_);
      end_ -= begin_;
      scanned_ -= begin_;
      begin_ = 0;
    }
    if (cap_ - end_ < block_ / 2) {
      const size_t cap = std::max(block_, cap_ * 2);
      std::unique_ptr<char[]> grown(new char[cap]);
      if (end_ > 0) std::memcpy(grown.get(), buf_.get(), end_);
      buf_ = std::move(grown);
      cap_ = cap;
    }
    if (before_read_) before_read_();
    const size_t got = source_->Read(buf_.get() + end_, cap_ - end_);
    if (got == 0) {
      eof_ = true;
    } else {
      end_ += got;
    }
  }
}

void LineReader::Trim() {
  if (cap_ <= 2 * block_ || end_ - begin_ > block_ / 2) return;
  std::unique_ptr<char[]> small(new char[block_]);
  if (end_ > begin_) std::memcpy(small.get(), buf_.get() + begin_, end_ - begin_);
  buf_ = std::move(small);
  cap_ = block_;
  end_ -= begin_;
  scanned_ -= begin_;
  begin_ = 0;
}

bool OutputBuffer::Flush() {
  if (ok_ && !buf_.empty()) ok_ = sink_->WriteAll(buf_);
  buf_.clear();
  return ok_;
}

namespace {

using nlohmann::json;

// As the answers were written before (nlohmann's dump, UTF-8 kept, invalid
// bytes replaced).
void AppendJson(const json& value, std::string* out) {
  out->append(value.dump(-1, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace));
}

void AppendNumber(uint64_t v, std::string* out) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

void AppendError(const std::string& id, std::string_view message, OutputBuffer* out) {
  std::string& o = out->text();
  o += "{\"id\":";
  o += id;
  o += ",\"error\":";
  AppendJson(json(message), &o);
  o += "}\n";
  out->Written();
}

// Writes a line's findings as the engine delivers them.
class JsonlSink final : public Engine::FindingSink {
 public:
  JsonlSink(const std::string& id, OutputBuffer* out) : id_(id), out_(out) {}
  void Begin(const ScanResult& summary) override {
    std::string& o = out_->text();
    o += "{\"id\":";
    o += id_;
    o += ",\"decision\":\"";
    o += DecisionName(summary.decision);
    o += "\",\"findings\":[";
  }
  void Add(const Finding& f) override {
    std::string& o = out_->text();
    o += first_ ? "{\"category\":\"" : ",{\"category\":\"";
    first_ = false;
    o += CategoryId(f.category);
    o += "\",\"start\":";
    AppendNumber(f.start, &o);
    o += ",\"end\":";
    AppendNumber(f.end, &o);
    o += ",\"confidence\":\"";
    o += ConfidenceName(f.confidence);
    o += "\",\"action\":\"";
    o += ActionName(f.action);
    o += "\"}";
    out_->Written();
  }
  void End() {
    out_->text() += "]}\n";
    out_->Written();
  }

 private:
  const std::string& id_;
  OutputBuffer* out_;
  bool first_ = true;
};

// Parses a line as json::parse would (the fast reader for the usual flat
// object). False with *error when it is not JSON.
bool ParseLine(std::string_view line, json* req, std::string* error) {
  if (host::ParseFlatObject(line, req)) return true;
  try {
    *req = json::parse(line);
    return true;
  } catch (const json::parse_error& e) {
    // The parser's message may quote input bytes: keep only its kind.
    *error = "invalid JSON or invalid UTF-8 (byte " + std::to_string(e.byte) + ")";
    return false;
  } catch (const json::exception&) {
    // Valid JSON the library cannot hold ("1e400": number overflow).
    *error = "JSON value out of range";
    return false;
  }
}

bool IsBlank(std::string_view line) {
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// Writes each finding as "label:line:column: category confidence action
// masked" as the engine delivers them, then the decision line. Line and
// column (1-based, the column in characters) are counted on from the
// previous finding, so a text with many findings is read once.
class ReportSink final : public Engine::FindingSink {
 public:
  ReportSink(const std::string& label, std::string_view text, OutputBuffer* out)
      : label_(label), text_(text), out_(out) {}

  void Begin(const ScanResult&) override {}

  void Add(const Finding& f) override {
    if (f.byte_start < pos_) pos_ = 0, line_ = 1, col_ = 1;  // (findings come in order)
    for (; pos_ < f.byte_start && pos_ < text_.size(); ++pos_) {
      const unsigned char c = static_cast<unsigned char>(text_[pos_]);
      if (c == '\n') {
        ++line_;
        col_ = 1;
      } else if ((c & 0xC0) != 0x80 && c != '\r') {
        ++col_;
      }
    }
    std::string& o = out_->text();
    o += label_;
    o += ':';
    o += std::to_string(line_);
    o += ':';
    o += std::to_string(col_);
    o += ": ";
    Padded(CategoryId(f.category), 13, &o);
    o += ' ';
    Padded(ConfidenceName(f.confidence), 6, &o);
    o += ' ';
    Padded(ActionName(f.action), 5, &o);
    o += ' ';
    o += f.masked;
    o += '\n';
    ++findings_;
    shown_ += f.action != Action::kAudit;
    out_->Written();
  }

  void End(const ScanResult& r) {
    std::string& o = out_->text();
    o += label_ + ": decision: " + std::string(DecisionName(r.decision)) + " (" +
         std::to_string(findings_) + (findings_ == 1 ? " finding" : " findings");
    if (shown_ != findings_) o += ", " + std::to_string(findings_ - shown_) + " audit only";
    o += ")\n";
    out_->Written();
  }

 private:
  // As printf's "%-Ns".
  static void Padded(std::string_view s, size_t width, std::string* out) {
    out->append(s);
    if (s.size() < width) out->append(width - s.size(), ' ');
  }

  const std::string& label_;
  std::string_view text_;
  OutputBuffer* out_;
  size_t pos_ = 0, line_ = 1, col_ = 1;
  size_t findings_ = 0, shown_ = 0;
};

}  // namespace

void WriteReport(const std::string& label, std::string_view text, const Engine& engine,
                 OutputBuffer* out) {
  ReportSink report(label, text, out);
  const ScanResult r = engine.Scan(text, Engine::ScanOptions{}, &report);
  if (!r.ok) {
    out->text() += label + ": error: " + r.error + "\n";
    out->Written();
    return;
  }
  report.End(r);
}

namespace {

// Answers one --jsonl line into *out. `reader` (may be null) is trimmed as
// soon as the line is parsed, so a long line's buffer is given back before
// its scan.
void AnswerLineOrThrow(const Engine& engine, const Engine::ScanOptions& options, std::string_view line,
                       LineReader* reader, OutputBuffer* out);

// AnswerLineOrThrow(); an exception (out of memory, a library's error)
// becomes the line's error answer instead of ending the process, and what
// the line had written is taken back.
void AnswerLine(const Engine& engine, const Engine::ScanOptions& options, std::string_view line,
                LineReader* reader, OutputBuffer* out) {
  const size_t before = out->text().size();
  try {
    AnswerLineOrThrow(engine, options, line, reader, out);
  } catch (const std::exception&) {
    if (out->text().size() >= before) out->text().resize(before);
    AppendError("null", "internal error", out);
  }
}

void AnswerLineOrThrow(const Engine& engine, const Engine::ScanOptions& options, std::string_view line,
                       LineReader* reader, OutputBuffer* out) {
  static const std::string null_id = "null";
  if (IsBlank(line)) {
    AppendError(null_id, "empty line", out);
    return;
  }
  json req;
  std::string error;
  const bool parsed = ParseLine(line, &req, &error);
  if (reader) reader->Trim();  // `line` is not used again
  if (!parsed) {
    AppendError(null_id, error, out);
    return;
  }
  std::string id;
  if (req.is_object()) {
    const auto it = req.find("id");
    if (it != req.end()) AppendJson(*it, &id);
  }
  if (id.empty()) id = null_id;
  if (!req.is_object()) {
    AppendError(id, "line is not a JSON object", out);
    return;
  }
  const auto text = req.find("text");
  if (text == req.end() || !text->is_string()) {
    AppendError(id, "missing string field 'text'", out);
    return;
  }
  JsonlSink findings(id, out);
  const ScanResult r = engine.Scan(text->get_ref<const std::string&>(), options, &findings);
  if (r.ok) {
    findings.End();
  } else {
    AppendError(id, r.error, out);
  }
}

// Lines of at least this size are answered alone, the engine's own threads
// taking pieces of them (Engine::ScanOptions::parallel_min_bytes), and
// without a copy.
constexpr size_t kAloneBytes = 256 * 1024;
// A batch is answered when it holds this many lines or bytes, or when the
// input pauses.
constexpr size_t kBatchLines = 512;
constexpr size_t kBatchBytes = 4 * 1024 * 1024;

// Lines waiting to be answered by `threads` threads at once (the calling
// thread and threads - 1 kept for the whole run); the answers go out in
// input order.
class Batch {
 public:
  Batch(const Engine& engine, unsigned threads, OutputBuffer* out, JsonlStats* stats)
      : engine_(engine), threads_(std::max(1u, threads)), out_(out), stats_(stats) {
    options_.previews = false;
    options_.max_threads = 1;  // the batch's threads are the parallelism
  }
  ~Batch() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    start_cv_.notify_all();
    for (std::thread& t : pool_) t.join();
  }
  bool Full() const { return used_ >= kBatchLines || bytes_ >= kBatchBytes; }
  void Add(std::string_view line) {
    if (lines_.size() == used_) lines_.emplace_back();
    lines_[used_].assign(line);
    bytes_ += line.size();
    ++used_;
  }
  // Answers every line added, in order, and forgets them.
  void Run() {
    if (used_ == 0) return;
    if (answers_.size() < used_) answers_.resize(used_);
    next_.store(0);
    const size_t helpers = std::min<size_t>(threads_, used_) - 1;
    StartHelpers(helpers);
    Work();
    {
      std::unique_lock<std::mutex> lock(mu_);
      done_cv_.wait(lock, [&] { return busy_ == 0; });
    }
    for (size_t i = 0; i < used_; ++i) {
      out_->text() += answers_[i];
      out_->Written();
      // A long answer's memory is given back (short ones are reused).
      if (answers_[i].capacity() > kKeepBytes) std::string().swap(answers_[i]);
      if (lines_[i].capacity() > kKeepBytes) std::string().swap(lines_[i]);
    }
    if (stats_) {
      ++stats_->batches;
      stats_->largest_batch = std::max(stats_->largest_batch, used_);
    }
    used_ = 0;
    bytes_ = 0;
  }

 private:
  static constexpr size_t kKeepBytes = 64 * 1024;

  // Takes lines until none is left; every line's answer is written, an
  // internal error as an error answer.
  void Work() {
    for (size_t i; (i = next_.fetch_add(1)) < used_;) {
      // Collected, never flushed: the buffer's sink is not used.
      OutputBuffer answer(nullptr, SIZE_MAX);
      answer.text().swap(answers_[i]);
      answer.text().clear();
      AnswerLine(engine_, options_, lines_[i], nullptr, &answer);
      answer.text().swap(answers_[i]);
    }
  }
  // Wakes `helpers` kept threads for this batch, starting them the first
  // time; a thread that cannot be started leaves its share to the others.
  void StartHelpers(size_t helpers) {
    while (pool_.size() < helpers) {
      try {
        pool_.emplace_back([this] { HelperLoop(); });
      } catch (const std::system_error&) {
        break;
      }
    }
    std::lock_guard<std::mutex> lock(mu_);
    wanted_ = std::min(helpers, pool_.size());
    busy_ = wanted_;
    ++generation_;
    if (wanted_ > 0) start_cv_.notify_all();
  }
  void HelperLoop() {
    uint64_t seen = 0;
    size_t index = SIZE_MAX;  // this thread's place among the helpers
    {
      std::lock_guard<std::mutex> lock(mu_);
      index = started_++;
    }
    for (;;) {
      {
        std::unique_lock<std::mutex> lock(mu_);
        start_cv_.wait(lock, [&] { return stop_ || (generation_ != seen && index < wanted_); });
        if (stop_) return;
        seen = generation_;
      }
      Work();
      {
        std::lock_guard<std::mutex> lock(mu_);
        if (--busy_ == 0) done_cv_.notify_one();
      }
    }
  }

  const Engine& engine_;
  const unsigned threads_;
  OutputBuffer* out_;
  JsonlStats* stats_;
  Engine::ScanOptions options_;
  std::vector<std::string> lines_, answers_;  // [0, used_) in use; kept for reuse
  size_t used_ = 0, bytes_ = 0;
  std::atomic<size_t> next_{0};
  std::vector<std::thread> pool_;
  std::mutex mu_;
  std::condition_variable start_cv_, done_cv_;
  uint64_t generation_ = 0;
  size_t wanted_ = 0, busy_ = 0, started_ = 0;
  bool stop_ = false;
};

}  // namespace

unsigned JsonlThreads(unsigned requested) {
  if (requested != 0) return requested;
  return std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
}

int RunJsonl(const Engine& engine, host::ByteSource* source, host::ByteSink* sink,
             unsigned threads, JsonlStats* stats) {
  threads = JsonlThreads(threads);
  OutputBuffer out(sink);
  Batch batch(engine, threads, &out, stats);
  // Answers go out before the reader may wait for more input.
  LineReader reader(source, [&] {
    batch.Run();
    out.Flush();
  });
  Engine::ScanOptions options;
  options.previews = false;  // the answer has no previews
  std::string_view line;
  while (out.ok() && reader.Next(&line)) {
    if (threads > 1 && line.size() < kAloneBytes) {
      batch.Add(line);
      if (batch.Full()) batch.Run();
      continue;
    }
    batch.Run();  // the lines before it first
    AnswerLine(engine, options, line, &reader, &out);
  }
  batch.Run();
  return out.Flush() ? kExitOk : kExitOutput;
}

}  // namespace privacy_guard::cli
