// Compiles the catalogs i18n/<locale>.po (locales in i18n/LINGUAS order) into two C++ headers
// and one text pack per locale:
//   strings_keys.h     enum class Locale, enum class Str and the counts (included everywhere)
//   strings_rows.h     each locale's id, plural rule and "offered in Settings" flag, where each
//                      key's texts sit in a pack, and the packs' fingerprint (core/i18n only)
//   <locale>.strings   the texts, in key order (format: core/i18n/text_pack.h), fetched by the
//                      page: the wasm carries no language
// Run by the build (src/core/CMakeLists.txt). It refuses, naming the file and the key: a key
// missing from a locale, a key no source file uses (src/**/*.{h,cpp}, "Str::Key"), a duplicated
// msgctxt, a fuzzy or empty translation, placeholders ({1}, {2}...) that differ between the
// English and a translation or across plural forms, an unsupported Plural-Forms.
// Keys starting with "Page" are the HTML page's own words (loading, crash): they are checked
// here like every key but compiled for the page script by compile_page_words.mjs, not into C++.
// Usage: node compile_strings.mjs <i18n dir> <src dir> <output dir> <pack dir>
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isPageWord, readLinguas, readPo } from './po.mjs';

// The plural rules the core knows (core/i18n/strings.cpp, plural_form): the "n != 1" family.
const kPluralRules = { 'n != 1': 'OneIsSingular', 'n > 1': 'ZeroAndOneAreSingular' };

const problems = [];
const fail = (where, message) => problems.push(`${where}: ${message}`);

// "en-XA" -> "EnXA", "pt-BR" -> "PtBR": the Locale enumerator.
const enumName = (id) => id.split(/[-_]/).map((p, i) => (i === 0 ? p[0].toUpperCase() + p.slice(1) : p.toUpperCase())).join('');
const placeholders = (text) => new Set(text.match(/\{[1-9]\}/g) ?? []);
const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));
const describe = (set) => (set.size ? [...set].sort().join(' ') : 'none');

function pluralRule(file, header) {
  const forms = header.fields['Plural-Forms'] ?? '';
  const match = /^nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.+?)\s*;?$/.exec(forms);
  const expression = match ? match[2].replace(/^\((.*)\)$/, '$1').replace(/\s+/g, ' ').trim() : '';
  if (!match || match[1] !== '2' || !(expression in kPluralRules)) {
    fail(`${file}:${header.line}`, `Plural-Forms "${forms}" is not supported: use nplurals=2 with plural=(n != 1) or (n > 1) (see i18n/README.md)`);
    return 'OneIsSingular';
  }
  return kPluralRules[expression];
}

function checkPlaceholders(where, entry) {
  if (entry.msgid_plural === undefined) {
    if (!sameSet(placeholders(entry.msgid), placeholders(entry.msgstr[0])))
      fail(where, `placeholders differ: the English has ${describe(placeholders(entry.msgid))}, the translation ${describe(placeholders(entry.msgstr[0]))}`);
    return;
  }
  // Every form has the placeholders of the English plural, except that a form may leave out
  // the count {1} ("the entry" instead of "1 entry"); the last form ("other") keeps them all.
  const all = placeholders(entry.msgid_plural);
  const withoutCount = new Set([...all].filter((p) => p !== '{1}'));
  const fits = (text, last) => sameSet(placeholders(text), all) || (!last && sameSet(placeholders(text), withoutCount));
  if (!fits(entry.msgid, false)) fail(where, `placeholders differ between msgid and msgid_plural`);
  entry.msgstr.forEach((form, i) => {
    if (!fits(form, i === entry.msgstr.length - 1))
      fail(where, `placeholders of msgstr[${i}] (${describe(placeholders(form))}) differ from the English plural's (${describe(all)})`);
  });
}

function readLocale(i18nDir, id) {
  const file = path.join(i18nDir, `${id}.po`);
  const { header, entries } = readPo(file);
  const offered = (header.fields['X-Unknot-Offered'] ?? 'yes') !== 'no';
  const rule = pluralRule(file, header);
  const byKey = new Map();
  for (const entry of entries) {
    const where = `${file}:${entry.line}`;
    if (entry.msgctxt === undefined) { fail(where, `entry "${entry.msgid}" has no msgctxt (its key)`); continue; }
    const key = entry.msgctxt;
    if (!/^[A-Z]\w*$/.test(key)) fail(where, `key "${key}" is not a C++ name`);
    if (byKey.has(key)) fail(where, `key ${key} is duplicated (first at line ${byKey.get(key).line})`);
    if (entry.flags.has('fuzzy')) fail(where, `key ${key} is marked fuzzy: check the translation, then remove the flag`);
    const forms = entry.msgid_plural === undefined ? 1 : 2;
    if (entry.msgstr.length !== forms || entry.msgstr.some((f) => !f)) fail(where, `key ${key} has an empty translation`);
    else checkPlaceholders(where, entry);
    byKey.set(key, entry);
  }
  return { id, file, offered, rule, byKey };
}

// Every "Str::Key" named in the sources.
function usedKeys(srcDir) {
  const used = new Set();
  const walk = (dir) => {
    for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, item.name);
      if (item.isDirectory()) walk(full);
      else if (/\.(h|cpp)$/.test(item.name)) for (const m of fs.readFileSync(full, 'utf8').matchAll(/\bStr::(\w+)/g)) used.add(m[1]);
    }
  };
  walk(srcDir);
  return used;
}

const cppString = (text) =>
  '"' + [...Buffer.from(text, 'utf8')].map((b) => {
    if (b === 0x22) return '\\"';
    if (b === 0x5c) return '\\\\';
    if (b >= 0x20 && b < 0x7f && b !== 0x3f) return String.fromCharCode(b);  // '?' escaped: no trigraphs
    return '\\' + b.toString(8).padStart(3, '0');
  }).join('') + '"';

function writeIfChanged(file, text) {
  // Unchanged keys leave strings_keys.h untouched, so editing a translation recompiles one file.
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return;
  fs.writeFileSync(file, text);
}

function main() {
  const [i18nDir, srcDir, outDir, packDir] = process.argv.slice(2);
  if (!packDir) throw new Error('usage: compile_strings.mjs <i18n dir> <src dir> <output dir> <pack dir>');
  const linguas = path.join(i18nDir, 'LINGUAS');
  const ids = readLinguas(linguas);
  if (ids.length === 0) fail(linguas, 'no locales listed');
  const locales = ids.map((id) => readLocale(i18nDir, id));
  const [first] = locales;
  const allKeys = [...first.byKey.keys()];
  const keys = allKeys.filter((key) => !isPageWord(key));
  for (const locale of locales) {
    for (const key of allKeys) if (!locale.byKey.has(key)) fail(locale.file, `key ${key} is missing (it is in ${first.file})`);
    for (const [key, entry] of locale.byKey) {
      const where = `${locale.file}:${entry.line}`;
      const model = first.byKey.get(key);
      if (!model) { fail(where, `key ${key} is not in ${first.file}`); continue; }
      if ((entry.msgid_plural === undefined) !== (model.msgid_plural === undefined))
        fail(where, `key ${key} is a plural entry in one catalog and not in the other`);
      else if (entry.msgid !== model.msgid || entry.msgid_plural !== model.msgid_plural)
        fail(where, `key ${key}: msgid differs from ${first.file}'s English; update it and check the translation`);
    }
  }
  const used = usedKeys(srcDir);
  for (const key of keys) if (!used.has(key)) fail(`${first.file}:${first.byKey.get(key).line}`, `key ${key} is not used anywhere in ${srcDir} (no Str::${key}): delete it from every catalog`);
  if (problems.length) {
    console.error(`i18n: the catalogs can't be compiled:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }

  const isPlural = (key) => first.byKey.get(key).msgid_plural !== undefined;
  const firstForm = new Map();
  let formCount = 0;
  for (const key of keys) {
    firstForm.set(key, formCount);
    formCount += isPlural(key) ? 2 : 1;
  }
  const fingerprint = createHash('sha256').update(keys.map((k) => `${k}${isPlural(k) ? '[]' : ''}`).join('\n'))
    .digest('hex').slice(0, 16);
  const pack = (locale) => {
    const texts = keys.flatMap((key) => locale.byKey.get(key).msgstr);
    return `unknot-text 1\nstrings\n${locale.id}\n${fingerprint}\n${texts.length}\n${texts.map((t) => `${t}\0`).join('')}`;
  };
  const banner = '// Generated by scripts/lib/i18n/compile_strings.mjs from i18n/*.po: edit those, not this.\n';
  const keysHeader = `${banner}#pragma once
#include <cstddef>

namespace unknot {

// In i18n/LINGUAS order: stored settings keep the number, so locales are only ever appended.
enum class Locale { ${locales.map((l) => enumName(l.id)).join(', ')} };
inline constexpr std::size_t kLocaleCount = ${locales.length};
inline constexpr Locale kAllLocales[kLocaleCount] = {${locales.map((l) => `Locale::${enumName(l.id)}`).join(', ')}};

enum class Str {
${keys.map((k) => `  ${k},`).join('\n')}
  Count
};
inline constexpr std::size_t kStringCount = static_cast<std::size_t>(Str::Count);

}  // namespace unknot
`;
  const rowsHeader = `${banner}// Included only by core/i18n/strings.cpp.
#pragma once
#include <string_view>

#include "core/i18n/strings_keys.h"

namespace unknot::catalog {

// How a count picks a plural form (the .po's Plural-Forms): the "n != 1" family.
enum class PluralRule { OneIsSingular, ZeroAndOneAreSingular };

struct LocaleInfo {
  std::string_view id;  // the BCP 47 tag, as in i18n/LINGUAS
  bool offered;         // listed in Settings (a pseudo-locale is not)
  PluralRule plural;
};

inline constexpr LocaleInfo kLocales[kLocaleCount] = {
${locales.map((l) => `    {${cppString(l.id)}, ${l.offered}, PluralRule::${l.rule}},`).join('\n')}
};

// Whether a key is a plural entry (its texts have a singular and a plural form).
inline constexpr bool kPlural[kStringCount] = {
${keys.map((k) => `    ${first.byKey.get(k).msgid_plural !== undefined},  // ${k}`).join('\n')}
};

// Where each key's texts start in a strings pack: one text, or a plural entry's two forms.
inline constexpr std::size_t kFirstForm[kStringCount] = {
${keys.map((k) => `    ${firstForm.get(k)},  // ${k}`).join('\n')}
};
inline constexpr std::size_t kStringFormCount = ${formCount};
// A pack is for this build's code only if it was made from the same keys, in the same order.
inline constexpr std::string_view kStringsFingerprint = "${fingerprint}";
}  // namespace unknot::catalog
`;
  fs.mkdirSync(outDir, { recursive: true });
  writeIfChanged(path.join(outDir, 'strings_keys.h'), keysHeader);
  writeIfChanged(path.join(outDir, 'strings_rows.h'), rowsHeader);
  fs.mkdirSync(packDir, { recursive: true });
  for (const locale of locales) writeIfChanged(path.join(packDir, `${locale.id}.strings`), pack(locale));
}

try {
  main();
} catch (error) {
  console.error(`i18n: ${error.message}`);
  process.exit(1);
}
