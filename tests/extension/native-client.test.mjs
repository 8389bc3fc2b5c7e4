import test from 'node:test';
import assert from 'node:assert/strict';
import { load } from './load.mjs';
import { fakeClock } from './fake-clock.mjs';

const { NativeClient } = load('native-client');
const { HostError } = load('protocol');

/** A fake native port; `host` answers what is posted. */
function fakePort(host) {
  const msgL = [];
  const discL = [];
  const port = {
    posted: [],
    disconnected: false,
    postMessage(m) {
      if (port.disconnected) throw new Error('Attempting to use a disconnected port object');
      port.posted.push(m);
      if (host) host(m, port);
    },
    disconnect() { port.disconnected = true; },
    onMessage: { addListener: (f) => msgL.push(f) },
    onDisconnect: { addListener: (f) => discL.push(f) },
    reply(m) { for (const f of msgL) f(m); },
    exit() { port.disconnected = true; for (const f of discL) f(); },
  };
  return port;
}

const echoHost = (m, port) => queueMicrotask(() => {
  if (m.type === 'hello') port.reply({ type: 'status', id: m.id, v: 1, version: 't' });
  else if (m.type === 'check') port.reply({ type: 'check', id: m.id, v: 1, decision: m.text.includes('CPR') ? 'block' : 'allow', findings: [] });
});

test('requests get ids; replies are matched by id even out of order', async () => {
  const ports = [];
  let held = [];
  const c = new NativeClient({
    connect: () => { const p = fakePort((m, port) => { if (m.type !== 'hello') held.push([m, port]); }); ports.push(p); return p; },
  });
  const a = c.request({ type: 'check', editor: 'e', mode: 'keystroke', text: 'a' });
  const b = c.request({ type: 'check', editor: 'e', mode: 'keystroke', text: 'b CPR' });
  assert.equal(ports.length, 1, 'one port for all requests');
  const [ma, mb] = held.map((x) => x[0]);
  assert.ok(Number.isInteger(ma.id) && mb.id > ma.id);
  ports[0].reply({ type: 'check', id: mb.id, v: 1, decision: 'block', findings: [] });
  ports[0].reply({ type: 'check', id: ma.id, v: 1, decision: 'allow', findings: [] });
  assert.equal((await a).decision, 'allow');
  assert.equal((await b).decision, 'block');
  c.close();
  held = [];
});

test('hello on connect stores the status', async () => {
  let status = null;
  const c = new NativeClient({ connect: () => fakePort(echoHost), onStatus: (s) => { status = s; } });
  c.connect();
  await new Promise((r) => setTimeout(r, 5));
  assert.equal(status.version, 't');
  assert.equal(c.status, status);
  c.close();
});

test('host missing: requests fail at once with host_unavailable', async () => {
  const clock = fakeClock();
  const c = new NativeClient({
    connect: () => { const p = fakePort(null); queueMicrotask(() => p.exit()); return p; },
    lastError: () => 'Specified native messaging host not found.',
    ...clock,
  });
  await assert.rejects(c.request({ type: 'check', editor: 'e', mode: 'submit', text: 'x' }),
    (e) => e instanceof HostError && e.code === 'host_unavailable' && /not found/.test(e.message));
  assert.equal(c.connected, false);
});

test('slow host: timeout after 1 s; a late reply is ignored', async () => {
  const clock = fakeClock();
  let port;
  const c = new NativeClient({ connect: () => (port = fakePort(null)), ...clock });
  const p = c.request({ type: 'check', editor: 'e', mode: 'submit', text: 'x' });
  const checkId = port.posted.find((m) => m.type === 'check').id;
  clock.advance(999);
  let settled = false;
  p.then(() => { settled = true; }, () => { settled = true; });
  await Promise.resolve();
  assert.equal(settled, false, 'still waiting at 999 ms');
  clock.advance(1);
  await assert.rejects(p, { code: 'timeout' });
  port.reply({ type: 'check', id: checkId, v: 1, decision: 'allow', findings: [] }); // late: no effect, no throw
});

test('crash: pending requests are rejected, reconnect backs off 250 → 500 → 1000 ms', async () => {
  const clock = fakeClock();
  const ports = [];
  const c = new NativeClient({
    connect: () => { const p = fakePort(null); ports.push(p); return p; }, lastError: () => 'Native host has exited.', ...clock,
  });
  const p = c.request({ type: 'check', editor: 'e', mode: 'submit', text: 'x' });
  ports[0].exit();
  await assert.rejects(p, { code: 'host_unavailable', message: 'Native host has exited.' });
  assert.ok(clock.delays().includes(250));
  clock.advance(250);
  assert.equal(ports.length, 2, 'reconnected after 250 ms');
  ports[1].exit();
  assert.ok(clock.delays().includes(500));
  clock.advance(500);
  assert.equal(ports.length, 3);
  ports[2].exit();
  assert.ok(clock.delays().includes(1000));
  c.close();
});

test('a good reply resets the backoff', async () => {
  const clock = fakeClock();
  const ports = [];
  const c = new NativeClient({ connect: () => { const p = fakePort(null); ports.push(p); return p; }, ...clock });
  c.connect();
  ports[0].exit();
  clock.advance(250);
  ports[1].exit(); // backoff now 1000 pending (500 scheduled)
  clock.advance(500);
  const hello = ports[2].posted.find((m) => m.type === 'hello');
  ports[2].reply({ type: 'status', id: hello.id, v: 1 });
  await Promise.resolve();
  ports[2].exit();
  assert.ok(clock.delays().includes(250), 'back to 250 ms after a good reply');
  c.close();
});

test('a request while disconnected reconnects at once', async () => {
  const clock = fakeClock();
  const ports = [];
  const c = new NativeClient({ connect: () => { const p = fakePort(echoHost); ports.push(p); return p; }, ...clock });
  c.connect();
  ports[0].exit();
  const r = await c.request({ type: 'check', editor: 'e', mode: 'submit', text: 'hi' });
  assert.equal(r.decision, 'allow');
  assert.equal(ports.length, 2);
  c.close();
});

test('two timeouts in a row restart a host that answered before, not one still starting', async () => {
  const clock = fakeClock();
  const ports = [];
  const c = new NativeClient({ connect: () => { const p = fakePort(null); ports.push(p); return p; }, ...clock });
  c.request({ type: 'check', editor: 'e', mode: 'keystroke', text: 'a' }).catch(() => {});
  c.request({ type: 'check', editor: 'e', mode: 'keystroke', text: 'b' }).catch(() => {});
  clock.advance(1000);
  assert.equal(ports[0].disconnected, false, 'never answered: still starting up, keep it');
  const hello = ports[0].posted.find((m) => m.type === 'hello');
  ports[0].reply({ type: 'status', id: hello.id, v: 1 }); // late but it answers: now "answered"
  c.request({ type: 'check', editor: 'e', mode: 'keystroke', text: 'c' }).catch(() => {});
  c.request({ type: 'check', editor: 'e', mode: 'keystroke', text: 'd' }).catch(() => {});
  clock.advance(1000);
  assert.equal(ports[0].disconnected, true, 'stuck after answering: restarted');
  c.close();
});

test('error replies reject with the host code', async () => {
  const c = new NativeClient({
    connect: () => fakePort((m, port) => queueMicrotask(() => port.reply({ type: 'error', id: m.id, v: 1, error: { code: 'too_large', message: 'x' } }))),
  });
  await assert.rejects(c.request({ type: 'redact', text: 'x' }), { code: 'too_large' });
  c.close();
});
