// What the wasm holds: its sections (code, data) and its code by origin (the app, Dear ImGui,
// SDL2, the C++ library, ...), each raw and after brotli. The shipped wasm keeps no names: they
// come from its twin linked with --profiling-funcs (the unknot_named target, the same code with
// a name section). A group's brotli size is its functions compressed together, apart from the
// rest: an estimate of what leaving it out would save.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const SECTION_NAMES = {
  0: 'custom', 1: 'type', 2: 'import', 3: 'function', 4: 'table', 5: 'memory', 6: 'global', 7: 'export', 9: 'element',
  10: 'code', 11: 'data',
};

// Where a function comes from, by its name (demangled, with \20-style escapes), the first
// match winning: a library template made for one of the app's types counts as the app's.
const ORIGINS = [
  ['app', /unknot/],
  ['cereal', /cereal/],
  ['rapidjson', /rapidjson/],
  ['imgui', /ImGui|(^|[^A-Za-z])Im[A-Z]/],
  ['stb (font rasteriser, rect packer)', /stbtt|stbrp|stb_/],
  ['sdl2', /^SDL_|^Emscripten_|^Blit|^SDL|_SDL/],
  ['c++ streams and locales', /basic_[io]?stream|streambuf|locale|ctype|num_get|num_put|money|time_get|time_put|codecvt|collate|messages|numpunct|__stdinbuf|__stdoutbuf|ios_base/],
  ['c++ library (strings, containers, exceptions)', /std::__2::|^__cxa|^__cxx|^__cxxabi|^__gxx|typeinfo|vtable|operator\\20new|operator\\20delete/],
];
const originOf = (name) => ORIGINS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'libc, compiler runtime, calls into JS';

function readSections(bytes) {
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return value >>> 0;
  };
  const sections = [];
  let imports = 0;
  let bodies = [];
  const names = new Map();
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const start = at;
    if (id === 2) {  // imported functions come first in the function index space
      for (let n = leb(), i = 0; i < n; i++) {
        for (let name = 0; name < 2; name++) {  // its module's and its own name
          const length = leb();  // (read before `at` moves past it)
          at += length;
        }
        const kind = bytes[at++];
        if (kind === 0) { leb(); imports++; } else if (kind === 1) { at++; if (bytes[at++] & 1) { leb(); } leb(); } else if (kind === 2) { if (bytes[at++] & 1) { leb(); } leb(); } else { at += 2; }
      }
    }
    if (id === 10) {
      bodies = [];
      for (let n = leb(), i = 0; i < n; i++) {
        const length = leb();
        bodies.push(bytes.subarray(at, at + length));
        at += length;
      }
    }
    if (id === 0) {
      const titleLength = leb();
      const title = bytes.subarray(at, at + titleLength);
      at += titleLength;
      while (title.toString() === 'name' && at < start + size) {  // subsection 1: function names
        const kind = bytes[at++];
        const end = leb() + at;
        if (kind === 1) {
          for (let n = leb(), i = 0; i < n; i++) {
            const index = leb();
            const length = leb();
            names.set(index, bytes.subarray(at, at + length).toString());
            at += length;
          }
        }
        at = end;
      }
    }
    sections.push({ id, bytes: bytes.subarray(start, start + size) });
    at = start + size;
  }
  return { sections, imports, bodies, names };
}

export function wasmSizeProfile(wasmFile, namedWasmFile) {
  const { sections } = readSections(readFileSync(wasmFile));
  const bySection = {};
  for (const { id, bytes } of sections) {
    const name = SECTION_NAMES[id] ?? `section ${id}`;
    bySection[name] = { raw: bytes.length, brotli: brotli(bytes) };
  }
  if (!existsSync(namedWasmFile)) return { bySection };
  const { imports, bodies, names } = readSections(readFileSync(namedWasmFile));
  const groups = new Map();
  bodies.forEach((body, i) => {
    const origin = originOf(names.get(imports + i) ?? '');
    if (!groups.has(origin)) groups.set(origin, []);
    groups.get(origin).push(body);
  });
  const codeByOrigin = {};
  for (const [origin, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    const joined = Buffer.concat(list);
    codeByOrigin[origin] = { functions: list.length, raw: joined.length, brotli: brotli(joined) };
  }
  const shown = (name) => name.slice(0, 100);  // a template's whole name runs to kilobytes
  const largest = bodies.map((body, i) => ({ name: shown(names.get(imports + i) ?? `#${imports + i}`), raw: body.length }))
    .sort((a, b) => b.raw - a.raw).slice(0, 15);
  return { bySection, codeByOrigin, largestFunctions: largest };
}
