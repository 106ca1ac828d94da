import type { TFunction } from 'i18next';

const KNOWN_GROUPS = new Set([
  'police', 'justice', 'social_work', 'education', 'health', 'community', 'other',
  'woman', 'man', 'another', 'prefer_not_to_say', 'unspecified', 'suppressed',
]);

/** A breakdown group's name in words; a value the client does not know is shown as it is. */
export const groupLabel = (t: TFunction<'organisations'>, group: string) => (KNOWN_GROUPS.has(group) ? t(`organisations:groups.code.${group}`) : group);
