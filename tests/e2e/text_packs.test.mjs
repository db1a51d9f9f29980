// Browser tests of the languages' words as files (src/core/i18n/text_pack.h): only the
// language on screen loads before the first frame, another loads when chosen, and a language
// that cannot be had leaves the app in the one on screen (or, with none at all, says the app
// could not start) instead of drawing blank labels.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PHONE, openApp, useSiteAndBrowser } from './browser.mjs';

const suite = useSiteAndBrowser();

const textRequests = (requests) => requests.filter((url) => url.includes('/text/')).map((url) => url.split('/text/')[1]);
const labels = (page) => page.evaluate(() => window.unknot.widgets().map((widget) => widget.label));

async function withContext(run) {
  const context = await suite.browser.newContext(PHONE);
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

describe('text packs', () => {
  test('the first frame loads only the language on screen; another loads when chosen', () => withContext(async (context) => {
    // The page's own requests: the service worker also fetches every language, to precache
    // them, but only once the app is on screen.
    const requests = [];
    context.on('request', (request) => { if (!request.serviceWorker()) requests.push(request.url()); });
    const { page, errors } = await openApp(context, suite.url);
    assert.deepEqual(textRequests(requests).sort(), ['en.content', 'en.strings']);
    assert.ok((await labels(page)).includes('Settings'));
    // The first screen needs the UI's strings only: the Learn pages' and exercises' words are
    // fetched after it is drawn.
    const [strings, content, firstFrame] = await page.evaluate(() => [
      performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/text/en.strings')).startTime,
      performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/text/en.content')).startTime,
      performance.getEntriesByName('unknot-first-frame-layout')[0].startTime,
    ]);
    assert.ok(strings < firstFrame && content > firstFrame, `strings at ${strings} ms, content at ${content} ms, first frame at ${firstFrame} ms`);

    await page.evaluate(() => window.unknot.dispatch({ type: 'setLocale', locale: 'es' }));
    await page.evaluate(() => window.unknot.settled());  // settles once the Spanish words are drawn
    assert.deepEqual(textRequests(requests).sort(), ['en.content', 'en.strings', 'es.content', 'es.strings']);
    assert.ok((await labels(page)).includes('Ajustes'));

    await page.evaluate(() => window.unknot.dispatch({ type: 'setLocale', locale: 'en' }));
    await page.evaluate(() => window.unknot.settled());
    assert.equal(textRequests(requests).length, 4, 'a language already loaded is not fetched again');
    assert.ok((await labels(page)).includes('Settings'));
    assert.deepEqual(errors, []);
  }));

  test('a language chosen through window.unknot is fetched at once, not at some later change', () =>
    withContext(async (context) => {
      const { page } = await openApp(context, suite.url);
      // In one turn of the page's thread: nothing else (a save's answer, a frame) can ask for it.
      const fetched = await page.evaluate(() => {
        const seen = [];
        const fetchBefore = window.fetch;
        window.fetch = (resource, ...rest) => { seen.push(String(resource)); return fetchBefore(resource, ...rest); };
        window.unknot.dispatch({ type: 'setLocale', locale: 'es' });
        window.fetch = fetchBefore;
        return seen;
      });
      assert.deepEqual(fetched.sort(), ['text/es.content', 'text/es.strings']);
      await page.evaluate(() => window.unknot.settled());
      assert.ok((await labels(page)).includes('Ajustes'));
    }));

  for (const [what, answer] of [
    ['cannot be fetched', (route) => route.abort('internetdisconnected')],
    ['are not this version\'s', (route) => route.fulfill({ status: 200, body: 'unknot-text 1\ncontent\nes\n0000000000000000\n1\nx\0' })],
  ]) {
    test(`a language whose words ${what} leaves the app in the language on screen, and says so`, () =>
      withContext(async (context) => {
        await context.route('**/text/es.*', answer);
        const { page } = await openApp(context, suite.url);
        await page.evaluate(() => window.unknot.dispatch({ type: 'setLocale', locale: 'es' }));
        await page.waitForFunction(() => window.unknot.state().locale === 'en');
        await page.evaluate(() => window.unknot.settled());
        assert.ok((await labels(page)).includes('Settings'), 'still in English');
        assert.match(await page.locator('#announce-assertive').textContent(), /That language could not be loaded/);

        // Once the words can be had, choosing the language again works.
        await context.unroute('**/text/es.*');
        await page.evaluate(() => window.unknot.dispatch({ type: 'setLocale', locale: 'es' }));
        await page.evaluate(() => window.unknot.settled());
        assert.equal((await page.evaluate(() => window.unknot.state())).locale, 'es');
        assert.ok((await labels(page)).includes('Ajustes'));
      }));
  }

  test('with no words at all, the page says the app could not start', () => withContext(async (context) => {
    await context.route('**/text/**', (route) => route.abort('internetdisconnected'));
    const page = await context.newPage();
    await page.goto(suite.url);
    await page.locator('#fatal').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#canvas').isVisible(), false);
    assert.match(await page.locator('#fatal-title').textContent(), /\S/);
  }));
});
