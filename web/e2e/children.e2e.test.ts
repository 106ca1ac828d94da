import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { answerAttemptRightly } from './support/answer-in-browser';
import { launchBrowser, newPage, seriousAccessibilityViolations } from './support/browser';
import { asOrgAdmin, certifiedTrainerId } from './support/org-admin';
import { drawWholePool } from './support/draw-whole-pool';

const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

describe("the children's track, in French, on a 360 px phone", () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const databaseUrl = inject('databaseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('a child joins with a class code, waits for consent, reads a lesson in child mode and answers the quiz', async () => {
    const admin = await asOrgAdmin(browser, baseUrl);
    const cohorts = `/api/organisations/${admin.organisationId}/cohorts`;
    // A children's group needs a certified adult: the demo trainer holds the safeguarding certificate.
    const trainerId = await certifiedTrainerId(admin);
    const created = await admin.request.post(cohorts, { data: { name: 'CM2 — mes droits', audience: 'child', moduleSlugs: ['my-rights'], trainerIds: [trainerId] } });
    expect(created.status()).toBe(201);
    const group = (await created.json()) as { id: string };
    const classCode = ((await (await admin.request.post(`${cohorts}/${group.id}/class-code`)).json()) as { code: string }).code;
    expect(classCode).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);

    const page = await newPage(browser, baseUrl, { locale: 'fr-FR', viewport: { width: 360, height: 740 } });
    await page.goto('/');
    await page.getByRole('link', { name: 'Rejoindre mon groupe' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rejoindre mon groupe' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Typed the way a child might: lower case, without the dash.
    await page.getByLabel('Code de la classe').fill(classCode.replace('-', '').toLowerCase());
    await page.getByLabel('Ton prénom ou un surnom').fill('Lina');
    await page.getByRole('radio', { name: '10–12 ans' }).check();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('heading', { name: 'Choisis ton code secret' }).waitFor();
    for (const digit of ['4', '8', '2', '1']) await page.getByRole('button', { name: digit, exact: true }).click();
    // Masked as at log-in: the digits appear only when the child asks.
    await page.getByText('4 choisis sur 4.').waitFor();
    expect(await page.locator('.secret-grid__slots').textContent()).toBe('●●●●');
    await page.getByRole('button', { name: 'Montrer mon code' }).click();
    await page.getByText('4 choisis sur 4\u00a0: 4, 8, 2, 1.').waitFor();
    expect(await page.locator('.secret-grid__slots').textContent()).toBe('4821');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cacher mon code' }).click();
    await page.getByText('4 choisis sur 4.').waitFor();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('heading', { name: 'Encore une fois' }).waitFor();
    for (const digit of ['4', '8', '2', '1']) await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: 'Rejoindre mon groupe' }).click();

    await page.getByRole('heading', { name: 'Bienvenue, Lina !' }).waitFor();
    const username = (await page.locator('.child-username').innerText()).replace('Ton identifiant :', '').trim();
    expect(username).toMatch(/^lina-\d{4}$/);
    await page.getByRole('button', { name: 'C’est noté, on y va !' }).click();

    // Nothing to learn until a parent's or guardian's consent is recorded.
    await page.getByRole('heading', { level: 1, name: 'C’est presque prêt !' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains('child-mode'))).toBe(true);
    expect(await rootFontSize(page)).toBeGreaterThanOrEqual(18);
    const children = (await (await admin.request.get(`/api/organisations/${admin.organisationId}/children`)).json()) as { items: { userId: string; username: string }[] };
    const lina = children.items.find((child) => child.username === username)!;
    expect((await admin.request.put(`/api/organisations/${admin.organisationId}/children/${lina.userId}/consent`)).status()).toBe(200);
    await page.getByRole('button', { name: 'Vérifier encore' }).click();

    await page.getByRole('heading', { level: 1, name: 'Salut Lina !' }).waitFor();
    await page.getByText('0 étape faite sur 5').waitFor();
    // The simplified header: no catalogue, no organisations.
    expect(await page.getByRole('link', { name: 'Catalogue' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Mes organisations' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: /^Commencer/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes droits' }).waitFor();
    await page.getByRole('link', { name: /^Lire :/ }).click();
    for (let lesson = 1; lesson <= 4; lesson++) {
      await page.getByText(`Leçon ${lesson} sur 4`).waitFor();
      if (await page.evaluate(() => 'speechSynthesis' in window)) await page.getByRole('button', { name: 'Écouter la leçon' }).waitFor();
      if (lesson === 1) expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.locator('.read-status').scrollIntoViewIfNeeded();
      await page.getByText('★ Leçon lue. Super !').waitFor();
      await page.getByRole('navigation', { name: 'Leçons' }).getByRole('link').last().click();
    }
    await page.getByText('4 étapes faites sur 5').waitFor();

    const restoreDraw = await drawWholePool(databaseUrl, 'my-rights');
    await page.getByRole('button', { name: 'Commencer le quiz' }).click();
    let matchingSeen = false;
    await answerAttemptRightly(page, databaseUrl, async (index, count) => {
      // A kind word once the answer is saved; then one question at a time.
      await page.locator('.child-encouragement', { hasText: '🌟' }).waitFor();
      // Nothing cut at 360 px: every matching choice shows its whole text inside the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      const choices = await page.locator('.question__pair--choices .choice').evaluateAll((labels) =>
        labels.map((label) => ({ fits: label.scrollWidth <= label.clientWidth && label.getBoundingClientRect().right <= window.innerWidth })),
      );
      if (choices.length) {
        matchingSeen = true;
        expect(choices.every((choice) => choice.fits)).toBe(true);
      }
      if (index === 0) expect(await seriousAccessibilityViolations(page)).toEqual([]);
      if (index < count - 1) await page.getByRole('button', { name: /Question suivante/ }).click();
    });
    await restoreDraw();
    expect(matchingSeen).toBe(true);
    await page.getByRole('button', { name: 'J’ai fini : voir mon résultat' }).click();
    await page.getByRole('heading', { name: 'Bravo ! Tu as eu 100 %.' }).waitFor();
    await page.getByText('Tu as fini le module. Bravo !').waitFor();

    await page.getByRole('link', { name: 'Retour à mon chemin' }).click();
    await page.getByRole('heading', { name: 'Tu en as pensé quoi ?' }).waitFor();
    await page.getByRole('button', { name: 'J’ai aimé' }).click();
    await page.getByLabel('Tu veux nous en dire plus ? (pas obligatoire)').fill('C’était bien, surtout les exemples.');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await page.getByText('Merci ! Ton avis aide à rendre les cours meilleurs.').waitFor();

    // The same pages pass the same checks in English.
    await page.getByRole('button', { name: 'Read Clef in English' }).click();
    await page.getByRole('link', { name: 'My lessons' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Hi Lina!' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /^Look again/ }).click();
    await page.getByRole('link', { name: /What is a right/i }).first().click();
    await page.getByText('Lesson 1 of 4').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await admin.context.close();
  });

  it('the join page in English, and kind messages for a wrong code and a wrong PIN', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'en-GB', viewport: { width: 360, height: 740 } });
    await page.goto('/join');
    await page.getByRole('heading', { level: 1, name: 'Join my group' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Class code').fill('ZZZ-ZZZ');
    await page.getByLabel('Your first name or a nickname').fill('Sam');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: '4 pictures' }).check();
    for (const picture of ['Cat', 'Sun', 'Boat', 'Cat']) await page.getByRole('button', { name: picture, exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    for (const picture of ['Cat', 'Sun', 'Boat', 'Cat']) await page.getByRole('button', { name: picture, exact: true }).click();
    await page.getByRole('button', { name: 'Join my group' }).click();
    await page.getByText("This class code doesn't work. Check each letter, or ask your trainer.").waitFor();
    expect(await page.getByLabel('Class code').getAttribute('aria-invalid')).toBe('true');

    await page.goto('/child-login');
    await page.getByLabel('Your username').fill('nobody-0000');
    for (const digit of ['1', '2', '3', '4']) await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: 'Log in' }).last().click();
    await page.getByText("This username or secret is not right. Check them and try again.").waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
