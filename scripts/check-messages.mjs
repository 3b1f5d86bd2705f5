// `npm run check:messages`: every language's catalogs hold exactly the keys of the English ones, with the same
// placeholders and tags, every message parses as ICU MessageFormat, and every key is used by the code it serves.
// Keys are written out whole in the code (`t('login.title')`), never assembled, so a search finds each use.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Each set of catalogs and the code that uses it. */
const catalogSets = [
  { messages: 'src/web/i18n/messages', code: ['src/web', 'src/shared'] },
  { messages: 'src/server/i18n/messages', code: ['src/server', 'src/shared'] },
];
const SOURCE = 'en';

const problems = [];

function filesUnder(dir, into = []) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'node_modules' && name !== 'messages') filesUnder(full, into);
    } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) into.push(full);
  }
  return into;
}

/** The names a message expects (`{name}`, `{count, plural, …}`) and the tags it wraps text in (`<link>`). */
function argumentsOf(elements, into = new Set()) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      argumentsOf(element.children, into);
      continue;
    }
    into.add(element.value);
    for (const option of Object.values(element.options ?? {})) argumentsOf(option.value, into);
  }
  return into;
}

function catalogsOf(localeDir) {
  const catalogs = new Map();
  for (const file of readdirSync(localeDir).filter((name) => name.endsWith('.json')))
    catalogs.set(file, JSON.parse(readFileSync(path.join(localeDir, file), 'utf8')));
  return catalogs;
}

for (const set of catalogSets) {
  const messagesDir = path.join(root, set.messages);
  if (!existsSync(messagesDir)) continue;
  const locales = readdirSync(messagesDir).filter((name) =>
    statSync(path.join(messagesDir, name)).isDirectory(),
  );
  const source = catalogsOf(path.join(messagesDir, SOURCE));
  const parsed = new Map();
  for (const locale of locales) {
    const catalogs = catalogsOf(path.join(messagesDir, locale));
    for (const file of new Set([...source.keys(), ...catalogs.keys()])) {
      const where = `${set.messages}/${locale}/${file}`;
      const english = source.get(file);
      const translated = catalogs.get(file);
      if (!english) problems.push(`${where}: no English catalog ${SOURCE}/${file} to translate`);
      if (!translated) problems.push(`${where}: missing (English has it)`);
      if (!english || !translated) continue;
      for (const key of Object.keys(english))
        if (!(key in translated)) problems.push(`${where}: misses "${key}"`);
      for (const [key, message] of Object.entries(translated)) {
        if (!(key in english)) {
          problems.push(`${where}: has "${key}", which English does not`);
          continue;
        }
        let elements;
        try {
          elements = parse(message);
        } catch (error) {
          problems.push(`${where}: "${key}" is not valid ICU MessageFormat (${error.message})`);
          continue;
        }
        const names = [...argumentsOf(elements)].sort().join(', ');
        if (locale === SOURCE) parsed.set(key, names);
        else if (parsed.has(key) && parsed.get(key) !== names)
          problems.push(`${where}: "${key}" uses {${names}}, English uses {${parsed.get(key)}}`);
      }
    }
  }
  const code = set.code
    .flatMap((dir) => filesUnder(path.join(root, dir)))
    .map((file) => readFileSync(file, 'utf8'));
  const text = code.join('\n');
  for (const [file, catalog] of source)
    for (const key of Object.keys(catalog))
      if (!text.includes(`'${key}'`) && !text.includes(`"${key}"`))
        problems.push(
          `${set.messages}/${SOURCE}/${file}: "${key}" is used nowhere in ${set.code.join(', ')}`,
        );
}

if (problems.length) {
  console.error(
    `Message catalogs: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('Message catalogs: every language complete, every key used.');
