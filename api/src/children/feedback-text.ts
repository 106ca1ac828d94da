const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
// Six digits or more, with the spaces, dots, dashes, brackets and leading + that phone numbers are written with.
const PHONE = /\+?\(?\d(?:[\s.\-()]*\d){5,}/g;
export const REMOVED = '[…]';

/** A child's free text without e-mail addresses or phone numbers; null when nothing is left. */
export function cleanFeedbackText(text: string | undefined): string | null {
  const cleaned = (text ?? '').replace(EMAIL, REMOVED).replace(PHONE, REMOVED).trim();
  return cleaned.length > 0 ? cleaned : null;
}
