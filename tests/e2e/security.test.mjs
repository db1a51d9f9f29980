// Browser tests of the security posture: every response carries the headers, the app runs under
// its strict Content-Security-Policy with no violation (the clinician summary's printable tab
// included), after load nothing is requested but the app's own files, and the dev server
// survives a malformed request.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { describe, test } from 'node:test';
import { DESKTOP, PHONE, SITE_DIR, openApp, useSiteAndBrowser } from './browser.mjs';
import { securityHeaders } from '../../scripts/lib/security_headers.mjs';

const suite = useSiteAndBrowser();
const EXPECTED = securityHeaders({ embedHosts: [] });

// Every CSP violation in the page (and in pages it opens) is kept in window.__violations.
async function watchViolations(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
}

// A GET of `path` exactly as written (fetch would normalise it), resolving to the status code.
function rawGet(base, path) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject).end();
  });
}

async function act(page, actions) {
  for (const action of actions) {
    const answer = await page.evaluate((a) => window.unknot.dispatch(a), action);
    assert.equal(answer.ok, true, `${action.type}: ${answer.error}`);
    await page.evaluate(() => window.unknot.settled());
  }
}

describe('security', () => {
  test('every response carries the security headers, and the app runs with no CSP violation', async () => {
    const context = await suite.browser.newContext(DESKTOP);
    await watchViolations(context);
    const responses = [];
    context.on('response', (response) => responses.push(response));
    try {
      const { page, errors } = await openApp(context, suite.url);
      await act(page, [
        { type: 'navigate', screen: 'checkin' }, { type: 'saveCheckIn', checkIn: { pain: 4, note: 'walked' } },
        { type: 'navigate', screen: 'progress' }, { type: 'navigate', screen: 'breathe' }, { type: 'startBreathing' },
        { type: 'stopBreathing' }, { type: 'navigate', screen: 'data' },
      ]);
      // The printable summary opens as a blob: page under the same policy; its stylesheet is
      // allowed by hash, so it is styled and nothing is blocked.
      const [summary] = await Promise.all([context.waitForEvent('page'),
        page.evaluate(() => window.unknot.dispatch({ type: 'exportData', format: 'summary' }))]);
      await summary.waitForLoadState();
      const styled = await summary.evaluate(() => getComputedStyle(document.body).maxWidth);
      assert.notEqual(styled, 'none', 'the summary stylesheet applied');
      assert.deepEqual(await summary.evaluate(() => window.__violations), []);
      await summary.close();

      assert.ok(responses.length >= 5, `saw ${responses.length} responses`);
      for (const response of responses) {
        if (!response.url().startsWith(suite.url)) continue;
        const headers = await response.allHeaders();
        for (const [name, value] of Object.entries(EXPECTED)) {
          assert.equal(headers[name.toLowerCase()], value, `${name} on ${response.url()}`);
        }
      }
      const wasm = responses.find((r) => r.url().endsWith('.wasm'));
      assert.equal((await wasm.allHeaders())['content-type'], 'application/wasm');
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('after load, nothing is requested but the app\'s own files', async () => {
    const context = await suite.browser.newContext(PHONE);
    const requests = [];
    context.on('request', (request) => requests.push({ url: request.url(), after: loaded }));
    let loaded = false;
    try {
      const { page } = await openApp(context, suite.url);
      loaded = true;
      await act(page, [
        { type: 'setLocale', locale: 'es' }, { type: 'navigate', screen: 'routine' }, { type: 'startRoutine', routine: 'short' },
        { type: 'skipExercise' }, { type: 'endRoutine' }, { type: 'closeRoutine' }, { type: 'navigate', screen: 'checkin' },
        { type: 'saveCheckIn', checkIn: { pain: 2 } }, { type: 'navigate', screen: 'progress' },
      ]);
      await page.evaluate(() => window.unknot.dispatch({ type: 'exportData', format: 'json' }));
      await page.waitForTimeout(500);  // anything sent late would show up here

      const own = new Set(readdirSync(SITE_DIR, { recursive: true }).map((name) => new URL(name, suite.url).href));
      own.add(suite.url);
      for (const { url, after } of requests) {
        if (url.startsWith('blob:')) continue;  // the export itself, made on the device
        assert.ok(url.startsWith(suite.url), `${after ? 'after' : 'during'} load, a request left the app's origin: ${url}`);
        assert.ok(own.has(url.split('?')[0]), `a request for something that is not an app file: ${url}`);
      }
    } finally {
      await context.close();
    }
  });

  test('the dev server answers a malformed path with 400 and keeps serving', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/%zz/index.html']) {
      assert.equal(await rawGet(suite.url, path), 400, path);
    }
    assert.equal(await rawGet(suite.url, '/'), 200, 'still serving');
    assert.equal(await rawGet(suite.url, '/index.html?x=%E0%A4%A'), 200, 'a query string is never decoded');
  });
});
