// The host's two loops, separated from process set-up so tests and the
// fuzzer drive exactly the code the executable runs:
//
//   reader (main thread): ByteSource -> FrameReader -> ParseRequest -> queue
//   worker (own thread):  queue -> Session -> FrameWriter -> ByteSink
#ifndef PRIVACY_GUARD_HOST_SERVE_H_
#define PRIVACY_GUARD_HOST_SERVE_H_

#include "host/diag_log.h"
#include "host/frame_io.h"
#include "host/request_queue.h"
#include "host/session.h"

namespace privacy_guard::host {

// Reads frames from `source` until its end, pushing every parsed request or
// protocol error onto `queue` in arrival order. A length prefix above
// kMaxRequestBytes queues a too_large error and the body is skipped. Returns
// at end of input, inside a frame ("truncated frame" is logged) or inside a
// skipped body. Does not close the queue.
void ReadRequests(ByteSource* source, RequestQueue* queue, DiagLog* diag);

// Pops items until `queue` is closed and drained and writes one reply per
// item, in order: superseded checks get {"superseded":true}, errors their
// error reply, requests Session::Handle's reply. Every reply is smaller than
// kMaxReplyBytes. After a write fails (the browser is gone) the remaining
// items are drained without being handled.
void AnswerRequests(RequestQueue* queue, Session* session, FrameWriter* writer, DiagLog* diag);

}  // namespace privacy_guard::host

#endif  // PRIVACY_GUARD_HOST_SERVE_H_
