// The C++/JS contract, from its one source: the C++ side. Run by web/CMakeLists.txt before the
// page script is bundled:
//   node scripts/lib/contract.mjs <repository root> <out: contract.js>
// It reads the C++ declarations and writes the page's generated contract module (imported as
// 'unknot-contract' by web/src): the exports JS may call (from every EMSCRIPTEN_KEEPALIVE
// function), the page hooks C++ may call (from the JS library's Module['unknotPage'] uses), and
// the constants both sides share (cue order, file kinds, frame bits, notification access,
// storage codes, the import size limit). Then it checks the page scripts against it and fails
// the build naming whatever differs: a call to an export that doesn't exist, an export nothing
// calls, a page hook missing or extra, a cue without a sound, a file kind without a type; and
// that every refusal code is named by its enumerator and documented in README.md.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [root, out] = process.argv.slice(2);
if (!root || !out) {
  console.error('usage: contract.mjs <repository root> <out file>');
  process.exit(2);
}
const read = (path) => readFileSync(join(root, path), 'utf8');
const problems = [];

// GetReady -> getReady; kWantsMore -> wantsMore.
const lowerCamel = (name) => name.charAt(0).toLowerCase() + name.slice(1);

function enumNames(path, name) {
  const found = read(path).match(new RegExp(`enum class ${name}\\b[^{]*\\{([^}]*)\\}`));
  if (!found) throw new Error(`${path}: enum class ${name} not found`);
  return found[1].replace(/\/\/.*$/gm, '').split(',').map((item) => item.trim()).filter(Boolean)
    .map((item) => {
      if (item.includes('=')) throw new Error(`${path}: ${name}::${item} sets its own value; the contract counts from 0`);
      return lowerCamel(item);
    });
}

// Every EMSCRIPTEN_KEEPALIVE function: its JS name, C symbol, and how its arguments cross.
// A `const char*` followed by `int size` is one byte array; any other `const char*` a string.
function cExports() {
  const files = ['src/app/main.cpp',
    ...readdirSync(join(root, 'src/platform/web')).filter((f) => f.endsWith('.cpp')).map((f) => `src/platform/web/${f}`)];
  const exports = [];
  for (const path of files) {
    for (const [, type, symbol, list] of read(path).matchAll(/EMSCRIPTEN_KEEPALIVE\s+([\w\s*]+?)\s*\b(unknot_\w+)\s*\(([^)]*)\)/g)) {
      const params = list.split(',').map((p) => p.trim()).filter((p) => p && p !== 'void').map((p) => {
        const [, ctype, name] = p.match(/^(.*?)\s*(\w+)$/);
        return { ctype: ctype.replace(/\s+\*/g, '*'), name };
      });
      const kinds = [];
      for (let i = 0; i < params.length; i++) {
        const { ctype, name } = params[i];
        if (ctype === 'const char*' && params[i + 1] && params[i + 1].name === 'size') {
          kinds.push('bytes');
          i += 1;
        } else if (ctype === 'const char*') {
          kinds.push('string');
        } else if (['int', 'unsigned', 'double'].includes(ctype)) {
          kinds.push('number');
        } else {
          throw new Error(`${path}: ${symbol}'s parameter ${name} has a type the contract can't carry (${ctype})`);
        }
      }
      const returns = { void: 'void', int: 'number', double: 'number', unsigned: 'unsigned', 'const char*': 'string' }[
        type.replace(/\s+\*/g, '*').trim()];
      if (!returns) throw new Error(`${path}: ${symbol} returns a type the contract can't carry (${type})`);
      const name = symbol.replace(/^unknot_/, '').replace(/_(\w)/g, (_, c) => c.toUpperCase());
      exports.push({ name, symbol: `_${symbol}`, returns, params: kinds });
    }
  }
  return exports;
}

function pageHooks() {
  const library = read('src/platform/web/unknot_platform.js');
  return [...new Set([...library.matchAll(/Module\['unknotPage'\]\.(\w+)/g)].map((m) => m[1]))].sort();
}

function frameBits() {
  const bits = {};
  for (const [, name, value] of read('src/app/app.h').matchAll(/constexpr int kFrame(\w+) = (\d+);/g)) {
    bits[lowerCamel(name)] = Number(value);
  }
  if (Object.keys(bits).length === 0) throw new Error('src/app/app.h: no kFrame* bits found');
  return bits;
}

function maxImportBytes() {
  const found = read('src/core/transfer/export_file.h').match(/kMaxImportBytes = ([^;]+);/);
  const expression = found && found[1].replace(/(\d+)u\b/g, '$1');
  if (!expression || !/^[\d\s<>*+()]+$/.test(expression)) throw new Error('kMaxImportBytes is not a plain number');
  return Number(new Function(`return (${expression});`)());
}

function storageCodes() {
  const header = read('src/core/storage/storage_codes.h');
  const codes = {};
  for (const [, group, body] of header.matchAll(/namespace (\w+) \{([^}]*)\}/g)) {
    const words = {};
    for (const [, name, value] of body.matchAll(/k(\w+) = "([^"]*)"/g)) words[lowerCamel(name)] = value;
    codes[lowerCamel(group.replace(/_(\w)/g, (_, c) => c.toUpperCase()))] = words;
  }
  return codes;
}

function enumObject(names) {
  return Object.fromEntries(names.map((name, index) => [name, index]));
}

const contract = {
  CORE_EXPORTS: cExports(),
  PAGE_HOOKS: pageHooks(),
  CUES: enumNames('src/core/flow/cue.h', 'Cue'),
  FILE_KINDS: enumNames('src/core/flow/effects.h', 'FileKind'),
  NOTIFY_ACCESS: enumObject(enumNames('src/core/flow/hosting.h', 'NotifyAccess')),
  FRAME: frameBits(),
  MAX_IMPORT_BYTES: maxImportBytes(),
  STORAGE_CODES: storageCodes(),
};

// --- The page scripts against the contract -------------------------------------------------

const scripts = Object.fromEntries(readdirSync(join(root, 'web/src')).filter((f) => f.endsWith('.js'))
  .map((f) => [f, read(`web/src/${f}`)]));

// The top-level keys of `const <name> = {` ... `};` in a page script (two-space indentation).
function tableKeys(file, name) {
  const text = scripts[file];
  const start = text.indexOf(`const ${name} = {\n`);
  if (start < 0) throw new Error(`web/src/${file}: const ${name} = { not found`);
  const body = text.slice(start, text.indexOf('\n};', start));
  return [...body.matchAll(/^ {2}(\w+)\s*[:,(]/gm)].map((m) => m[1]);
}

function sameSet(what, fromCpp, fromJs, [cppSide, jsSide] = ['C++', 'the page script']) {
  for (const name of fromCpp) if (!fromJs.includes(name)) problems.push(`${what}: '${name}' is in ${cppSide} but not in ${jsSide}`);
  for (const name of fromJs) if (!fromCpp.includes(name)) problems.push(`${what}: '${name}' is in ${jsSide} but not in ${cppSide}`);
}

// Every call into C++ goes through the `core` object (web/src/core_api.js).
const exportNames = contract.CORE_EXPORTS.map((e) => e.name);
const called = new Set();
for (const [file, text] of Object.entries(scripts)) {
  for (const [, name] of text.matchAll(/\bcore\.(\w+)\b/g)) {
    called.add(name);
    if (!exportNames.includes(name)) problems.push(`web/src/${file}: core.${name} is no C++ export (EMSCRIPTEN_KEEPALIVE unknot_*)`);
  }
  if (file !== 'core_api.js' && /\bccall\b|\bcwrap\b|\._unknot_/.test(text)) {
    problems.push(`web/src/${file}: calls C++ directly; go through core (web/src/core_api.js)`);
  }
}
for (const { name, symbol } of contract.CORE_EXPORTS) {
  if (!called.has(name)) problems.push(`C++ export ${symbol.slice(1)}: no page script calls core.${name}`);
}
sameSet('page hooks (src/platform/web/unknot_platform.js vs web/src/main.js pageHooks)', contract.PAGE_HOOKS,
  tableKeys('main.js', 'pageHooks'));
sameSet('cues (src/core/flow/cue.h vs web/src/cues.js SOUNDS)', contract.CUES, tableKeys('cues.js', 'SOUNDS'));
sameSet('file kinds (src/core/flow/effects.h vs web/src/files.js KINDS)', contract.FILE_KINDS, tableKeys('files.js', 'KINDS'));

// Refusal codes reach JS only inside dispatch's JSON answer, so nothing is generated for them;
// each RefusalCode is named by its enumerator (refusal.cpp) and documented for API users.
const refusals = enumNames('src/core/flow/refusal.h', 'RefusalCode');
const refusalIds = [...read('src/core/flow/refusal.cpp').matchAll(/case RefusalCode::(\w+): return "(\w+)";/g)];
for (const [, name, id] of refusalIds) {
  if (id !== lowerCamel(name)) problems.push(`src/core/flow/refusal.cpp: RefusalCode::${name} is named '${id}', not '${lowerCamel(name)}'`);
}
sameSet('refusal codes', refusals, refusalIds.map(([, , id]) => id), ['enum class RefusalCode', 'refusal_code_id()']);
const readme = read('README.md');
for (const id of refusals) if (!readme.includes(`\`${id}\``)) problems.push(`README.md: the refusal code '${id}' is not documented`);

if (problems.length) {
  console.error(`The C++/JS contract differs:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const lines = ['// Generated by scripts/lib/contract.mjs from the C++ sources: edit those, not this.'];
for (const [name, value] of Object.entries(contract)) {
  lines.push(`export const ${name} = Object.freeze(${JSON.stringify(value, null, 2)});`);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${lines.join('\n')}\n`);
