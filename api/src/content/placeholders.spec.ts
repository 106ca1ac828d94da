import type { CountryDefinition } from './countries.schema.js';
import { resolvePlaceholders, unknownPlaceholders } from './placeholders.js';

const fact = (en: string, verified: boolean) => ({ value: { fr: en, en }, source: 'a directory', checked: '2026-12-07', verified });
const country: CountryDefinition = {
  code: 'GB',
  name: { fr: 'Royaume-Uni', en: 'United Kingdom' },
  helplines: [fact('Childline, on 0800 1111', true), fact('<b>Helpline</b> & "friends"', false)],
  emergency: [fact('999', false)],
};

describe('lesson placeholders', () => {
  it('finds the {{…}} that name no known placeholder', () => {
    expect(unknownPlaceholders('Call {{helpline}} or {{ emergency }}; not {{hotline}} nor {{}}.')).toEqual(['hotline', '']);
  });

  it('gives an adult every value, unverified ones marked and escaped, joined with "or"', () => {
    const html = resolvePlaceholders('<p>Call {{helpline}}.</p>', 'en', { country, audience: 'professional' });
    expect(html).toBe('<p>Call Childline, on 0800 1111 or &lt;b&gt;Helpline&lt;/b&gt; &amp; &quot;friends&quot; (to confirm with your organisation).</p>');
  });

  it('gives a children\'s module only verified values, else the fallback in "tu"', () => {
    expect(resolvePlaceholders('{{helpline}} / {{emergency}}', 'fr', { country, audience: 'child' })).toBe(
      'Childline, on 0800 1111 / le numéro d’urgence de ton pays — demande-le aux adultes qui animent ton groupe',
    );
  });

  it('gives a reader without a country the fallback, and leaves an unknown placeholder as written', () => {
    expect(resolvePlaceholders('{{reporting-duty}} {{hotline}}', 'en', { audience: 'professional' })).toBe(
      'the duty your country&#39;s law sets (your organisation&#39;s procedure describes it) {{hotline}}',
    );
  });
});
