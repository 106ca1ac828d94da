import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, seriousAccessibilityViolations } from './support/browser';

const field = (page: Page, path: string) => page.locator(`#draft-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`);

async function logInAsTrainer(page: Page) {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill('trainer@demo.clef.test');
  await page.getByLabel('Password', { exact: true }).fill('demo-trainer-2026');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(/\/learning/);
}

const both = (fr: string, en: string) => ({ fr, en });

/** The demo trainer reads Clef in French (their preferred language), so the steps are in French. */

/** The rest of a publishable module (the content rules ask for 3 lessons and 10 questions of 4 types), added through the API. */
function completeDefinition(definition: Record<string, unknown> & { lessons: unknown[]; assessment: { questions: unknown[] } }) {
  const extra = Array.from({ length: 7 }, (_, i) => ({
    id: `match-${i + 1}`,
    type: 'matching',
    competency: 'C1',
    points: 1,
    prompt: both(`Associez chaque rôle à sa mission (${i + 1}).`, `Match each role with its task (${i + 1}).`),
    feedback: both('Chaque acteur a un rôle précis.', 'Each person has a precise role.'),
    pairs: [
      { id: 'a', left: both('Juge', 'Judge'), right: both('Décide', 'Decides') },
      { id: 'b', left: both('Avocat', 'Lawyer'), right: both('Défend', 'Defends') },
      { id: 'c', left: both('Éducateur', 'Social worker'), right: both('Accompagne', 'Supports') },
    ],
  }));
  return {
    ...definition,
    lessons: [
      ...definition.lessons,
      { key: 'a-case', title: both('Un cas pratique', 'A practical case'), body: both('Amina, 12 ans, est entendue par le juge.', 'Amina, aged 12, is heard by the judge.') },
    ],
    assessment: { ...definition.assessment, draw: 5, questions: [...definition.assessment.questions, ...extra] },
  };
}

describe('a trainer writes a bilingual module and publishes it; learners find it in the catalogue', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const slug = `authored-e2e-${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('lists my modules without sideways scrolling on a 360 px phone', async () => {
    const page = await newPage(browser, baseUrl, { viewport: { width: 360, height: 740 } });
    await logInAsTrainer(page);
    await page.getByRole('link', { name: 'Conception de modules' }).click();
    await page.getByRole('heading', { level: 1, name: 'Conception de modules' }).waitFor();
    await page.getByRole('heading', { name: 'Nouveau module' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('creates two lessons and three questions in French and English, is told what is missing, then publishes', async () => {
    const page = await newPage(browser, baseUrl, { viewport: { width: 1100, height: 900 } });
    await logInAsTrainer(page);
    await page.goto('/authoring');
    await page.locator('#new-module-slug').fill(slug);
    await page.getByLabel('Titre en français').fill('Le rôle de chacun au tribunal');
    await page.getByLabel('Titre en anglais').fill('Who does what in court');
    await page.getByRole('button', { name: 'Créer le module' }).click();
    await page.waitForURL(new RegExp(`/authoring/${slug}$`));

    await field(page, 'summary.fr').fill('Qui fait quoi quand un enfant passe devant le juge.');
    await field(page, 'summary.en').fill('Who does what when a child comes before the judge.');
    await field(page, 'minutes').fill('45');
    await page.getByRole('checkbox', { name: /^C1\b/ }).check();

    for (const [index, fr, en] of [
      [0, 'Le juge des enfants', 'The children’s judge'],
      [1, 'L’avocat de l’enfant', 'The child’s lawyer'],
    ] as const) {
      await page.getByRole('button', { name: 'Ajouter une leçon' }).click();
      await field(page, `lessons.${index}.title.fr`).fill(fr);
      await field(page, `lessons.${index}.title.en`).fill(en);
      await field(page, `lessons.${index}.body.fr`).fill(`## ${fr}\n\nIl ou elle **écoute** l’enfant.`);
      await field(page, `lessons.${index}.body.en`).fill(`## ${en}\n\nThey **listen** to the child.`);
    }
    await page.getByRole('button', { name: 'Aperçu en anglais' }).first().click();
    await page.getByRole('region', { name: 'Aperçu en anglais, tel que l’apprenant le voit' }).locator('strong', { hasText: 'listen' }).waitFor();

    const prompt = async (index: number, fr: string, en: string) => {
      await page.getByRole('button', { name: 'Ajouter une question' }).click();
      await field(page, `assessment.questions.${index}.prompt.fr`).fill(fr);
      await field(page, `assessment.questions.${index}.prompt.en`).fill(en);
      await field(page, `assessment.questions.${index}.feedback.fr`).fill('Le juge décide, après avoir entendu l’enfant.');
      await field(page, `assessment.questions.${index}.feedback.en`).fill('The judge decides, after hearing the child.');
    };
    await prompt(0, 'Qui décide de la mesure ?', 'Who decides on the measure?');
    await field(page, 'assessment.questions.0.options.0.fr').fill('Le juge');
    await field(page, 'assessment.questions.0.options.0.en').fill('The judge');
    await field(page, 'assessment.questions.0.options.1.fr').fill('Le greffier');
    await field(page, 'assessment.questions.0.options.1.en').fill('The clerk');

    await prompt(1, 'L’enfant peut être entendu.', 'The child may be heard.');
    await field(page, 'assessment.questions.1.type').selectOption('true_false');

    await prompt(2, 'Remettez les étapes dans l’ordre.', 'Put the steps in order.');
    await field(page, 'assessment.questions.2.type').selectOption('ordering');
    for (const [i, fr, en] of [
      [0, 'Signalement', 'Report'],
      [1, 'Audition', 'Hearing'],
      [2, 'Décision', 'Decision'],
    ] as const) {
      await field(page, `assessment.questions.2.items.${i}.fr`).fill(fr);
      await field(page, `assessment.questions.2.items.${i}.en`).fill(en);
    }
    await field(page, 'assessment.draw').fill('3');
    await page.getByText(/^Enregistré à /).waitFor({ timeout: 10_000 });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Tablet-first, but it must not break on a phone.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.setViewportSize({ width: 1100, height: 900 });

    // Two lessons and three questions are below what the content rules ask: publishing lists what is missing.
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'à corriger avant de publier' });
    await refusal.waitFor();
    expect(await refusal.getByRole('link').count()).toBeGreaterThanOrEqual(2);

    // The remaining lesson and questions come through the same API the editor uses (one request instead of many screens).
    const current = await (await page.request.get(`/api/authoring/modules/${slug}/draft`)).json();
    expect(current.definition.lessons).toHaveLength(2);
    expect(current.definition.assessment.questions.map((q: { type: string }) => q.type)).toEqual(['single_choice', 'true_false', 'ordering']);
    const saved = await page.request.put(`/api/authoring/modules/${slug}/draft`, { data: { revision: current.revision, definition: completeDefinition(current.definition) } });
    expect(saved.status()).toBe(200);

    await page.reload();
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await page.getByText('La version 1 est publiée.').waitFor();
    await page.getByRole('link', { name: 'Voir le module dans le catalogue' }).waitFor();
  });

  it('shows the new module to a visitor of the catalogue, in French', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'fr-FR' });
    await page.goto('/modules');
    await page.getByLabel('Rechercher').fill('tribunal');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.getByRole('link', { name: 'Le rôle de chacun au tribunal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Le rôle de chacun au tribunal' }).waitFor();
  });
});
