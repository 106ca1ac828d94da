import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS } from '../features/authoring/field-labels';
import { lazyResources } from './lazy-resources';
import { resources as firstPageResources } from './resources';

const resources = {
  fr: { ...firstPageResources.fr, ...lazyResources.fr },
  en: { ...firstPageResources.en, ...lazyResources.en },
};

type Tree = { [key: string]: string | Tree };
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
const valueAt = (tree: Tree, key: string) =>
  key.split('.').reduce<Tree | string | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);

const srcDir = join(__dirname, '..');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

describe('translations', () => {
  const namespaces = Object.keys(resources.en) as (keyof typeof resources.en)[];

  it.each(namespaces)('namespace "%s" has the same keys in French and English', (namespace) => {
    const fr = keysOf(resources.fr[namespace] as Tree).sort();
    const en = keysOf(resources.en[namespace] as Tree).sort();
    expect(fr).toEqual(en);
  });

  it.each(namespaces)('namespace "%s" has no empty text in either language', (namespace) => {
    for (const language of ['fr', 'en'] as const) {
      const tree = resources[language][namespace] as Tree;
      const empty = keysOf(tree).filter((key) => String(valueAt(tree, key)).trim() === '');
      expect({ language, empty }).toEqual({ language, empty: [] });
    }
  });

  it.each(namespaces)('namespace "%s" gives every text with a {{count}} its singular and plural forms, in both languages', (namespace) => {
    for (const language of ['fr', 'en'] as const) {
      const tree = resources[language][namespace] as Tree;
      const keys = keysOf(tree);
      const lacking = keys.filter((key) => String(valueAt(tree, key)).includes('{{count}}') && !/_(one|other)$/.test(key));
      const unpaired = keys
        .filter((key) => /_(one|other)$/.test(key))
        .map((key) => key.replace(/_(one|other)$/, ''))
        .filter((base) => !keys.includes(`${base}_one`) || !keys.includes(`${base}_other`));
      expect({ language, lacking, unpaired }).toEqual({ language, lacking: [], unpaired: [] });
    }
  });

  it('holds every key the code asks for', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(srcDir)) {
      const code = readFileSync(file, 'utf8');
      const namespace = /useTranslation\(\s*'([\w-]+)'/.exec(code)?.[1] ?? 'common';
      for (const match of code.matchAll(/\bt\(\s*(['`])([^'`]+)\1/g)) {
        const [, quote, raw] = match;
        const [ns, key] = raw.includes(':') ? raw.split(':') : [namespace, raw];
        const tree = resources.en[ns as keyof typeof resources.en] as Tree | undefined;
        const found =
          quote === '`'
            ? keysOf(tree ?? {}).some((k) => new RegExp(`^${key.replace(/\$\{[^}]+\}/g, '[^.]+').replace(/\./g, '\\.')}$`).test(k))
            : tree !== undefined && ['', '_one', '_other'].some((suffix) => typeof valueAt(tree, `${key}${suffix}`) === 'string');
        if (!found) missing.push(`${relative(srcDir, file)}: ${raw}`);
      }
    }
    expect(missing).toEqual([]);
  });

  // Keys the code passes to t() through a table, which the search above cannot see.
  it('holds the label of every field an authoring problem or change can name', () => {
    const missing = ['fr', 'en'].flatMap((language) =>
      Object.values(FIELD_LABELS).filter((key) => typeof valueAt(resources[language as 'fr' | 'en'].authoring as Tree, key) !== 'string').map((key) => `${language}: ${key}`),
    );
    expect(missing).toEqual([]);
  });
});
