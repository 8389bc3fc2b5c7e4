// conversation.js: which Copilot conversation a page address belongs to,
// so that the placeholder map (lib/placeholders.js) lives exactly as long
// as one conversation.
//
// Pure. The rules (extension/README.md, "Placeholders back in the answer"):
//  - The conversation id is the part of the path from the first "chats",
//    "chat", "c", "conversation(s)" or "thread(s)" segment on, when a
//    segment follows it: copilot.microsoft.com "/chats/<id>", M365 Copilot
//    Chat "/chat/conversation/<id>", chatgpt.com "/c/<id>"; else the query
//    parameter "chat", "conversation", "conversationId" or "threadId" (the
//    test pages use "?chat=<id>"); else none ("/", "/chat": a new chat that
//    has no id yet).
//  - none → an id: the new conversation got its id with its first answer;
//    the map stays. An id → another id, or an id → none ("new chat"): a
//    different conversation; the map is cleared.
(function pgConversation(root) {
  'use strict';

  const PATH_KEYS = new Set(['chats', 'chat', 'c', 'conversation', 'conversations', 'thread', 'threads']);
  const QUERY_KEYS = ['chat', 'conversation', 'conversationId', 'threadId'];

  /** The conversation id in `href`, or null for a conversation without one. */
  function conversationId(href) {
    let url;
    try {
      url = new URL(href);
    } catch (_) {
      return null;
    }
    const parts = url.pathname.split('/').filter(Boolean);
    const i = parts.findIndex((p) => PATH_KEYS.has(p.toLowerCase()));
    if (i >= 0 && i < parts.length - 1) return parts.slice(i + 1).join('/');
    for (const k of QUERY_KEYS) {
      const v = url.searchParams.get(k);
      if (v) return v;
    }
    return null;
  }

  /** Does moving from conversation `prev` to `next` (ids or null) start a
   *  different conversation? */
  function isNewConversation(prev, next) {
    if (prev === next) return false;
    return prev !== null; // null → id: the same conversation got its id
  }

  const api = { PATH_KEYS, QUERY_KEYS, conversationId, isNewConversation };
  const PG = (root.PG = root.PG || {});
  PG.conversation = api;
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
