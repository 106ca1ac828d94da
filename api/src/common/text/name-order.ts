/**
 * ORDER BY for people's names: the ICU root collation (CLDR's order, right for French and English alike), so that
 * « Émile » and « Ève » sort among the E and « Łukasz » among the L, not after Z as the database's C or byte order puts
 * them. `und-x-icu` exists in every PostgreSQL built with ICU (checked on the embedded 18 and on 15).
 */
export const byName = (column: string) => `${column} COLLATE "und-x-icu"`;
