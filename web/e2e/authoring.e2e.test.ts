import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createModule, draftField, logInAsDemo, logInAsTrainer } from './support/authoring';
import { launchBrowser, newPage, seriousAccessibilityViolations } from './support/browser';

const logInAsTrainee = (page: Page) => logInAsDemo(page, 'trainee');

/** The demo trainer and trainee read Clef in French (their preferred language), so the steps are in French. */
describe('a trainer writes a bilingual module and publishes it; learners find it in the catalogue', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const slug = `authored-e2e-${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  /** The trainer's editor on a new draft of the module, started from its current version. */
  async function openNewDraft(version: number) {
    const page = await newPage(browser, baseUrl, { viewport: { width: 1100, height: 900 } });
    await logInAsTrainer(page);
    await page.goto(`/authoring/${slug}`);
    await page.getByRole('button', { name: `Ouvrir un brouillon à partir de la version ${version}` }).click();
    return page;
  }

  it('lists my modules without sideways scrolling on a 360 px phone', async () => {
    const page = await newPage(browser, baseUrl, { viewport: { width: 360, height: 740 } });
    await logInAsTrainer(page);
    // On a phone the header's links are behind its Menu button.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Conception de modules' }).click();
    await page.getByRole('heading', { level: 1, name: 'Conception de modules' }).waitFor();
    await page.getByRole('heading', { name: 'Nouveau module' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('creates two lessons and three questions in French and English, sees what is missing as it goes, and publishes', async () => {
    const page = await newPage(browser, baseUrl, { viewport: { width: 1100, height: 900 } });
    await logInAsTrainer(page);
    await createModule(page, slug, { fr: 'Le rôle de chacun au tribunal', en: 'Who does what in court' });
    const check = page.getByRole('region', { name: 'Publication' });
    await check.getByText(/points? à corriger avant de publier/).waitFor();
    expect(await check.getByRole('link').count()).toBeGreaterThanOrEqual(1);

    await draftField(page, 'summary.fr').fill('Qui fait quoi quand un enfant passe devant le juge.');
    await draftField(page, 'summary.en').fill('Who does what when a child comes before the judge.');
    await draftField(page, 'minutes').fill('45');
    await page.getByRole('checkbox', { name: /^C1\b/ }).check();

    for (const [index, fr, en] of [
      [0, 'Le juge des enfants', 'The children’s judge'],
      [1, 'L’avocat de l’enfant', 'The child’s lawyer'],
    ] as const) {
      await page.getByRole('button', { name: 'Ajouter une leçon' }).click();
      await draftField(page, `lessons.${index}.title.fr`).fill(fr);
      await draftField(page, `lessons.${index}.title.en`).fill(en);
      await draftField(page, `lessons.${index}.body.fr`).fill(`## ${fr}\n\nIl ou elle **écoute** l’enfant.`);
      await draftField(page, `lessons.${index}.body.en`).fill(`## ${en}\n\nThey **listen** to the child.`);
    }
    await page.getByRole('button', { name: 'Aperçu en anglais' }).first().click();
    await page.getByRole('region', { name: 'Aperçu en anglais, tel que l’apprenant le voit' }).locator('strong', { hasText: 'listen' }).waitFor();

    const prompt = async (index: number, fr: string, en: string) => {
      await page.getByRole('button', { name: 'Ajouter une question' }).click();
      await draftField(page, `assessment.questions.${index}.prompt.fr`).fill(fr);
      await draftField(page, `assessment.questions.${index}.prompt.en`).fill(en);
      await draftField(page, `assessment.questions.${index}.feedback.fr`).fill('Le juge décide, après avoir entendu l’enfant.');
      await draftField(page, `assessment.questions.${index}.feedback.en`).fill('The judge decides, after hearing the child.');
    };
    await prompt(0, 'Qui décide de la mesure ?', 'Who decides on the measure?');
    await draftField(page, 'assessment.questions.0.options.0.fr').fill('Le juge');
    await draftField(page, 'assessment.questions.0.options.0.en').fill('The judge');
    await draftField(page, 'assessment.questions.0.options.1.fr').fill('Le greffier');
    await draftField(page, 'assessment.questions.0.options.1.en').fill('The clerk');

    await prompt(1, 'L’enfant peut être entendu.', 'The child may be heard.');
    await draftField(page, 'assessment.questions.1.type').selectOption('true_false');

    await prompt(2, 'Remettez les étapes dans l’ordre.', 'Put the steps in order.');
    await draftField(page, 'assessment.questions.2.type').selectOption('ordering');
    for (const [i, fr, en] of [
      [0, 'Signalement', 'Report'],
      [1, 'Audition', 'Hearing'],
      [2, 'Décision', 'Decision'],
    ] as const) {
      await draftField(page, `assessment.questions.2.items.${i}.fr`).fill(fr);
      await draftField(page, `assessment.questions.2.items.${i}.en`).fill(en);
    }
    await draftField(page, 'assessment.draw').fill('3');
    await page.getByText(/^Enregistré à /).waitFor({ timeout: 10_000 });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Tablet-first, but it must not break on a phone.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.setViewportSize({ width: 1100, height: 900 });

    // Complete in both languages: nothing blocks publishing; the bundled curriculum's minimums are advice only.
    await check.getByText('Le brouillon enregistré peut être publié.').waitFor();
    await check.getByRole('heading', { name: 'Conseils (facultatifs)' }).waitFor();
    await check.getByRole('link', { name: 'Leçons : Les modules fournis avec Clef comptent de 3 à 6 leçons ; celui-ci en a 2.' }).waitFor();
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await page.getByText('La version 1 est publiée.').waitFor();
    await page.getByRole('link', { name: 'Voir le module dans le catalogue' }).waitFor();
  });

  it('changes a lesson’s identifier with the keyboard and types on in the next field, the card kept', async () => {
    const page = await newPage(browser, baseUrl, { viewport: { width: 1100, height: 900 } });
    await logInAsTrainer(page);
    await createModule(page, `${slug}-keys`, { fr: 'Identifiants de leçons', en: 'Lesson identifiers' });
    await page.getByRole('button', { name: 'Ajouter une leçon' }).click();
    const key = draftField(page, 'lessons.0.key');
    await key.click();
    await key.press('Control+A');
    await page.keyboard.type('ecouter-l-enfant');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Écouter l’enfant');
    expect(await draftField(page, 'lessons.0.title.fr').inputValue()).toBe('Écouter l’enfant');
    expect(await key.inputValue()).toBe('ecouter-l-enfant');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft-lessons-0-title-fr');
  });

  it('adds an uploaded image to a lesson with its text alternative, sees it in the preview, and is told an image from another site will not show', async () => {
    const page = await newPage(browser, baseUrl, { viewport: { width: 360, height: 740 } });
    await logInAsTrainer(page);
    await createModule(page, `${slug}-images`, { fr: 'Images de leçons', en: 'Lesson images' });
    await page.getByRole('button', { name: 'Ajouter une leçon' }).click();
    const addImage = page.getByRole('group', { name: 'Ajouter une image en français' });
    await addImage.getByLabel(/^Ce que montre l’image/).fill('Une juge écoute une enfant');
    const picture = await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 30, g: 90, b: 160 } } }).jpeg().toBuffer();
    await addImage.getByLabel(/^Image \(JPEG, PNG ou WebP/).setInputFiles({ name: 'juge.jpg', mimeType: 'image/jpeg', buffer: picture });
    await addImage.getByText(/^L’image a été ajoutée à la fin du texte en français/).waitFor();
    expect(await draftField(page, 'lessons.0.body.fr').inputValue()).toMatch(/^!\[Une juge écoute une enfant\]\(images\/[0-9a-f]{64}\.webp\)$/);

    await page.getByRole('button', { name: 'Aperçu en français' }).click();
    const image = page.getByRole('img', { name: 'Une juge écoute une enfant' });
    await image.scrollIntoViewIfNeeded();
    // Loaded despite the Content-Security-Policy, and no wider than the phone.
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(1024);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await draftField(page, 'lessons.0.body.en').fill('![A judge](https://example.org/judge.png)');
    await page.getByRole('region', { name: 'Publication' }).getByText(/l’image https:\/\/example\.org\/judge\.png vient d’un autre site/).waitFor({ timeout: 10_000 });
  });

  it('lets a learner find the module in the catalogue and enrol; a visitor finds it in English', async () => {
    const page = await newPage(browser, baseUrl);
    await logInAsTrainee(page);
    await page.goto('/modules');
    await page.getByLabel('Rechercher').fill('tribunal');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.getByRole('link', { name: 'Le rôle de chacun au tribunal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Le rôle de chacun au tribunal' }).waitFor();
    await page.getByRole('button', { name: "M'inscrire à ce module" }).click();
    await page.getByRole('link', { name: 'Commencer', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Le juge des enfants' }).waitFor();
    await page.getByText('Leçon 1 sur 2').waitFor();

    const visitor = await newPage(browser, baseUrl, { locale: 'en-GB' });
    await visitor.goto('/modules?q=court');
    await visitor.getByRole('link', { name: 'Who does what in court' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Who does what in court' }).waitFor();
    await visitor.getByRole('link', { name: 'The child’s lawyer' }).waitFor();
  });

  it('revises the module as version 2, shows what changed in words, and the enrolled learner keeps version 1', async () => {
    const page = await openNewDraft(1);
    await draftField(page, 'lessons.1.title.en').fill('The lawyer for the child');
    await draftField(page, 'assessment.questions.0.prompt.fr').fill('Qui décide de la mesure, au bout du compte ?');
    await page.getByText(/^Enregistré à /).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await page.getByText('La version 2 est publiée.').waitFor();

    const versions = page.getByRole('region', { name: 'Versions' });
    await versions.getByRole('row', { name: /^2 / }).waitFor();
    await versions.getByLabel('De', { exact: true }).selectOption('1');
    await versions.getByLabel('À', { exact: true }).selectOption('2');
    await versions.getByRole('button', { name: 'Voir ce qui a changé' }).click();
    await versions.getByText('Leçon « L’avocat de l’enfant » : modifiée (Titre en anglais)').waitFor();
    await versions.getByText('Question « Qui décide de la mesure, au bout du compte ? » : modifiée (Énoncé en français)').waitFor();
    // How it changed, in words: the English title before and after.
    const lessonChange = versions.getByRole('listitem').filter({ hasText: 'Leçon « L’avocat de l’enfant » : modifiée' });
    expect(await lessonChange.getByRole('definition').allTextContents()).toEqual(['Avant\u00a0: The child’s lawyer', 'Après\u00a0: The lawyer for the child']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // On a phone the versions table scrolls sideways in a region the keyboard reaches.
    await page.setViewportSize({ width: 360, height: 740 });
    const table = versions.getByRole('region', { name: 'Versions publiées' });
    await table.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Versions publiées');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const learner = await newPage(browser, baseUrl);
    await logInAsTrainee(learner);
    const enrolments = (await (await learner.request.get('/api/me/enrolments')).json()) as { items: { moduleSlug: string; version: number }[] };
    expect(enrolments.items.find((enrolment) => enrolment.moduleSlug === slug)?.version).toBe(1);
  });

  it('discards a draft, then archives the module: gone from the catalogue, its versions kept', async () => {
    const page = await openNewDraft(2);
    await draftField(page, 'minutes').fill('90');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Abandonner le brouillon' }).click();
    await page.getByText('Le brouillon a été abandonné.').waitFor();
    await page.getByRole('button', { name: 'Ouvrir un brouillon à partir de la version 2' }).waitFor();

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Archiver le module' }).click();
    await page.getByText('Le module est archivé.').waitFor();
    await page.getByRole('region', { name: 'Versions' }).getByRole('row', { name: /^2 / }).waitFor();

    const visitor = await newPage(browser, baseUrl, { locale: 'fr-FR' });
    await visitor.goto('/modules?q=tribunal');
    await visitor.getByText('Aucun module ne correspond à ces filtres.').waitFor();
    expect((await visitor.request.get(`/api/modules/${slug}`)).status()).toBe(404);
  });
});
