// Builds the site's service worker: node build_sw.mjs SITE_DIR
// Bundles web/sw/sw.js with esbuild, then lets workbox-build write SITE_DIR/sw.js with the
// precache list (every file in SITE_DIR with a hash of its content, and its SRI digest)
// injected. Run after every other site file is built (web/CMakeLists.txt does); the browser
// tests also run it on a copied, changed site to make a second build.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { injectManifest } from 'workbox-build';

const ROOT = new URL('../../', import.meta.url).pathname;

// Adds each file's Subresource Integrity hash to its precache entry. Workbox's revision only
// names the version; with `integrity` the worker's install fetch is checked by the browser, so
// a file that is not this build's (truncated, stale, half uploaded) fails the install instead of
// being cached and served as this version (docs/DEPLOY.md).
export function withIntegrity(siteDir) {
  return async (entries) => {
    const manifest = await Promise.all(entries.map(async (entry) => {
      const bytes = await readFile(join(siteDir, decodeURIComponent(entry.url)));
      return { ...entry, integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}` };
    }));
    return { manifest, warnings: [] };
  };
}

export async function buildServiceWorker(siteDir) {
  const temp = await mkdtemp(join(tmpdir(), 'unknot-sw-'));
  try {
    const bundled = join(temp, 'sw.js');
    await build({
      entryPoints: [join(ROOT, 'web/sw/sw.js')],
      outfile: bundled,
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      // Workbox's development logging is dropped from the shipped worker.
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    });
    const { count, size, warnings } = await injectManifest({
      swSrc: bundled,
      swDest: join(siteDir, 'sw.js'),
      globDirectory: siteDir,
      globPatterns: ['**/*'],
      // config.json is the deployment's (network first, see web/sw/sw.js), not the build's.
      // _headers is the static host's configuration, never fetched by the app.
      globIgnores: ['sw.js', 'config.json', '_headers'],
      // Workbox skips files over 2 MB by default; a skipped wasm would break every offline
      // start without a word, so the limit is far above any file we ship.
      maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
      manifestTransforms: [withIntegrity(siteDir)],
    });
    for (const warning of warnings) console.warn(`build_sw: ${warning}`);
    return { count, size };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [siteDir] = process.argv.slice(2);
  if (!siteDir) {
    console.error('usage: node build_sw.mjs SITE_DIR');
    process.exit(2);
  }
  await buildServiceWorker(resolve(siteDir));
}
