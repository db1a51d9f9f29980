// Compiles the Learn pages and the exercises' texts from content/<locale>/ (format:
// content/README.md) into two C++ headers the core includes, which give each page's or
// exercise's texts by number, and one content pack per locale (<locale>.content, format in
// core/i18n/text_pack.h) holding those texts, which the page fetches: the wasm carries no
// language. A third header, core/i18n/content_pack.h, has the packs' count and fingerprint.
//
// Usage: node compile_content.mjs <repository root> <generated include folder> <pack folder> [<locale>=<folder>...]
// A <locale>=<folder> argument reads that locale from another folder than content/<locale>/
// (a pseudo-locale generated into the build folder, say).
//
// Every problem is reported as "file:line: message" and fails the build: a missing or extra
// file, an unknown front matter key, an empty text, a block out of place, a missing section, a
// step cue too long for the player's large text, or a file whose shape (counts of paragraphs,
// bullets, steps, mistakes; sections present) differs from the first locale's. Which pages and
// exercises exist is the C++ side's to say (kLearnPageKeys, kExerciseKeys): the headers check
// every file's key against it with a static_assert that names the file.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { kPseudoLocale } from './pseudo_locale.mjs';

const [root, outDir, packDir, ...overrides] = process.argv.slice(2);
if (!root || !outDir || !packDir || overrides.some((arg) => !arg.includes('='))) {
  console.error('usage: node compile_content.mjs <repository root> <generated include folder> <pack folder> [<locale>=<folder>...]');
  process.exit(2);
}
const contentDir = path.join(root, 'content');
const movedLocales = Object.fromEntries(overrides.map((arg) => arg.split('=')));
const localeDir = (locale) => path.resolve(movedLocales[locale] ?? path.join(contentDir, locale));
const errors = [];

class ContentError extends Error {}
// Reports a problem at a file's line, as compilers do, so editors can jump to it.
function fail(file, line, message) {
  throw new ContentError(`${path.relative(root, file)}:${line}: ${message}`);
}

function readLocales() {
  const file = path.join(root, 'i18n', 'LINGUAS');
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

// ---- One file: front matter, then a body of blocks --------------------------------------------

// A body line's syntax is its leading marker; the rest of the line is text.
const MARKERS = [
  ['title', /^# (.*)$/],
  ['heading', /^## (.*)$/],
  ['bullet', /^- (.*)$/],
  ['step', /^(\d+)\. (.*)$/],
  ['quote', /^> (.*)$/],
];

function parseFile(file, frontMatterKeys) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').map((line) => line.replace(/\s+$/, ''));
  if (lines[0] !== '---') fail(file, 1, 'a content file starts with its front matter, a "---" line');
  const front = {};
  let at = 1;
  for (; at < lines.length && lines[at] !== '---'; at++) {
    const match = /^([a-z_]+): (.+)$/.exec(lines[at]);
    if (!match) fail(file, at + 1, 'front matter lines are "key: value"');
    if (!frontMatterKeys.includes(match[1])) {
      fail(file, at + 1, `unknown front matter key "${match[1]}" (known: ${frontMatterKeys.join(', ')})`);
    }
    front[match[1]] = { text: match[2], line: at + 1 };
  }
  if (at === lines.length) fail(file, 1, 'the front matter is never closed by a "---" line');
  const blocks = [];
  let open = null; // a paragraph or quote that the next line continues
  for (at += 1; at < lines.length; at++) {
    const text = lines[at];
    const line = at + 1;
    if (text === '') {
      open = null;
      continue;
    }
    if (/^\s/.test(text)) fail(file, line, 'lines start at the margin (no indented or nested blocks)');
    const marked = MARKERS.find(([, pattern]) => pattern.test(text));
    if (!marked) {
      if (/^(#{1,2}|>|-|\d+\.)$/.test(text)) fail(file, line, `empty text after "${text}"`);
      // As in Markdown, "-20" or "1.5 litres" start a paragraph; "#" and ">" are always markers.
      if (/^(#|>)/.test(text)) fail(file, line, 'only "# " (the title) and "## " headings, and "> " notes, followed by one space');
      if (open?.kind === 'paragraph') open.text += ` ${text}`;
      else blocks.push((open = { kind: 'paragraph', text, line }));
      continue;
    }
    const [kind, pattern] = marked;
    const match = pattern.exec(text);
    const block = { kind, text: match[match.length - 1], line };
    if (kind === 'step') block.number = Number(match[1]);
    if (kind === 'quote' && open?.kind === 'quote') {
      open.text += ` ${block.text}`;
      continue;
    }
    open = kind === 'quote' ? block : null;
    blocks.push(block);
  }
  for (const block of blocks) {
    if (block.text.trim() === '') fail(file, block.line, 'empty text');
    if (/^\s/.test(block.text)) fail(file, block.line, 'one space between a marker and its text');
  }
  return { front, blocks };
}

// Takes blocks from the front of the body while they are of `kind`.
function take(blocks, kind) {
  const taken = [];
  while (blocks.length && blocks[0].kind === kind) taken.push(blocks.shift());
  return taken;
}

function expectTitle(file, blocks) {
  if (blocks[0]?.kind !== 'title') fail(file, blocks[0]?.line ?? 1, 'the body starts with a "# " title');
  return blocks.shift();
}

function unexpected(file, block, what) {
  fail(file, block.line, `a ${block.kind} is out of place here: ${what}`);
}

// ---- Learn pages: # title, paragraphs, optional "## heading" with bullets, optional "> " safety --

function readLearnPage(file, { blocks }) {
  const page = { title: expectTitle(file, blocks), paragraphs: take(blocks, 'paragraph'), list_heading: null,
    bullets: [], safety: null };
  if (!page.paragraphs.length) fail(file, page.title.line, 'a page has at least one paragraph after its title');
  if (blocks[0]?.kind === 'heading') {
    page.list_heading = blocks.shift();
    page.bullets = take(blocks, 'bullet');
    if (!page.bullets.length) fail(file, page.list_heading.line, 'a "## " list heading is followed by "- " bullets');
  }
  if (blocks[0]?.kind === 'quote') page.safety = blocks.shift();
  if (blocks.length) {
    unexpected(file, blocks[0], 'a page is a title, paragraphs, then optionally a "## " heading with bullets, then optionally a "> " safety note');
  }
  return page;
}

// ---- Exercises: # name, the benefit paragraph, then named "## " sections -----------------------

// The step cues: the one short line the routine player shows under the figure (and a voice coach
// says) while getting ready, while working, and for an exercise whose reps follow the breath (cat
// cow), for each half of the breath. [section name, field, C++ member of ExerciseCues].
const CUE_PARTS = [
  ['ready cue', 'ready_cue', 'ready'],
  ['do cue', 'do_cue', 'doing'],
  ['breathe in cue', 'breathe_in_cue', 'breathe_in'],
  ['breathe out cue', 'breathe_out_cue', 'breathe_out'],
];
// Read at a glance from the floor, in large text on a phone: longer fails the build.
const kMaxCueCodePoints = 90;
// The breath's two halves come together or not at all.
const BREATH_CUE_PAIR = ['breathe_in_cue', 'breathe_out_cue'];

const EXERCISE_SECTIONS = {
  Steps: { field: 'steps', kind: 'step', list: true },
  Breathing: { field: 'breathing', kind: 'paragraph' },
  'Common mistakes': { field: 'mistakes', kind: 'bullet', list: true },
  'Stop if': { field: 'stop_if', kind: 'paragraph' },
  'Ready cue': { field: 'ready_cue', kind: 'paragraph', cue: true },
  'Do cue': { field: 'do_cue', kind: 'paragraph', cue: true },
  'Breathe in cue': { field: 'breathe_in_cue', kind: 'paragraph', cue: true, optional: true },
  'Breathe out cue': { field: 'breathe_out_cue', kind: 'paragraph', cue: true, optional: true },
  Sides: { field: 'sides', kind: 'bullet', list: true, count: 2, optional: true },
};
// The easier and harder variants (the standard is the sections above): each has its name and
// its own steps; its breathing, mistakes and cues are optional, the standard's when left out
// (each cue on its own, the two breath cues as a pair).
const VARIANT_PARTS = [
  ['', 'name', { kind: 'paragraph' }],
  [' steps', 'steps', { kind: 'step', list: true }],
  [' breathing', 'breathing', { kind: 'paragraph', optional: true }],
  [' mistakes', 'mistakes', { kind: 'bullet', list: true, optional: true }],
  ...CUE_PARTS.map(([name, field]) => [` ${name}`, field, { kind: 'paragraph', cue: true, optional: true }]),
];
const VARIANTS = ['Easier', 'Harder'];
for (const variant of VARIANTS) {
  for (const [suffix, part, section] of VARIANT_PARTS) {
    EXERCISE_SECTIONS[`${variant}${suffix}`] = { field: `${variant.toLowerCase()}_${part}`, ...section };
  }
}
// An exercise field as its section is written, for messages: "easier_steps" -> '"## Easier steps"'.
const sectionOfField = Object.fromEntries(Object.entries(EXERCISE_SECTIONS).map(([name, { field }]) => [field, `"## ${name}"`]));
const variantFields = (variant) => VARIANT_PARTS.map(([, part]) => `${variant.toLowerCase()}_${part}`);
// The cue fields of the standard (prefix '') or of a variant ('easier_', 'harder_').
const cueFields = (prefix) => CUE_PARTS.map(([, field]) => `${prefix}${field}`);
const cuePrefixes = ['', ...VARIANTS.map((variant) => `${variant.toLowerCase()}_`)];

function readExercise(file, { blocks }) {
  const exercise = { name: expectTitle(file, blocks) };
  const benefit = take(blocks, 'paragraph');
  if (benefit.length !== 1) fail(file, exercise.name.line, 'the name is followed by one paragraph: what the exercise does');
  exercise.benefit = benefit[0];
  while (blocks.length) {
    const heading = blocks.shift();
    const section = EXERCISE_SECTIONS[heading.text];
    if (heading.kind !== 'heading' || !section) {
      fail(file, heading.line, `expected a section: ${Object.keys(EXERCISE_SECTIONS).map((name) => `"## ${name}"`).join(', ')}`);
    }
    if (exercise[section.field]) fail(file, heading.line, `"## ${heading.text}" appears twice`);
    const items = take(blocks, section.kind);
    if (!items.length) fail(file, heading.line, `"## ${heading.text}" holds ${section.kind}s`);
    if (section.kind === 'step') {
      items.forEach((step, index) => {
        if (step.number !== index + 1) fail(file, step.line, `steps are numbered 1, 2, 3...: expected ${index + 1}.`);
      });
    }
    if (!section.list && items.length > 1) fail(file, items[1].line, `"## ${heading.text}" holds one paragraph`);
    if (section.count && items.length !== section.count) {
      fail(file, heading.line, `"## ${heading.text}" holds ${section.count} bullets: the first side, then the second`);
    }
    exercise[section.field] = section.list ? items : items[0];
  }
  for (const [name, section] of Object.entries(EXERCISE_SECTIONS)) {
    if (!exercise[section.field] && !section.optional) {
      const why = /^(Easier|Harder)/.test(name) ? ': every exercise has an easier and a harder variant'
        : section.cue ? ': the routine player shows it under the figure' : '';
      fail(file, exercise.name.line, `missing "## ${name}"${why}`);
    }
  }
  for (const prefix of cuePrefixes) {
    const [inhale, exhale] = BREATH_CUE_PAIR.map((field) => `${prefix}${field}`);
    if (!exercise[inhale] !== !exercise[exhale]) {
      const [have, lack] = exercise[inhale] ? [inhale, exhale] : [exhale, inhale];
      fail(file, exercise[have].line, `${sectionOfField[have]} without ${sectionOfField[lack]}: an exercise paced by the breath has both, any other neither`);
    }
  }
  exercise.sides ??= null;
  return exercise;
}

// ---- Every locale against the first ---------------------------------------------------------

// The two kinds of content file: where they are, how to read one, and what C++ they become.
const KINDS = [
  {
    folder: 'learn',
    idKey: 'page',
    read: readLearnPage,
    fields: ['title', 'paragraphs', 'list_heading', 'bullets', 'safety'],
    header: 'core/learn/learn_words.h',
    include: 'core/learn/learn_content.h',
    wordsType: 'LearnPageWords',
    function: 'learn_page_words',
    keysCheck: 'is_learn_page_key',
    countName: 'kLearnPageCount',
    owner: 'learn_content.h (kLearnPageKeys)',
  },
  {
    folder: 'exercises',
    idKey: 'exercise',
    read: readExercise,
    check: checkCueLengths,
    fields: ['name', 'benefit', 'steps', 'breathing', 'mistakes', 'stop_if', ...cueFields(''), 'sides',
      ...VARIANTS.flatMap(variantFields)],
    // The C++ struct names the two sides; the file holds them as one "## Sides" list.
    cppFields: { first_side: (record) => record.sides?.[0], second_side: (record) => record.sides?.[1] },
    // Nested structs, by the member that holds one, in the member order of ExerciseWords after its
    // plain fields: the standard's cues become ExerciseCues {ready, doing, breathe_in, breathe_out};
    // each variant's sections one VariantWords {name, steps, breathing, mistakes, cues}.
    cppStructs: Object.fromEntries([
      ['cues', { type: 'ExerciseCues', fields: cueFields(''), labels: CUE_PARTS.map(([, , member]) => member) }],
      ...VARIANTS.flatMap((variant) => {
        const prefix = `${variant.toLowerCase()}_`;
        const own = variantFields(variant).filter((field) => !cueFields(prefix).includes(field));
        return [
          [variant.toLowerCase(), { type: 'VariantWords', fields: [...own, `${prefix}cues`] }],
          [`${prefix}cues`, { type: 'ExerciseCues', fields: cueFields(prefix), labels: CUE_PARTS.map(([, , member]) => member) }],
        ];
      }),
    ]),
    lists: ['steps', 'mistakes', ...VARIANTS.flatMap((variant) => [`${variant.toLowerCase()}_steps`, `${variant.toLowerCase()}_mistakes`])],
    header: 'core/routine/exercise_words.h',
    include: 'core/routine/exercise.h',
    wordsType: 'ExerciseWords',
    function: 'exercise_words',
    keysCheck: 'is_exercise_key',
    countName: 'kExerciseCount',
    owner: 'exercise.h (kExerciseKeys)',
  },
];

function markdownFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).sort();
}

// content/ holds README.md and one folder per locale; a locale folder holds learn/ and exercises/.
function checkLocaleFolders(locales) {
  const relative = (where) => path.relative(root, where);
  for (const name of fs.readdirSync(contentDir).sort()) {
    const where = path.join(contentDir, name);
    if (name !== 'README.md' && !(locales.includes(name) && fs.statSync(where).isDirectory())) {
      errors.push(`${relative(where)}:1: not a locale folder of i18n/LINGUAS (${locales.join(', ')})`);
    }
  }
  for (const locale of locales) {
    const where = localeDir(locale);
    if (!fs.existsSync(where)) continue; // each of its files is reported missing
    for (const sub of fs.readdirSync(where).sort()) {
      if (!KINDS.some((kind) => kind.folder === sub)) {
        errors.push(`${relative(path.join(where, sub))}:1: unknown; a locale folder holds ${KINDS.map((kind) => `${kind.folder}/`).join(' and ')}`);
      }
    }
  }
}

// Reads one kind (learn or exercises) in every locale: { key: [record per locale] }.
function readKind(kind, locales) {
  const [reference, ...others] = locales;
  const referenceDir = path.join(localeDir(reference), kind.folder);
  const keys = [];
  for (const name of markdownFiles(referenceDir)) {
    if (name.endsWith('.md')) keys.push(name.slice(0, -3));
    else errors.push(`${path.relative(root, path.join(referenceDir, name))}:1: unknown file; content files end in .md`);
  }
  if (!keys.length) errors.push(`${path.relative(root, referenceDir)}/: no ${kind.folder} files`);
  for (const locale of others) {
    const dir = path.join(localeDir(locale), kind.folder);
    for (const name of markdownFiles(dir)) {
      if (!keys.includes(name.replace(/\.md$/, '')) || !name.endsWith('.md')) {
        errors.push(`${path.relative(root, path.join(dir, name))}:1: unknown file: content/${reference}/${kind.folder}/ has no ${name}`);
      }
    }
  }
  const records = {};
  for (const key of keys) {
    records[key] = locales.map((locale) => {
      const file = path.join(localeDir(locale), kind.folder, `${key}.md`);
      if (!fs.existsSync(file)) {
        errors.push(`${path.relative(root, file)}:1: missing: content/${reference}/${kind.folder}/${key}.md has no ${locale} version`);
        return null;
      }
      try {
        const document = parseFile(file, [kind.idKey]);
        if (document.front[kind.idKey]?.text !== key) {
          fail(file, document.front[kind.idKey]?.line ?? 1, `expected "${kind.idKey}: ${key}": the front matter names the file`);
        }
        return { file, record: kind.read(file, document) };
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        errors.push(error.message);
        return null;
      }
    });
  }
  return records;
}

// Every locale's file has the reference's shape: the same fields present, lists of equal length.
function checkShapes(kind, locales, records) {
  for (const versions of Object.values(records)) {
    const [reference, ...others] = versions;
    if (!reference) continue;
    others.forEach((other, index) => {
      if (!other) return;
      for (const field of kind.fields) {
        const want = reference.record[field];
        const have = other.record[field];
        const where = `${path.relative(root, other.file)}:${(Array.isArray(have) ? have[0] : have)?.line ?? 1}`;
        const against = path.relative(root, reference.file);
        const named = kind.folder === 'exercises' ? sectionOfField[field] ?? field : field;
        if (!want !== !have) {
          errors.push(`${where}: ${named} ${have ? 'present' : 'missing'} in ${locales[index + 1]}, ${want ? 'present' : 'missing'} in ${against}`);
        } else if (Array.isArray(want) && want.length !== have.length) {
          const counted = named === field ? `${have.length} ${field}` : `${have.length} items in ${named}`;
          errors.push(`${where}: ${counted}, ${against} has ${want.length}`);
        }
      }
    });
  }
}

// A cue fits a phone in large text: at most kMaxCueCodePoints characters (code points, so an
// accented letter counts once) in every locale, the generated pseudo-locale included.
function checkCueLengths(kind, locales, records) {
  const cues = Object.entries(EXERCISE_SECTIONS).filter(([, section]) => section.cue);
  for (const versions of Object.values(records)) {
    versions.forEach((version, index) => {
      if (!version) return;
      for (const [name, { field }] of cues) {
        const cue = version.record[field];
        const length = cue ? [...cue.text].length : 0;
        if (length <= kMaxCueCodePoints) continue;
        const generated = locales[index] === kPseudoLocale
          ? ` (generated from content/${locales[0]}/: shorten the ${locales[0]} cue, then run scripts/lib/i18n/pseudo_locale.mjs)` : '';
        errors.push(`${path.relative(root, version.file)}:${cue.line}: "## ${name}" is ${length} characters, more than ${kMaxCueCodePoints}: a cue is one short line, read at a glance in large text${generated}`);
      }
    });
  }
}

// ---- C++ output -----------------------------------------------------------------------------

// Every text, numbered from 1 in the order the headers name them: packTexts[n - 1] holds text
// n in each locale. Its English opens a comment beside the number, so the headers stay readable.
const packTexts = [];

function cppText(blocks) {
  if (blocks.every((block) => !block)) return 'Text{}';
  packTexts.push(blocks.map((block) => block.text));
  const english = blocks[0].text.length > 60 ? `${blocks[0].text.slice(0, 57)}...` : blocks[0].text;
  return `Text{${packTexts.length} /* ${english.replace(/\*\//g, '* /')} */}`;
}

function cppField(kind, versions, field, indent, label = field) {
  const pad = ' '.repeat(indent);
  const struct = kind.cppStructs?.[field];
  if (struct) {
    // A part's label is its C++ member: given, or the field without its variant ("easier_steps").
    const parts = struct.fields.map((part, index) =>
      cppField(kind, versions, part, indent + 4, struct.labels?.[index] ?? part.replace(/^[a-z]+_/, '')));
    return `${pad}/*${label}=*/${struct.type}{\n${parts.join('')}${pad}},\n`;
  }
  const get = kind.cppFields?.[field] ?? ((record) => record[field]);
  const perLocale = versions.map(({ record }) => get(record));
  if (!perLocale[0] && kind.lists?.includes(field)) return `${pad}/*${label}=*/{},\n`;  // an optional list left out
  if (!Array.isArray(perLocale[0])) return `${pad}/*${label}=*/${cppText(perLocale)},\n`;
  const items = perLocale[0].map((_, item) => `${pad}    ${cppText(perLocale.map((list) => list[item]))},\n`);
  return `${pad}/*${label}=*/{\n${items.join('')}${pad}},\n`;
}

function header(kind, locales, records) {
  const keys = Object.keys(records);
  const reference = locales[0];
  const lines = [
    `// Generated by scripts/lib/i18n/compile_content.mjs from content/<locale>/${kind.folder}/*.md:`,
    '// edit those files (content/README.md), not this one.',
    '#pragma once',
    '#include <string_view>',
    '#include <utility>',
    '#include <vector>',
    '',
    `#include "${kind.include}"`,
    '',
    'namespace unknot::content {',
    '',
    `static_assert(kLocaleCount == ${locales.length}, "i18n/LINGUAS lists ${locales.length} locales (${locales.join(', ')}): the Locale enum must match");`,
    ...keys.map((key) => `static_assert(${kind.keysCheck}("${key}"), "content/${reference}/${kind.folder}/${key}.md: ${kind.owner} has no such key");`),
    `static_assert(${kind.countName} == ${keys.length}, "content/${reference}/${kind.folder}/ holds ${keys.length} files, not one per key of ${kind.owner}: add the missing <key>.md in every locale");`,
    '',
    `// Each one's words by key; every Text is a number into the content packs (${locales.join(', ')}).`,
    `inline std::vector<std::pair<std::string_view, ${kind.wordsType}>> ${kind.function}() {`,
    '  return {',
  ];
  for (const key of keys) {
    lines.push(`      {"${key}",`, `       ${kind.wordsType}{`);
    const grouped = new Set(Object.values(kind.cppStructs ?? {}).flatMap((struct) => struct.fields));
    const fields = kind.fields
      .filter((field) => !grouped.has(field))
      .flatMap((field) => (field === 'sides' ? Object.keys(kind.cppFields) : [field]))
      .concat(Object.keys(kind.cppStructs ?? {}).filter((field) => !grouped.has(field)));
    for (const field of fields) lines.push(cppField(kind, records[key], field, 11).replace(/\n$/, ''));
    lines.push('       }},');
  }
  lines.push('  };', '}', '', '}  // namespace unknot::content', '');
  return lines.join('\n');
}

// ---- Main -----------------------------------------------------------------------------------

const locales = readLocales();
checkLocaleFolders(locales);
const compiled = KINDS.map((kind) => {
  const records = readKind(kind, locales);
  checkShapes(kind, locales, records);
  kind.check?.(kind, locales, records);
  return [kind, records];
});
if (errors.length) {
  for (const error of errors) console.error(error);
  console.error(`content: ${errors.length} problem${errors.length === 1 ? '' : 's'}; see content/README.md for the format`);
  process.exit(1);
}
const headers = compiled.map(([kind, records]) => [path.join(outDir, kind.header), header(kind, locales, records)]);
// A pack is for this build's code only if the headers that number its texts are the same.
const fingerprint = createHash('sha256').update(headers.map(([, text]) => text).join('')).digest('hex').slice(0, 16);
headers.push([path.join(outDir, 'core/i18n/content_pack.h'), [
  '// Generated by scripts/lib/i18n/compile_content.mjs from content/<locale>/: what the content',
  '// packs (<locale>.content) of this build hold. Included only by core/i18n/text_pack.cpp.',
  '#pragma once',
  '#include <cstddef>',
  '#include <string_view>',
  '',
  'namespace unknot::content {',
  `inline constexpr std::size_t kContentTextCount = ${packTexts.length};`,
  `inline constexpr std::string_view kContentFingerprint = "${fingerprint}";`,
  '}  // namespace unknot::content',
  '',
].join('\n')]);
locales.forEach((locale, index) => {
  const texts = packTexts.map((byLocale) => `${byLocale[index]}\0`).join('');
  headers.push([path.join(packDir, `${locale}.content`),
    `unknot-text 1\ncontent\n${locale}\n${fingerprint}\n${packTexts.length}\n${texts}`]);
});
for (const [file, text] of headers) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Unchanged output stays untouched, so editing one language rebuilds no C++.
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
}
