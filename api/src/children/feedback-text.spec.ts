import { cleanFeedbackText } from './feedback-text.js';

describe('feedback text', () => {
  it('removes e-mail addresses and phone numbers, keeps the rest', () => {
    expect(cleanFeedbackText('écris-moi à lina.b@example.org stp')).toBe('écris-moi à […] stp');
    expect(cleanFeedbackText('mon numéro : 06 12 34 56 78 !')).toBe('mon numéro : […] !');
    expect(cleanFeedbackText('call +1 (514) 555-0199 now')).toBe('call […] now');
    expect(cleanFeedbackText('I liked lesson 2 and article 12')).toBe('I liked lesson 2 and article 12');
    expect(cleanFeedbackText('   ')).toBeNull();
    expect(cleanFeedbackText(undefined)).toBeNull();
  });
});
