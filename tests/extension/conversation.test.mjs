// lib/conversation.js: when a page address starts a new conversation (and
// so a new placeholder map).
import test from 'node:test';
import assert from 'node:assert/strict';
import { load } from './load.mjs';

const C = load('conversation');

test('conversation ids on the real pages and the test pages', () => {
  assert.equal(C.conversationId('https://copilot.microsoft.com/'), null);
  assert.equal(C.conversationId('https://copilot.microsoft.com/chats/ab12CD'), 'ab12CD');
  assert.equal(C.conversationId('https://copilot.microsoft.com/chats/ab12CD?ref=x#y'), 'ab12CD');
  assert.equal(C.conversationId('https://m365.cloud.microsoft/chat'), null);
  assert.equal(C.conversationId('https://m365.cloud.microsoft/chat/conversation/A1'), 'conversation/A1');
  assert.notEqual(C.conversationId('https://m365.cloud.microsoft/chat/conversation/A1'),
    C.conversationId('https://m365.cloud.microsoft/chat/conversation/B2'));
  assert.equal(C.conversationId('https://chatgpt.com/c/6789'), '6789');
  assert.equal(C.conversationId('http://127.0.0.1:8080/textarea.html'), null);
  assert.equal(C.conversationId('http://127.0.0.1:8080/textarea.html?chat=c1'), 'c1');
  assert.equal(C.conversationId('not a url'), null);
});

test('none → id keeps the map (the new chat got its id); id → other id or none starts anew', () => {
  assert.equal(C.isNewConversation(null, null), false);
  assert.equal(C.isNewConversation(null, 'c1'), false);
  assert.equal(C.isNewConversation('c1', 'c1'), false);
  assert.equal(C.isNewConversation('c1', 'c2'), true);
  assert.equal(C.isNewConversation('c1', null), true);
});
