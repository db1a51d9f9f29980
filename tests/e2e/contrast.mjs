// Measures text contrast on screenshots, as WCAG 2.1 defines it, from the PNG's own pixels: a
// tiny PNG decoder (Chromium's screenshots are 8-bit RGB or RGBA, not interlaced) and, for each
// rect, the dominant colour as background against the ink: the contrast that enough of the
// rect's pixels reach to be strokes of text (antialiased edges are mixes, never the extreme).
import { inflateSync } from 'node:zlib';

export function decodePng(png) {
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      channels = { 2: 3, 6: 4 }[colour];
      if (depth !== 8 || !channels || interlace !== 0) throw new Error('only 8-bit RGB(A), non-interlaced PNGs');
    } else if (type === 'IDAT') {
      idat.push(body);
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rgb = new Uint8Array(width * height * 3);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? row[i - channels] : 0;
      const up = previous[i];
      const upLeft = i >= channels ? previous[i - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      row[i] = (line[i] + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) rgb.set(row.subarray(x * channels, x * channels + 3), (y * width + x) * 3);
    previous = row;
  }
  return { width, height, rgb };
}

// WCAG 2.1 relative luminance and contrast ratio of two 0xRRGGBB colours.
function luminance(colour) {
  const [r, g, b] = [colour >> 16, (colour >> 8) & 0xff, colour & 0xff].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a, b) {
  const [la, lb] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (la + 0.05) / (lb + 0.05);
}

const hex = (colour) => `#${colour.toString(16).padStart(6, '0')}`;

// Background and ink of one rect (CSS px; `scale` is device px per CSS px), or null when the
// rect holds one colour only. Ink must cover at least `minInk` of the rect's pixels.
export function inkOnBackground(image, rect, { scale = 1, minInk = 0.004 } = {}) {
  const x0 = Math.max(0, Math.round(rect.x * scale));
  const y0 = Math.max(0, Math.round(rect.y * scale));
  const x1 = Math.min(image.width, Math.round((rect.x + rect.w) * scale));
  const y1 = Math.min(image.height, Math.round((rect.y + rect.h) * scale));
  const counts = new Map();
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 3;
      const colour = (image.rgb[i] << 16) | (image.rgb[i + 1] << 8) | image.rgb[i + 2];
      counts.set(colour, (counts.get(colour) || 0) + 1);
    }
  }
  const total = Math.max(1, (x1 - x0) * (y1 - y0));
  let background = null;
  for (const [colour, count] of counts) if (background === null || count > counts.get(background)) background = colour;
  // Ink: going from the colour that contrasts most towards the least, the first at which those
  // colours together cover `minInk` of the rect. Text at 1x has few pixels of its exact colour
  // (most of a stroke is antialiased), so a single colour's count would miss it.
  const others = [...counts].filter(([colour]) => colour !== background)
    .map(([colour, count]) => ({ colour, count, ratio: contrastRatio(colour, background) }))
    .sort((a, b) => b.ratio - a.ratio);
  let ink = null;
  let ratio = 1;
  let covered = 0;
  for (const other of others) {
    covered += other.count;
    if (covered / total >= minInk) {
      [ink, ratio] = [other.colour, other.ratio];
      break;
    }
  }
  return ink === null ? null : { background: hex(background), ink: hex(ink), ratio };
}

// Every enabled widget fully or partly on screen, with its measured contrast.
export function widgetContrasts(png, widgets, options) {
  const image = decodePng(png);
  const results = [];
  for (const widget of widgets) {
    // Only items wholly on screen: a sliver of a card at the edge shows its background, not its ink.
    const bottom = image.height / (options?.scale || 1);
    if (!widget.enabled || widget.rect.y < 0 || widget.rect.y + widget.rect.h > bottom) continue;
    const measured = inkOnBackground(image, widget.rect, options);
    if (measured) results.push({ id: widget.id, ...measured });
  }
  return results;
}
