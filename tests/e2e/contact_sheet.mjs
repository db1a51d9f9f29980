// Puts crops of several screenshots side by side in one PNG, to compare them at a glance.
// Usage: node contact_sheet.mjs OUT.png X,Y,W,H COLUMNS FILE...
import { readFileSync, writeFileSync } from 'node:fs';
import { launchBrowser } from './browser.mjs';

const [out, crop, columns, ...files] = process.argv.slice(2);
const [x, y, w, h] = crop.split(',').map(Number);
const browser = await launchBrowser();
const page = await browser.newPage();
const data = await page.evaluate(async ({ images, x, y, w, h, columns }) => {
  const cols = Number(columns);
  const rows = Math.ceil(images.length / cols);
  const canvas = new OffscreenCanvas(cols * w, rows * h);
  const context = canvas.getContext('2d');
  for (let i = 0; i < images.length; i++) {
    const image = new Image();
    image.src = `data:image/png;base64,${images[i]}`;
    await image.decode();
    context.drawImage(image, x, y, w, h, (i % cols) * w, Math.floor(i / cols) * h, w, h);
  }
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return Array.from(new Uint8Array(await blob.arrayBuffer()));
}, { images: files.map((f) => readFileSync(f).toString('base64')), x, y, w, h, columns });
writeFileSync(out, Buffer.from(data));
await browser.close();
