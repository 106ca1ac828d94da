// Measures how long the module editor takes to show one typed character when the pool holds 490 questions.
// Run against a running `npm start` (demo accounts on): CLEF_URL=http://localhost:3000 node scripts/measure-editor-typing.mjs
import { chromium } from 'playwright-core';

const base = process.env.CLEF_URL ?? 'http://localhost:3000';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
const page = await context.newPage();
await page.goto(base + '/login');
await page.getByLabel('E-mail address').fill('trainer@demo.clef.test');
await page.getByLabel('Password', { exact: true }).fill('demo-trainer-2026');
await page.getByRole('button', { name: 'Log in' }).click();
await page.waitForURL(/learning/);
const slug = 'typing-' + Date.now().toString(36);
const me = await (await page.request.get(base + '/api/auth/session')).json();
const organisationId = me.user.memberships[0].organisationId;
const created = await (await page.request.post(base + '/api/authoring/modules', { data: { slug, organisationId, audience: 'professional', title: { fr: 'Saisie', en: 'Typing' } } })).json();
const q = (i) => ({ id: `q-${i}`, type: 'single_choice', competency: 'C1', points: 1, prompt: { fr: `Question ${i} sur l’intérêt supérieur de l’enfant ?`, en: `Question ${i} on the best interests of the child?` }, feedback: { fr: 'Article 3.', en: 'Article 3.' }, options: [{ id: 'a', fr: 'Article 3', en: 'Article 3', correct: true }, { id: 'b', fr: 'Article 12', en: 'Article 12' }, { id: 'c', fr: 'Article 40', en: 'Article 40' }] });
const definition = { ...created.definition, assessment: { ...created.definition.assessment, draw: 10, questions: Array.from({ length: 490 }, (_, i) => q(i)) } };
const saved = await page.request.put(base + `/api/authoring/modules/${slug}/draft`, { data: { revision: created.revision, definition } });
if (!saved.ok()) throw new Error('save ' + saved.status());
await page.goto(`${base}/authoring/${slug}`);
const summary = page.locator('#draft-summary-fr');
await summary.waitFor();
await summary.click();
const times = [];
for (const ch of 'Qui fait quoi au tribunal') {
  const t = await page.evaluate(async (c) => {
    const el = document.activeElement;
    const start = performance.now();
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
    setter.call(el, el.value + c);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - start;
  }, ch);
  times.push(t);
}
times.sort((a, b) => a - b);
console.log(`${times.length} characters typed into the summary with 490 questions in the draft: p50 ${times[Math.floor(times.length / 2)].toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms (input event to the next frame)`);
await browser.close();
