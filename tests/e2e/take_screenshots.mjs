// Takes screenshots of each screen at 390x844 touch and 1280x800, at 1x and 2x.
// Used by scripts/screenshots; the PNGs are for people to look at.
import { join } from 'node:path';
import { startServer } from '../../scripts/lib/static_server.mjs';
import { DESKTOP, PHONE, launchBrowser, openApp } from './browser.mjs';

const [site, outDir, ...wanted] = process.argv.slice(2);
const screens = wanted.length ? wanted : ['home', 'routine', 'settings'];
const sizes = [
  ['phone', PHONE, 2], ['phone', PHONE, 1], ['desktop', DESKTOP, 1], ['desktop', DESKTOP, 2],
];

const server = await startServer({ root: site });
const browser = await launchBrowser();
try {
  for (const [name, device, scale] of sizes) {
    const context = await browser.newContext({ ...device, deviceScaleFactor: scale });
    const { page, errors } = await openApp(context, server.url);
    for (const screen of screens) {
      const [id, locale = 'en'] = screen.split(':');
      await page.evaluate(([s, l]) => {
        window.unknot.dispatch({ type: 'setLocale', locale: l });
        window.unknot.dispatch({ type: 'navigate', screen: s });
      }, [id, locale]);
      await page.evaluate(() => window.unknot.settled());
      const file = join(outDir, `${screen.replace(':', '-')}-${name}@${scale}x.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
    if (errors.length) console.log('console errors:', errors);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
