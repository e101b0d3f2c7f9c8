// The reference proxy in deploy/nginx, run by scripts/browser-tests.sh in front of the real site: TLS versions and
// suites (ASVS 12.1.1, 12.1.2), one framing for every request (4.2.1), and the site trusting what it forwards.
// PROXY_URL is nginx with deploy/nginx/tls.conf and proxy.conf included, a throwaway RSA certificate, and the site
// behind it on plain HTTP with the proxy named in Cms:ForwardedHeaders:KnownProxies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import tls from 'node:tls';
import https from 'node:https';

const proxy = new URL(process.env.PROXY_URL ?? 'https://127.0.0.1:5200');
const target = `${proxy.hostname}:${proxy.port}`;

// A handshake by Debian's openssl client, allowed to offer anything (security level 0), so a refusal is the proxy's.
function handshake(...options) {
  const run = spawnSync('openssl', ['s_client', '-connect', target, '-servername', 'localhost', ...options], { input: '', encoding: 'utf8', timeout: 10000 });
  const cipher = /Cipher is (\S+)/.exec(run.stdout)?.[1];
  return cipher && cipher !== '(NONE)' ? cipher : null;
}

test('only TLS 1.2 and 1.3 are spoken', () => {
  assert.ok(handshake('-tls1_3'), 'TLS 1.3 was refused');
  assert.ok(handshake('-tls1_2'), 'TLS 1.2 was refused');
  for (const old of ['-tls1_1', '-tls1']) {
    assert.equal(handshake(old, '-cipher', 'DEFAULT@SECLEVEL=0'), null, `${old} was accepted`);
  }
});

test('TLS 1.2 offers only ECDHE key exchange with an AEAD cipher', () => {
  for (const strong of ['ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-CHACHA20-POLY1305']) {
    assert.equal(handshake('-tls1_2', '-cipher', strong), strong);
  }
  // RSA key exchange (no forward secrecy), CBC modes, SHA-1 MACs, finite-field DHE, 3DES.
  for (const weak of ['AES128-GCM-SHA256', 'AES256-SHA256', 'AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'ECDHE-RSA-AES256-SHA384',
    'DHE-RSA-AES128-GCM-SHA256', 'DES-CBC3-SHA']) {
    assert.equal(handshake('-tls1_2', '-cipher', `${weak}@SECLEVEL=0`), null, `${weak} was accepted`);
  }
});

// Raw requests on one TLS connection; every response line the proxy sent back, until it closes or goes quiet.
function exchange(raw) {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: proxy.hostname, port: Number(proxy.port), servername: 'localhost', rejectUnauthorized: false, ALPNProtocols: ['http/1.1'] });
    let received = '';
    const done = () => { socket.destroy(); resolve([...received.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]))); };
    socket.setTimeout(2000, done);
    socket.on('secureConnect', () => socket.write(raw));
    socket.on('data', (chunk) => { received += chunk.toString('latin1'); });
    socket.on('end', done);
    socket.on('error', reject);
  });
}

const get = (path) => `GET ${path} HTTP/1.1\r\nHost: localhost\r\n\r\n`;

test('two pipelined requests get two answers (the check below can see a smuggled one)', async () => {
  assert.deepEqual(await exchange(get('/') + get('/haku/')), [200, 200]);
});

test('ambiguous framing is refused at the proxy and nothing after it is answered as a second request', async () => {
  const cases = {
    'Content-Length and Transfer-Encoding': 'POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    'two different Content-Lengths': 'POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nContent-Length: 41\r\n\r\n',
    'an unknown transfer coding': 'POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: xchunked\r\n\r\n0\r\n\r\n',
    'chunked, then identity': 'POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n',
    'a chunk size past 64 bits': 'POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFFF\r\nx\r\n0\r\n\r\n',
    'Transfer-Encoding on HTTP/1.0': 'POST / HTTP/1.0\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  };
  for (const [name, request] of Object.entries(cases)) {
    const statuses = await exchange(request + get('/umbraco/smuggled'));
    assert.equal(statuses.length, 1, `${name}: ${statuses.join(', ')}`);
    assert.ok([400, 501].includes(statuses[0]), `${name}: answered ${statuses[0]}`);
  }
});

test('a body over the site\'s 30 MB limit is refused before it is sent on', async () => {
  const statuses = await exchange(`POST /api/forms/x/entries HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${31 * 1024 * 1024}\r\n\r\n{`);
  assert.deepEqual(statuses, [413]);
});

function fetchThroughProxy(path, headers = {}) {
  return new Promise((resolve, reject) => {
    https.get(new URL(path, proxy), { rejectUnauthorized: false, servername: 'localhost', headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response));
    }).on('error', reject);
  });
}

// The site sees the scheme the proxy saw (a client's own X-Forwarded-Proto is replaced): its cookies are then
// __Host- prefixed and Secure, and HSTS is sent. ASP.NET leaves HSTS off for localhost and 127.0.0.1, so that check
// asks for osallisuus.test, which browser-tests.sh adds to the site's AllowedHosts.
test('HTTPS answers through the proxy carry HSTS for a year with subdomains', async () => {
  const home = await fetchThroughProxy('/', { Host: 'osallisuus.test', 'X-Forwarded-Proto': 'http' });
  assert.equal(home.statusCode, 200);
  assert.match(home.headers['strict-transport-security'] ?? '', /^max-age=31536000; includeSubDomains$/);
});

test('the site trusts the proxy: its cookies are __Host- prefixed and Secure even when the client claims http', async () => {
  const login = await fetchThroughProxy('/umbraco/login', { 'X-Forwarded-Proto': 'http' });
  assert.equal(login.statusCode, 200);
  const cookies = login.headers['set-cookie'] ?? [];
  assert.ok(cookies.length > 0, 'the sign-in page set no cookie');
  for (const cookie of cookies) {
    assert.match(cookie, /^__Host-/, `not __Host-: ${cookie.split(';')[0]}`);
    assert.match(cookie, /; secure/i);
  }
});
