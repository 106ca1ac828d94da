import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createModule, draftField, logInAsTrainer } from './support/authoring';
import { launchBrowser, newPage, seriousAccessibilityViolations } from './support/browser';

const moodleFixture = (name: string) => join(__dirname, '..', '..', 'api', 'test', 'fixtures', 'moodle', name);
const both = (fr: string, en: string) => ({ fr, en });

/** Types one text of the draft in French and in English. */
async function fillBoth(page: Page, path: string, text: { fr: string; en: string }) {
  await draftField(page, `${path}.fr`).fill(text.fr);
  await draftField(page, `${path}.en`).fill(text.en);
}

type Draft = { revision: number; definition: { lessons: { key: string }[]; assessment: { questions: { type: string; prompt: { fr: string; en: string }; needsTranslation?: boolean }[] } } };
const draftOf = async (page: Page, slug: string): Promise<Draft> => (await page.request.get(`/api/authoring/modules/${slug}/draft`)).json();

/** A new module, in the editor of a freshly logged-in trainer: the steps from here on are in French. */
async function newModule(browser: Browser, baseUrl: string, slug: string) {
  const page = await newPage(browser, baseUrl, { viewport: { width: 1100, height: 900 } });
  await logInAsTrainer(page);
  await createModule(page, slug, both('Protéger l’enfant en danger', 'Protecting a child at risk'));
  return page;
}

/**
 * Chooses a question bank the way a trainer does, asks for the preview and gives its rows once `summary` shows: each
 * question's cells, and the list of what it loses on the way in (the row under it).
 */
async function previewBank(page: Page, file: string, summary: string, language?: 'en') {
  await page.getByRole('heading', { name: 'Importer des questions (Moodle XML ou GIFT)' }).waitFor();
  await page.getByLabel('Fichier', { exact: true }).setInputFiles(moodleFixture(file));
  await expect.poll(() => page.getByLabel('Ou collez les questions').inputValue()).not.toBe('');
  if (language) await page.getByLabel('Langue des questions').selectOption(language);
  await page.getByRole('button', { name: 'Voir ce qui sera importé' }).click();
  await page.getByRole('heading', { name: summary }).waitFor();
  return page
    .getByRole('table', { name: 'Questions trouvées dans le fichier' })
    .locator('tbody tr:not(.import-notes-row)')
    .evaluateAll((rows) =>
      rows.map((row) => {
        const next = row.nextElementSibling;
        const notes = next?.classList.contains('import-notes-row') ? Array.from(next.querySelectorAll('.import-notes li'), (item) => item.textContent) : [];
        return { cells: Array.from(row.querySelectorAll('td'), (cell) => cell.textContent), notes };
      }),
    );
}

/** Holds every request to `pathname` until `release` is called, so what the page shows meanwhile can be checked. */
async function holdRequests(page: Page, pathname: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route((url) => url.pathname === pathname, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

describe('a trainer imports question banks and module zips in the browser', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const run = Date.now().toString(36);
  const downloads = mkdtempSync(join(tmpdir(), 'clef-e2e-zip-'));

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('previews a Moodle XML bank question by question, then imports it flagged for translation, the English left to write', async () => {
    const slug = `import-xml-${run}`;
    const page = await newModule(browser, baseUrl, slug);
    expect(await previewBank(page, 'protection-de-l-enfance.fr.xml', '3 à importer, 0 impossible à importer')).toEqual([
      { cells: ['1', '3', 'Signalement', 'Sera créée (Choix unique)'], notes: [] },
      { cells: ['2', '14', 'Secret professionnel', 'Sera créée (Vrai ou faux)'], notes: ['Clef n’a qu’une explication par question : c’est celle de la bonne réponse.'] },
      { cells: ['3', '20', 'Âge de la majorité', 'Sera créée (Réponse courte)'], notes: [] },
    ]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.setViewportSize({ width: 1100, height: 900 });
    expect((await draftOf(page, slug)).definition.assessment.questions).toEqual([]);

    await page.getByRole('button', { name: 'Importer 3 questions' }).click();
    await page.getByText('3 questions ajoutées à la banque, à vérifier dans les deux langues.').waitFor();
    await page.getByRole('heading', { name: 'Banque de questions (3 questions)' }).waitFor();
    await expect.poll(() => page.getByText('Question importée : vérifiez le texte dans les deux langues avant de publier.').count()).toBe(3);
    expect(await draftField(page, 'assessment.questions.0.prompt.fr').inputValue()).toMatch(/^À qui adresser un signalement d’enfant en danger\s\?$/);
    expect(await draftField(page, 'assessment.questions.1.prompt.fr').inputValue()).toBe('Le secret professionnel empêche toujours de signaler.');
    for (const index of [0, 1, 2]) expect(await draftField(page, `assessment.questions.${index}.prompt.en`).inputValue()).toBe('');

    const saved = (await draftOf(page, slug)).definition.assessment.questions;
    expect(saved.map((q) => [q.type, q.needsTranslation, q.prompt.en])).toEqual([
      ['single_choice', true, ''],
      ['true_false', true, ''],
      ['short_text', true, ''],
    ]);
  });

  it('says under each question what the import changes (partial credit, points, image, feedback), readable at 360 px, then keeps the one right answer', async () => {
    const slug = `import-notes-${run}`;
    const page = await newModule(browser, baseUrl, slug);
    const rows = await previewBank(page, 'droit-d-etre-entendu.fr.xml', '7 à importer, 0 impossible à importer');
    expect(rows[0]).toEqual({
      cells: ['1', '11', 'Qui peut être entendu ?', 'Sera créée (Choix unique)'],
      notes: [
        'La réponse à crédit partiel (50\u00a0%) devient fausse : Clef note juste ou faux.',
        'L’explication combinée de Moodle pour toute réponse correcte n’a pas été reprise\u00a0: Clef n’a qu’une explication par question.',
        'Clef n’a qu’une explication par question : c’est celle de la bonne réponse.',
        'L’explication donnée après une mauvaise réponse n’a pas été reprise.',
      ],
    });
    expect(rows[1].notes).toContain('Une image de l’énoncé n’a pas été reprise.');
    await page.getByText('7 questions ne seront pas importées telles quelles : le tableau dit ce qui change.').waitFor();
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The import is held until the page has shown its progress, right under the button the trainer pressed.
    const release = await holdRequests(page, `/api/authoring/modules/${slug}/draft/import`);
    await page.getByRole('button', { name: 'Importer 7 questions' }).click();
    const progress = page.locator('p:has(> button) + .authoring-busy').getByRole('progressbar');
    await progress.waitFor();
    const [bar, viewport] = [await progress.boundingBox(), page.viewportSize()];
    expect(bar && viewport && bar.y >= 0 && bar.y + bar.height <= viewport.height).toBe(true);
    release();
    await page.getByText('7 questions ajoutées à la banque, à vérifier dans les deux langues.').waitFor();
    const [first] = (await draftOf(page, slug)).definition.assessment.questions as unknown as { type: string; points: number; options: { fr: string; correct?: boolean }[] }[];
    expect(first).toMatchObject({ type: 'single_choice', points: 2 });
    expect(first.options.filter((o) => o.correct).map((o) => o.fr)).toEqual(['À tout enfant capable de discernement']);
  });

  it('shows each question’s answers, format tags read and the right ones said, readable at 360 px', async () => {
    const page = await newModule(browser, baseUrl, `import-answers-${run}`);
    await page.getByLabel('Format', { exact: true }).selectOption('gift');
    await page.getByLabel('Ou collez les questions').fill(
      '::Choix::[html]<p>Quel article consacre l’intérêt supérieur de l’enfant dans la Convention relative aux droits de l’enfant ?</p>{=[html]<b>L’article 3, qui en fait une considération primordiale dans toutes les décisions</b> ~[markdown]*Article 12* ~[plain]Article 40}',
    );
    await page.getByRole('button', { name: 'Voir ce qui sera importé' }).click();
    const answers = page.getByRole('list', { name: 'Réponses de la question 1' });
    await answers.waitFor();
    expect(await answers.getByRole('listitem').allTextContents()).toEqual([
      'Juste\u00a0: L’article 3, qui en fait une considération primordiale dans toutes les décisions',
      'Fausse\u00a0: Article 12',
      'Fausse\u00a0: Article 40',
    ]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // The whole answer is on screen without scrolling the table sideways.
    const region = await page.getByRole('region', { name: /à importer/ }).boundingBox();
    const first = await answers.getByRole('listitem').first().boundingBox();
    expect(region && first && first.x + first.width <= region.x + region.width).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('reads a GIFT file saved as Windows-1252 with ’ Œ œ € intact, says so, and imports it so', async () => {
    const slug = `import-cp1252-${run}`;
    const page = await newModule(browser, baseUrl, slug);
    const text = '::Œuvre::L’Œuvre de l’enfant coûte 5 € : vrai ?{=Oui, c’est l’œuvre ~Non}';
    const bytes = Buffer.from([...text].map((c) => ({ '’': 0x92, Œ: 0x8c, œ: 0x9c, '€': 0x80, û: 0xfb })[c] ?? c.charCodeAt(0)));
    await page.getByLabel('Fichier', { exact: true }).setInputFiles({ name: 'oeuvre.gift', mimeType: 'text/plain', buffer: bytes });
    await expect.poll(() => page.getByLabel('Ou collez les questions').inputValue()).toBe(text);
    await page.getByText('Ce fichier n’est pas en UTF-8\u00a0: il a été lu en Windows-1252.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Voir ce qui sera importé' }).click();
    await page.getByRole('list', { name: 'Réponses de la question 1' }).waitFor();
    expect(await page.getByRole('list', { name: 'Réponses de la question 1' }).getByRole('listitem').allTextContents()).toEqual(['Juste\u00a0: Oui, c’est l’œuvre', 'Fausse\u00a0: Non']);
    await page.getByRole('button', { name: 'Importer 1 question' }).click();
    await page.getByText('1 question ajoutée à la banque, à vérifier dans les deux langues.').waitFor();
    expect((await draftOf(page, slug)).definition.assessment.questions[0].prompt.fr).toBe('L’Œuvre de l’enfant coûte 5 € : vrai ?');
  });

  it('names the line of each malformed GIFT question in the preview, and saves nothing until confirmed', async () => {
    const slug = `import-gift-${run}`;
    const page = await newModule(browser, baseUrl, slug);
    const before = await draftOf(page, slug);
    expect((await previewBank(page, 'broken.en.gift', '1 à importer, 3 impossibles à importer', 'en')).map((row) => row.cells)).toEqual([
      ['1', '3', 'Best interests', 'Impossible à importer : ligne 3 : le bloc de réponses ouvert par { n’est pas fermé'],
      ['2', '7', 'Hearing', 'Sera créée (Vrai ou faux)'],
      ['3', '9', 'No answers', 'Impossible à importer : ligne 9 : aucun bloc de réponses entre accolades'],
      ['4', '11', 'Stray text', 'Impossible à importer : ligne 11 : les réponses sont illisibles (chacune commence par = ou ~)'],
    ]);
    expect(await draftOf(page, slug)).toEqual(before);

    await page.getByRole('button', { name: 'Importer 1 question' }).click();
    await page.getByText('1 question ajoutée à la banque, à vérifier dans les deux langues.').waitFor();
    const after = await draftOf(page, slug);
    expect(after.revision).toBeGreaterThan(before.revision);
    expect(after.definition.assessment.questions).toEqual([
      expect.objectContaining({ type: 'true_false', answer: true, needsTranslation: true, prompt: { en: 'A child may be heard in proceedings that affect them.', fr: '' } }),
    ]);
  });

  it('exports a draft as a zip and imports it back as a new module holding the same lessons and questions', async () => {
    const slug = `zip-source-${run}`;
    const copy = `zip-copy-${run}`;
    const page = await newModule(browser, baseUrl, slug);
    await fillBoth(page, 'summary', both('Repérer, protéger, signaler.', 'Notice, protect, report.'));
    await draftField(page, 'minutes').fill('30');
    await page.getByRole('checkbox', { name: /^C1\b/ }).check();
    for (const [index, title] of [both('Les signes d’alerte', 'Warning signs'), both('Le signalement', 'Reporting')].entries()) {
      await page.getByRole('button', { name: 'Ajouter une leçon' }).click();
      await fillBoth(page, `lessons.${index}.title`, title);
      await fillBoth(page, `lessons.${index}.body`, both(`## ${title.fr}\n\nOn **écoute** l’enfant.`, `## ${title.en}\n\nWe **listen** to the child.`));
    }
    await page.getByRole('button', { name: 'Ajouter une question' }).click();
    await draftField(page, 'assessment.questions.0.type').selectOption('true_false');
    await fillBoth(page, 'assessment.questions.0.prompt', both('Un soupçon suffit pour signaler.', 'A suspicion is enough to report.'));
    await fillBoth(page, 'assessment.questions.0.feedback', both('Oui : la preuve n’est pas demandée.', 'Yes: no proof is asked for.'));
    await draftField(page, 'assessment.draw').fill('1');
    await page.getByText(/^Enregistré à /).waitFor({ timeout: 10_000 });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger le brouillon pour relecture (zip)' }).click()]);
    const zip = join(downloads, download.suggestedFilename());
    await download.saveAs(zip);

    await page.goto('/authoring');
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Importer un module depuis un zip' }) });
    await form.getByLabel('Adresse du module').fill(copy);
    await form.getByLabel('Fichier zip').setInputFiles(zip);
    // The upload is held until the page has shown its progress: no timing involved.
    const release = await holdRequests(page, '/api/authoring/modules/import.zip');
    await form.getByRole('button', { name: 'Importer le zip' }).click();
    await form.getByRole('progressbar', { name: /^(Envoi du fichier…|Traitement par le serveur…)$/ }).waitFor();
    expect(await form.getByRole('button', { name: 'Importer le zip' }).isDisabled()).toBe(true);
    release();
    await page.waitForURL(new RegExp(`/authoring/${copy}$`));
    await page.getByRole('heading', { level: 1, name: 'Protéger l’enfant en danger' }).waitFor();

    const [original, imported] = [await draftOf(page, slug), await draftOf(page, copy)];
    expect(imported.definition.lessons).toHaveLength(2);
    // The zip names lesson files NN-<key> (the content/ layout); the draft keeps the stable names.
    expect(imported.definition.lessons).toEqual(original.definition.lessons);
    expect(imported.definition.assessment.questions).toEqual(original.definition.assessment.questions);
  });

  it('shows how much of a large file is sent on a slow connection, then the server’s refusal of a file that is no zip', async () => {
    const page = await newPage(browser, baseUrl, { viewport: { width: 360, height: 740 } });
    await logInAsTrainer(page);
    await page.goto('/authoring');
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Importer un module depuis un zip' }) });
    await form.getByLabel('Adresse du module').fill(`not-a-zip-${run}`);
    await form.getByLabel('Fichier zip').setInputFiles({ name: 'module.zip', mimeType: 'application/zip', buffer: randomBytes(1_500_000) });
    // 1.5 MB at 300 kB/s: the upload lasts about five seconds, far longer than the page needs to show a share of it.
    const network = await page.context().newCDPSession(page);
    await network.send('Network.enable');
    await network.send('Network.emulateNetworkConditions', { offline: false, latency: 50, downloadThroughput: 1_000_000, uploadThroughput: 300_000 });
    await form.getByRole('button', { name: 'Importer le zip' }).click();
    await form.getByText(/^Envoi du fichier : [1-9]\d? %$/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await form.getByRole('alert').filter({ hasText: 'Ce n’est pas le zip d’un module, ou il est endommagé.' }).waitFor({ timeout: 30_000 });
    expect(await form.getByRole('progressbar').count()).toBe(0);
  });
});
