// The authoring figures of `npm run bench`: a 500-question bank (the pool's limit) previewed and imported from GIFT and
// Moodle XML, the resulting ~1 MB draft autosaved, and the module published, through the API as the editor calls it.
import { timed, type Timings } from './bench-timing.js';

const BANK = 500;

const gift = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const title = `::Q${i + 1}::`;
    switch (i % 5) {
      case 0:
        return `${title}Quel article de la Convention consacre l’intérêt supérieur de l’enfant (${i}) ?{\n=Article 3#Oui.\n~Article 12\n~Article 40\n}`;
      case 1:
        return `${title}Lesquels de ces droits figurent dans la Convention (${i}) ?{\n~%50%Le droit au jeu\n~%50%Le droit d’être entendu\n~%-100%Le droit de vote à 10 ans\n}`;
      case 2:
        return `${title}Un enfant peut être entendu dans toute procédure qui le concerne (${i}).{T}`;
      case 3:
        return `${title}Quel est le sigle de la Convention relative aux droits de l’enfant (${i}) ?{=CIDE =CDE}`;
      default:
        return `${title}Associez chaque article à son thème (${i}).{\n=Article 3 -> Intérêt supérieur\n=Article 12 -> Être entendu\n=Article 19 -> Protection contre la violence\n}`;
    }
  }).join('\n\n');

const moodleXml = (n: number) => {
  const answer = (fraction: number, text: string) => `<answer fraction="${fraction}" format="html"><text><![CDATA[<p>${text}</p>]]></text><feedback><text></text></feedback></answer>`;
  const questions = Array.from({ length: n }, (_, i) => {
    const head = (type: string) => `<question type="${type}"><name><text>Q${i + 1}</text></name><questiontext format="html"><text><![CDATA[<p>Question <strong>${i}</strong> sur les droits de l’enfant ?</p>]]></text></questiontext><generalfeedback format="html"><text>Article 3.</text></generalfeedback>`;
    switch (i % 4) {
      case 0:
        return `${head('multichoice')}<single>true</single>${answer(100, 'Article 3')}${answer(0, 'Article 12')}${answer(0, 'Article 40')}</question>`;
      case 1:
        return `${head('truefalse')}${answer(100, 'true')}${answer(0, 'false')}</question>`;
      case 2:
        return `${head('shortanswer')}${answer(100, 'CIDE')}</question>`;
      default:
        return `${head('matching')}${['Article 3|Intérêt supérieur', 'Article 12|Être entendu', 'Article 19|Protection'].map((pair) => `<subquestion format="html"><text>${pair.split('|')[0]}</text><answer><text>${pair.split('|')[1]}</text></answer></subquestion>`).join('')}</question>`;
    }
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${questions.join('\n')}\n</quiz>\n`;
};

/** Rows of the benchmark table for authoring, measured against a running app as `cookie` (an author in `organisationId`). */
export async function benchAuthoring(base: string, cookie: string, organisationId: string): Promise<[string, Timings][]> {
  const call = (method: string, path: string, body?: string, type = 'application/json') =>
    fetch(`${base}/api/authoring/modules${path}`, { method, headers: { cookie, 'content-type': type }, body });
  const created = await call('POST', '', JSON.stringify({ slug: 'bench-authored', organisationId, audience: 'professional', title: { fr: 'Banque', en: 'Bank' } }));
  if (!created.ok) throw new Error(`creating the module answered ${created.status}`);
  const draft = async () => (await (await call('GET', '/bench-authored/draft')).json()) as { revision: number; definition: Record<string, any> };

  const giftText = gift(BANK);
  const xmlText = moodleXml(BANK);
  const preview = (format: string, text: string, type: string) => () => call('POST', `/bench-authored/draft/import/preview?format=${format}&language=fr`, text, type);
  const rows: [string, Timings][] = [
    [`POST …/draft/import/preview (GIFT, ${BANK} questions, ${(giftText.length / 1024).toFixed(0)} KB)`, await timed(5, preview('gift', giftText, 'text/plain'))],
    [`POST …/draft/import/preview (Moodle XML, ${BANK} questions, ${(xmlText.length / 1024).toFixed(0)} KB)`, await timed(5, preview('moodle-xml', xmlText, 'application/xml'))],
  ];
  const { revision } = await draft();
  rows.push([`POST …/draft/import (GIFT, ${BANK} questions into the pool, once)`, await timed(1, () => call('POST', `/bench-authored/draft/import?format=gift&language=fr&revision=${revision}`, giftText, 'text/plain'))]);

  // Translated and checked, with two lessons: a publishable module with the largest pool.
  const current = await draft();
  const definition = current.definition;
  definition.summary = { fr: 'Résumé.', en: 'Summary.' };
  definition.competencies = ['C1'];
  definition.lessons = ['one', 'two'].map((key) => ({ key, title: { fr: `Leçon ${key}`, en: `Lesson ${key}` }, body: { fr: 'Texte de la leçon.', en: 'Lesson text.' } }));
  // Every text gets an English side made from its French one (distinct where the French texts are).
  const english = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(english);
    if (!value || typeof value !== 'object') return value;
    const object = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, english(inner)]));
    if ('fr' in object) object.en = Array.isArray(object.fr) ? object.fr.map((text) => `${text} (EN)`) : `${object.fr} (EN)`;
    return object;
  };
  definition.assessment.questions = definition.assessment.questions.map(({ needsTranslation: _flag, ...question }: Record<string, unknown>) => ({
    ...(english({ ...question, feedback: { fr: 'Voir les articles 3 et 12 de la Convention.', en: '' } }) as object),
    competency: 'C1',
  }));
  let saved = current.revision;
  const size = JSON.stringify({ revision: saved, definition }).length;
  rows.push([
    `PUT …/draft (autosave of the whole draft, ${(size / 1024).toFixed(0)} KB)`,
    await timed(5, async () => {
      const response = await call('PUT', '/bench-authored/draft', JSON.stringify({ revision: saved, definition }));
      saved += 1;
      return response;
    }),
  ]);
  rows.push([`GET …/draft/check (what publishing would refuse, ${BANK} questions)`, await timed(5, () => call('GET', '/bench-authored/draft/check'))]);
  rows.push([`POST …/draft/publish (${BANK} questions, once)`, await timed(1, () => call('POST', '/bench-authored/draft/publish', JSON.stringify({ revision: saved })))]);
  return rows;
}
