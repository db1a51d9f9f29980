// A small reader and writer for the gettext catalogs in i18n/: just the subset they use
// (msgctxt, msgid, msgid_plural, msgstr, msgstr[n], comments, flags). Kept dependency-free so
// the build needs only node; Debian's msgfmt --check still validates the full format.
import fs from 'node:fs';

function unquote(text, where) {
  const match = /^"((?:[^"\\]|\\.)*)"$/.exec(text.trim());
  if (!match) throw new Error(`${where}: expected a quoted string, found ${text.trim()}`);
  const escapes = { n: '\n', t: '\t', '"': '"', '\\': '\\' };
  return match[1].replace(/\\(.)/g, (all, c) => {
    if (!(c in escapes)) throw new Error(`${where}: unsupported escape \\${c}`);
    return escapes[c];
  });
}

export function quote(text) {
  return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t') + '"';
}

// Entries in file order. Each: { line, comments: ['#. ...'], flags: Set, msgctxt, msgid,
// msgid_plural, msgstr: [forms] }. The header (msgid "") is returned separately, its fields parsed.
export function readPo(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const entries = [];
  let entry = null, field = null, index = 0;
  const start = (n) => { entry = { line: n, comments: [], flags: new Set(), msgstr: [] }; entries.push(entry); field = null; };
  lines.forEach((raw, i) => {
    const where = `${file}:${i + 1}`, line = raw.trim();
    if (line === '') { entry = null; field = null; return; }
    if (line.startsWith('#~')) throw new Error(`${where}: obsolete entry (#~): delete it`);
    // A comment, msgctxt or msgid after a msgstr begins the next entry even without a blank line.
    const begins = line.startsWith('#') || /^(msgctxt|msgid)\s/.test(line);
    if (!entry || (begins && field === 'msgstr')) start(i + 1);
    if (line.startsWith('#')) {
      if (line.startsWith('#,')) line.slice(2).split(',').map((f) => f.trim()).filter(Boolean).forEach((f) => entry.flags.add(f));
      else entry.comments.push(raw);
      return;
    }
    const keyword = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
    if (keyword) {
      const name = keyword[1].startsWith('msgstr') ? 'msgstr' : keyword[1];
      field = name;
      if (name === 'msgctxt') entry.line = i + 1;  // errors point at the key
      index = keyword[2] === undefined ? 0 : Number(keyword[2]);
      if (name === 'msgstr') entry.msgstr[index] = unquote(keyword[3], where);
      else entry[name] = unquote(keyword[3], where);
      return;
    }
    if (line.startsWith('"') && field) {
      if (field === 'msgstr') entry.msgstr[index] += unquote(line, where);
      else entry[field] += unquote(line, where);
      return;
    }
    throw new Error(`${where}: can't read this line: ${line}`);
  });
  const headerAt = entries.findIndex((e) => e.msgid === '' && e.msgctxt === undefined);
  if (headerAt < 0) throw new Error(`${file}: no header entry (msgid "")`);
  const [header] = entries.splice(headerAt, 1);
  header.fields = Object.fromEntries((header.msgstr[0] ?? '').split('\n').filter(Boolean).map((l) => {
    const colon = l.indexOf(':');
    return [l.slice(0, colon).trim(), l.slice(colon + 1).trim()];
  }));
  return { header, entries };
}

// One entry as .po text (comments, flags, then the fields), long strings kept on one line.
export function formatEntry(entry) {
  let text = entry.comments.map((c) => c + '\n').join('');
  if (entry.flags.size) text += `#, ${[...entry.flags].join(', ')}\n`;
  if (entry.msgctxt !== undefined) text += `msgctxt ${quote(entry.msgctxt)}\n`;
  text += `msgid ${quote(entry.msgid)}\n`;
  if (entry.msgid_plural !== undefined) {
    text += `msgid_plural ${quote(entry.msgid_plural)}\n`;
    entry.msgstr.forEach((form, i) => { text += `msgstr[${i}] ${quote(form)}\n`; });
  } else {
    text += `msgstr ${quote(entry.msgstr[0] ?? '')}\n`;
  }
  return text;
}

// The locales in i18n/LINGUAS, in order (comments and blank lines skipped).
export function readLinguas(file) {
  return fs.readFileSync(file, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
}

// Keys of the HTML page's own words (loading, crash): compiled for the page script
// (compile_page_words.mjs), not into C++.
export const isPageWord = (key) => /^Page[A-Z]/.test(key);
