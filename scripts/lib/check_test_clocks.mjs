#!/usr/bin/env node
// Fails when a browser test would expire. Two rules, per line of code (comments are skipped):
// - a call that moves Playwright's clock to a fixed date (`pauseAt(` or `setSystemTime(` with a
//   literal date or timestamp) is refused by Playwright once that date is in the past, unless
//   the test first installed the clock at or before it: it must follow, in the same file, a
//   `clock.install({ time: ... })` with a literal no later than its own;
// - any other date literal ('2026-11-27...') must be the argument of fixedMoment() (see
//   tests/e2e/browser.mjs), which the tests' fake clock starts from and which CI shifts five
//   years ahead; a bare date handed to a helper would reach the clock unchecked.
// Usage: check_test_clocks.mjs [DIR] (default tests/e2e). Prints each offending line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] || new URL('../../tests/e2e/', import.meta.url).pathname;

// The literal moment in a call's argument text, in ms, or null when it has none.
export function literalMoment(argument) {
  const quoted = argument.match(/['"`](\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)['"`]/);
  if (quoted) return Date.parse(quoted[1]);
  const number = argument.match(/\b(\d{12,})\b/);  // ms since 1970: twelve digits from 1973 on
  return number ? Number(number[1]) : null;
}

// The offending calls in one file's text: [{ line, text }].
export function expiringCalls(source) {
  const problems = [];
  let installedAt = null;  // the earliest literal install seen so far
  source.split('\n').forEach((text, index) => {
    if (/^\s*(\/\/|\*)/.test(text)) return;
    const bare = text.replace(/\b(?:fixedMoment|clock\.install|pauseAt|setSystemTime)\([^)]*\)/g, '');
    if (/['"`]\d{4}-\d{2}-\d{2}/.test(bare)) {
      problems.push({ line: index + 1, text: text.trim(), why: 'a date not made with fixedMoment()' });
    }
    const install = text.match(/clock\.install\((.*)/);
    if (install) {
      const at = literalMoment(install[1]);
      if (at !== null && (installedAt === null || at < installedAt)) installedAt = at;
    }
    const move = text.match(/\b(?:pauseAt|setSystemTime)\((.*)/);
    if (!move) return;
    const at = literalMoment(move[1]);
    if (at !== null && (installedAt === null || installedAt > at)) {
      problems.push({ line: index + 1, text: text.trim(), why: 'moves the clock to a fixed date with no install at or before it' });
    }
  });
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let count = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mjs')).sort()) {
    for (const { line, text, why } of expiringCalls(readFileSync(join(dir, name), 'utf8'))) {
      console.log(`${name}:${line}: ${why}: ${text}`);
      count += 1;
    }
  }
  console.log(count === 0 ? 'test clocks: every fixed moment goes through fixedMoment() or a clock install'
                          : `test clocks: ${count} line(s) would fail once their date has passed`);
  process.exit(count === 0 ? 0 : 1);
}
