export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** `?lang=` first, then the best Accept-Language match, English when neither matches. */
export function resolveLanguage(query: unknown, acceptLanguage: string | undefined): Language {
  if (isLanguage(query)) return query;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.toLowerCase().split('-')[0], weight: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter(({ base, weight }) => isLanguage(base) && weight > 0)
    .sort((a, b) => b.weight - a.weight);
  return (ranked[0]?.base as Language | undefined) ?? DEFAULT_LANGUAGE;
}
