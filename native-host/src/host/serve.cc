#include "host/serve.h"

#include <exception>
#include <string>

namespace privacy_guard::host {

namespace {

const nlohmann::json& IdOf(const QueueItem& item) {
  static const nlohmann::json kNull;
  if (const Request* r = std::get_if<Request>(&item.payload)) return r->id;
  if (const ProtocolError* e = std::get_if<ProtocolError>(&item.payload)) return e->id;
  return kNull;
}

}  // namespace

void AnswerRequests(RequestQueue* queue, Session* session, FrameWriter* writer, DiagLog* diag) {
  QueueItem item;
  bool output_open = true;
  while (queue->Pop(&item)) {
    if (!output_open) continue;  // the browser is gone; drain and exit
    std::string reply;
    try {
      if (item.superseded) {
        reply = SupersededReply(IdOf(item));
      } else if (const ProtocolError* e = std::get_if<ProtocolError>(&item.payload)) {
        diag->Warn("request refused: " + std::string(ErrorCodeName(e->code)));
        reply = ErrorReply(*e);
      } else {
        reply = session->Handle(std::get<Request>(item.payload));
      }
    } catch (const std::exception&) {
      // The exception text is not logged: it could quote request content.
      diag->Error("request failed: internal error");
      reply = ErrorReply({ErrorCode::kInternal, "internal error; the request was not processed",
                          IdOf(item)});
    }
    if (reply.size() >= kMaxReplyBytes) {
      diag->Error("reply too large: internal error");
      reply = ErrorReply({ErrorCode::kInternal, "reply too large", IdOf(item)});
    }
    if (!writer->Write(reply)) {
      output_open = false;
      diag->Info("output closed; discarding remaining requests");
    }
  }
}

void ReadRequests(ByteSource* source, RequestQueue* queue, DiagLog* diag) {
  FrameReader reader(source);
  std::string body;
  for (;;) {
    const FrameReader::Result r = reader.Next(&body);
    if (r.status == FrameReader::kFrame) {
      try {
        queue->Push(ParseRequest(body));
      } catch (const std::exception&) {
        diag->Error("request parse failed: internal error");
        queue->Push(ProtocolError{ErrorCode::kInternal, "internal error while reading the request",
                                  nullptr});
      }
      continue;
    }
    if (r.status == FrameReader::kTooLarge) {
      diag->Warn("request of " + std::to_string(r.length) +
                 " bytes exceeds the 16 MiB limit; discarding it");
      queue->Push(ProtocolError{ErrorCode::kTooLarge, "message exceeds the 16 MiB limit", nullptr});
      if (!reader.Discard(r.length)) {
        diag->Info("input ended inside an oversized message");
        return;
      }
      continue;
    }
    if (r.status == FrameReader::kTruncated) diag->Warn("truncated frame");
    return;  // kEof or kTruncated
  }
}

}  // namespace privacy_guard::host
