// libFuzzer target: the host's framing + protocol layers, fed the input as
// the stdin byte stream. Runs the same ReadRequests/AnswerRequests code as
// the executable, with a small fixed engine, and checks every reply:
// a well-formed frame, < 1 MiB, a JSON object with "type" and "v": 1.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "host/diag_log.h"
#include "host/frame_io.h"
#include "host/policy_manager.h"
#include "host/request_queue.h"
#include "host/serve.h"
#include "host/session.h"
#include "privacy_guard/engine.h"
#include "privacy_guard/policy.pb.h"

namespace pgh = privacy_guard::host;

namespace {

const pgh::FixedPolicyProvider& Provider() {
  static const pgh::FixedPolicyProvider* provider = [] {
    privacy_guard::config::Policy policy;
    policy.set_version("fuzz-1");
    policy.mutable_categories()->mutable_cpr()->set_action(privacy_guard::config::BLOCK);
    policy.mutable_categories()->mutable_email()->set_action(privacy_guard::config::WARN);
    policy.mutable_business_terms()->add_term("Projekt Ravn");
    policy.mutable_sites()->add_unapproved_hosts("chatgpt.com");
    privacy_guard::DataSets data;
    data.first_names = {"Mette\nJens\nAnne\n"};
    data.surnames = {"Hansen\nJensen\n"};
    privacy_guard::Engine::CreateResult made = privacy_guard::Engine::Create(policy, data);
    if (!made.ok()) {
      std::fprintf(stderr, "fuzz engine: %s\n", made.error.ToString().c_str());
      std::abort();
    }
    std::shared_ptr<const privacy_guard::Engine> engine = std::move(made.engine);
    auto snap = std::make_shared<pgh::PolicySnapshot>();
    snap->engine = engine;
    snap->policy = policy;
    snap->source = "fuzz";
    return new pgh::FixedPolicyProvider(pgh::PolicyStatus{snap, "", false});
  }();
  return *provider;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static pgh::DiagLog diag(/*enabled=*/false);
  pgh::MemorySource source(std::string_view(reinterpret_cast<const char*>(data), size));
  // Unbounded: reader and worker run one after the other here.
  pgh::RequestQueue queue(/*max_queued_bytes=*/SIZE_MAX / 2);
  pgh::ReadRequests(&source, &queue, &diag);
  queue.Close();

  pgh::StringSink sink;
  pgh::FrameWriter writer(&sink);
  pgh::Session session(&Provider(), /*audit=*/nullptr, "chrome-extension://fuzz/");
  pgh::AnswerRequests(&queue, &session, &writer, &diag);

  // Every reply is a well-formed frame under the browser's limit.
  std::string_view out = sink.out;
  while (!out.empty()) {
    if (out.size() < 4) std::abort();
    uint32_t n;
    std::memcpy(&n, out.data(), 4);
    if (n >= pgh::kMaxReplyBytes || out.size() - 4 < n) std::abort();
    const nlohmann::json j = nlohmann::json::parse(out.substr(4, n), nullptr, false);
    if (!j.is_object() || !j.contains("type") || j.value("v", 0) != 1) std::abort();
    out.remove_prefix(4 + n);
  }
  return 0;
}
