// Every piece of text the app draws reaches the accessibility mirror (issue #17): text goes
// through draw_text()/centred_text(), which record it with its role, or, where a screen calls
// Dear ImGui's AddText itself, a comment starting "a11y:" on the line or the two above it says
// where a screen reader gets those words (a control's name, a chart's description...).
// Usage: node scripts/lib/check_text_exposed.mjs [folder]   (default: src/ui)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.argv[2] || 'src/ui';
const files = [];
(function walk(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(cpp|h)$/.test(entry.name)) files.push(path);
  }
})(root);

const unexplained = [];
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!/\bAddText\(/.test(line)) return;
    const around = lines.slice(Math.max(0, i - 2), i + 1).join('\n');
    if (!/a11y:/.test(around)) unexplained.push(`${relative('.', file)}:${i + 1}: ${line.trim()}`);
  });
}
if (unexplained.length) {
  console.error('Text drawn with AddText and not exposed to screen readers (use draw_text, or say where\n' +
    'a reader gets these words in an "a11y:" comment):');
  for (const where of unexplained) console.error(`  ${where}`);
  process.exit(1);
}
console.log(`text exposed: every AddText in ${files.length} files is explained`);
