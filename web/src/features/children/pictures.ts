/**
 * How the client draws the picture ids the API lists (GET /api/children/pictures): an emoji, always shown with its
 * name, so a child who cannot tell two drawings apart (or uses a screen reader) still knows which one it is.
 */
export const PICTURE_EMOJI: Record<string, string> = {
  sun: '☀️',
  moon: '🌙',
  star: '⭐',
  tree: '🌳',
  flower: '🌸',
  cat: '🐱',
  dog: '🐶',
  fish: '🐟',
  bird: '🐦',
  apple: '🍎',
  ball: '⚽',
  boat: '⛵',
};

export const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

export type SecretKind = 'pin' | 'pictures';

/** What the API expects: a PIN as its four digits, pictures as their ids in order. */
export const secretForApi = (kind: SecretKind, picks: string[]): string | string[] => (kind === 'pin' ? picks.join('') : picks);
