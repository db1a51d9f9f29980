// What every part of scripts/bench shares: counting frames through WebGL, file sizes, and the
// small statistics the reports use.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS || 10);
export const LOADS = 3;

// Counts frames as WebGL clears (each app clears once per drawn frame) and notes the time of
// the first draw call, relative to navigation start.
export function instrumentWebGL() {
  const stats = { firstDrawMs: null, clears: 0 };
  window.__bench = stats;
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const clear = proto.clear;
    proto.clear = function (...args) { stats.clears += 1; return clear.apply(this, args); };
    const drawElements = proto.drawElements;
    proto.drawElements = function (...args) {
      if (stats.firstDrawMs === null) stats.firstDrawMs = performance.now();
      return drawElements.apply(this, args);
    };
  }
}

// Every file of a site, by its path in it ("text/en.strings"), raw and compressed.
export function fileSizes(dir) {
  const files = {};
  const total = { raw: 0, gzip: 0, brotli: 0 };
  const paths = readdirSync(dir, { recursive: true }).filter((path) => statSync(join(dir, path)).isFile());
  for (const name of paths.sort()) {
    const bytes = readFileSync(join(dir, name));
    const sizes = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    files[name] = sizes;
    for (const key of Object.keys(total)) total[key] += sizes[key];
  }
  return { files, total };
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const round = (value, digits = 1) => Number(value.toFixed(digits));

export async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
}
