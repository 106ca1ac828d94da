import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from '../../config/paths.js';
import { describeImport } from './import-preview.js';
import { planImport } from './question-import.js';

const fixture = (name: string) => readFileSync(join(repositoryRoot, 'api/test/fixtures/moodle', name), 'utf8');
const preview = (format: 'gift' | 'moodle-xml', source: string, language: 'fr' | 'en', poolSize = 0) => describeImport(planImport(format, source, 'fr', [], 'C1'), language, poolSize);
const rightOptions = (question: unknown) => (question as { options: { fr: string; correct?: boolean }[] }).options.filter((o) => o.correct).map((o) => o.fr);

describe('an imported question keeps its meaning and says what it loses', () => {
  const xml = fixture('droit-d-etre-entendu.fr.xml');

  it('Moodle single answer with partial credit: still one right answer, the 50 % one wrong, Moodle’s 2 points kept, plain text, the right answer’s feedback', () => {
    const [item] = preview('moodle-xml', xml, 'fr').questions;
    expect(item.question).toMatchObject({
      type: 'single_choice',
      points: 2,
      prompt: { fr: 'Selon l’article 12 de la Convention, à qui est garanti le droit d’exprimer librement son opinion ?' },
      feedback: { fr: 'Oui : l’âge seul ne décide pas, c’est la maturité qui compte.' },
    });
    expect(rightOptions(item.question)).toEqual(['À tout enfant capable de discernement']);
    expect(JSON.stringify(item.question)).not.toMatch(/\*|<|&rsquo;/);
    expect(item.notes).toEqual([
      'La réponse à crédit partiel (50\u00a0%) devient fausse : Clef note juste ou faux.',
      'L’explication combinée de Moodle pour toute réponse correcte n’a pas été reprise\u00a0: Clef n’a qu’une explication par question.',
      'Clef n’a qu’une explication par question : c’est celle de la bonne réponse.',
      'L’explication donnée après une mauvaise réponse n’a pas été reprise.',
    ]);
    expect(preview('moodle-xml', xml, 'en').questions[0].notes).toEqual([
      'The answer with partial credit (50%) becomes wrong: Clef marks answers right or wrong.',
      "Moodle's combined feedback for any correct response was not kept: Clef has one feedback per question.",
      "Clef has one feedback per question: it is the right answer's feedback.",
      'The feedback shown after a wrong answer was not kept.',
    ]);
  });

  it('says which image, points and per-answer feedback did not come in, and what became of several right answers', () => {
    const [, image, several, trueFalse, matching, shortText, twoRight] = preview('moodle-xml', xml, 'fr').questions;
    expect(image.question).toMatchObject({ points: 1, prompt: { fr: 'Observez la salle d’audition ci-dessous.\n\nQu’est-ce qui la rend adaptée à un enfant ?' } });
    expect(image.notes).toEqual([
      'Moodle notait cette question sur 0,5 ; Clef ne compte que des points entiers de 1 à 100 : elle vaut 1 point.',
      'Une image de l’énoncé n’a pas été reprise.',
      'Clef n’a qu’une explication par question : l’explication générale est gardée, celle propre à chaque réponse n’est pas reprise.',
    ]);
    expect(several.question).toMatchObject({ type: 'multiple_choice', points: 3 });
    expect(rightOptions(several.question)).toEqual(['Il peut être accompagné par la personne de son choix', 'Son avis est pris en compte selon son âge et sa maturité']);
    expect(several.notes).toEqual(['Moodle donnait une part des points pour chaque bonne réponse cochée ; Clef ne donne les points que si toutes les bonnes réponses, et elles seules, sont cochées.']);
    expect(trueFalse.question).toMatchObject({ type: 'true_false', answer: true, feedback: { fr: 'Oui : être entendu est un droit, pas une obligation.' } });
    expect((matching.question as { pairs: unknown[] }).pairs).toHaveLength(3);
    expect(matching.notes).toEqual(['La réponse sans question associée (distracteur) n’a pas été reprise : «\u00a0Rédige le jugement à sa place\u00a0».']);
    expect(shortText.question).toMatchObject({ type: 'short_text', points: 1, accepted: { fr: ['CRIP', 'Cellule de recueil*'] }, feedback: { fr: 'Oui : la cellule de recueil des informations préoccupantes.' } });
    expect(shortText.notes).toEqual([
      'Moodle notait cette question sur 150 ; Clef ne compte que des points entiers de 1 à 100 : elle vaut 1 point.',
      'La réponse à crédit partiel (50\u00a0%) devient fausse : Clef note juste ou faux.',
      'Une réponse acceptée contient le joker * de Moodle ; Clef ne le connaît pas et compare la réponse telle qu’elle est écrite.',
      'Moodle tenait compte des majuscules ; Clef n’en tient pas compte, ni des accents ni de la ponctuation.',
      'Clef n’a qu’une explication par question : c’est celle de la bonne réponse.',
      'L’explication donnée après une mauvaise réponse n’a pas été reprise.',
    ]);
    expect(twoRight.question).toMatchObject({ type: 'multiple_choice' });
    expect(twoRight.notes).toEqual(['Moodle acceptait l’une ou l’autre des 2 bonnes réponses ; dans Clef, il faut toutes les cocher. Vérifiez la question.']);
    expect(preview('moodle-xml', xml, 'en').questions[1].notes).toEqual([
      'Moodle marked this question out of 0.5; Clef counts only whole points from 1 to 100: it is worth 1 point.',
      'An image in the question text was not kept.',
      'Clef has one feedback per question: the general feedback is kept, the feedback of each answer is not.',
    ]);
    expect(preview('moodle-xml', xml, 'en').questions[4].notes).toEqual(['The answer with no question to match (a distractor) was left out: "Rédige le jugement à sa place".']);
  });

  it('GIFT: = is right and ~%50% partial credit, only ~%n% weights let learners tick several; Markdown, HTML and escapes read as plain text', () => {
    const [partial, weights, trueFalse, image, matching, markdown] = preview('gift', fixture('droit-d-etre-entendu.fr.gift'), 'fr').questions;
    expect(partial.question).toMatchObject({ type: 'single_choice', points: 1, prompt: { fr: "Selon l'article 12, à qui est garanti le droit d'exprimer librement son opinion ?" }, feedback: { fr: "Oui : c'est la maturité qui compte." } });
    expect(rightOptions(partial.question)).toEqual(['À tout enfant capable de discernement']);
    expect(partial.notes[0]).toBe('La réponse à crédit partiel (50\u00a0%) devient fausse : Clef note juste ou faux.');
    expect(weights.question).toMatchObject({ type: 'multiple_choice' });
    expect(rightOptions(weights.question)).toEqual(['Il peut être accompagné', 'Son avis est pris en compte selon sa maturité']);
    // {T#shown after a wrong answer#shown after the right one}: the right one becomes the question's feedback.
    expect(trueFalse.question).toMatchObject({ type: 'true_false', answer: true, feedback: { fr: "Oui : le juge ne peut pas l'y contraindre." } });
    expect(trueFalse.notes).toEqual(['Clef n’a qu’une explication par question : c’est celle de la bonne réponse.', 'L’explication donnée après une mauvaise réponse n’a pas été reprise.']);
    expect(image.question).toMatchObject({ prompt: { fr: 'Observez la salle ci-dessous.\n\nEst-elle adaptée à un enfant ?' } });
    expect(image.notes).toEqual(['Une image de l’énoncé n’a pas été reprise.']);
    expect((matching.question as { pairs: unknown[] }).pairs).toHaveLength(3);
    expect(matching.notes).toEqual(['La réponse sans question associée (distracteur) n’a pas été reprise : «\u00a0Rédige le jugement à sa place\u00a0».']);
    expect(markdown.question).toMatchObject({ prompt: { fr: 'Rappel : la CIDE date de 1989. Que désigne ce sigle ?' }, options: [{ fr: "La Convention internationale des droits de l'enfant", correct: true }, { fr: "Le Comité des droits de l'enfant" }, { fr: 'Un tribunal pour enfants' }] });
    expect(markdown.notes).toEqual([]);
  });

  it('refuses a question whose grades Moodle refuses, and says when grades miss 100 % and which combined feedback is dropped', () => {
    const answer = (fraction: string, text: string) => `<answer fraction="${fraction}"><text>${text}</text></answer>`;
    const question = (name: string, single: boolean, answers: string, extra = '') =>
      `<question type="multichoice"><name><text>${name}</text></name><questiontext><text>Quels droits ?</text></questiontext><single>${single}</single>${extra}${answers}</question>`;
    const bank = `<?xml version="1.0" encoding="UTF-8"?><quiz>${[
      question('Tiers arrondi', false, answer('33.3', 'A') + answer('33.3', 'B') + answer('33.4', 'C') + answer('0', 'D')),
      question('Trois quarts', false, answer('50', 'A') + answer('25', 'B') + answer('-50', 'C')),
      question('Sans 100', true, answer('90', 'A') + answer('0', 'B'), '<partiallycorrectfeedback><text>Presque.</text></partiallycorrectfeedback><incorrectfeedback><text>Non.</text></incorrectfeedback>'),
      question('Moodle', false, answer('83.33333', 'A') + answer('16.66667', 'B') + answer('-100', 'C')),
    ].join('')}</quiz>`;
    const [rounded, threeQuarters, no100, moodle] = preview('moodle-xml', bank, 'fr').questions;
    expect(rounded).toMatchObject({ status: 'refused' });
    expect(rounded.reason).toMatch(/^des notes de réponse que Moodle refuse\u00a0: 33,3\u00a0% et 33,4\u00a0% \(Moodle n’admet que 100\u00a0%, 90\u00a0%, 83,33333\u00a0%/);
    expect(preview('moodle-xml', bank, 'en').questions[0].reason).toMatch(/^answer grades that Moodle refuses: 33.3% and 33.4% \(Moodle allows only 100 %, 90 %, 83.33333 %/);
    expect(threeQuarters.notes[0]).toBe('Les notes positives totalisent 75\u00a0% et non 100\u00a0% comme l’exige l’éditeur de Moodle\u00a0: toute réponse à note positive compte comme juste. Vérifiez la question.');
    expect(no100.notes).toEqual([
      'Aucune réponse ne vaut 100\u00a0% (la meilleure vaut 90\u00a0%), ce que l’éditeur de Moodle refuse\u00a0: la meilleure réponse compte comme juste. Vérifiez la question.',
      'Les explications combinées de Moodle pour toute réponse partiellement correcte et pour toute réponse incorrecte n’ont pas été reprises\u00a0: Clef n’a qu’une explication par question.',
    ]);
    expect(preview('moodle-xml', bank, 'en').questions[2].notes[1]).toBe("Moodle's combined feedback for any partially correct response and for any incorrect response was not kept: Clef has one feedback per question.");
    expect(moodle).toMatchObject({ status: 'ready' });
    expect(moodle.notes).toEqual(['Moodle donnait une part des points pour chaque bonne réponse cochée ; Clef ne donne les points que si toutes les bonnes réponses, et elles seules, sont cochées.']);
  });

  it('says that GIFT writes true/false in English when a French bank writes {VRAI} or {FAUX}', () => {
    const bank = '::Audition::Un enfant peut être entendu.{VRAI}\n\n::Secret::Le secret empêche de signaler.\n{faux#Non : il faut signaler.}\n\n::Bien::Vrai ?{TRUE}';
    const [vrai, faux, right] = preview('gift', bank, 'fr').questions;
    expect(vrai).toMatchObject({ status: 'refused', reason: 'ligne 1\u00a0: le GIFT écrit les réponses vrai/faux en anglais, T ou TRUE et F ou FALSE, quelle que soit la langue de la question\u00a0: écrivez {TRUE} ou {FALSE} au lieu de {VRAI}' });
    expect(faux).toMatchObject({ status: 'refused', line: 4 });
    expect(preview('gift', bank, 'en').questions[1].reason).toBe('line 4: GIFT writes true/false answers in English, T or TRUE and F or FALSE, whatever the language of the question: write {TRUE} or {FALSE} instead of {faux}');
    expect(right).toMatchObject({ status: 'ready', question: { type: 'true_false', answer: true } });
  });

  it('keeps the blank of a missing-word question and underscores that are not emphasis', () => {
    const [item] = preview('gift', '::Blanc::[markdown]La *CIDE* compte {=54 ~40 ~12} articles (voir snake_case_id).', 'fr').questions;
    expect(item.question).toMatchObject({ type: 'single_choice', prompt: { fr: 'La CIDE compte _____ articles (voir snake_case_id).' } });
  });

  it('refuses the whole file in the preview when the pool would pass 500 questions, counting the draft’s pool', () => {
    const bank = Array.from({ length: 30 }, (_, i) => `::Q${i}::Vrai ${i} ?{T}`).join('\n\n');
    expect(preview('gift', bank, 'fr', 470).refusal).toBeUndefined();
    expect(preview('gift', bank, 'fr', 471)).toMatchObject({
      ready: 30,
      refusal: 'Une banque contient au plus 500 questions ; avec ce fichier, elle en aurait 501. Découpez le fichier ou retirez d’abord des questions.',
    });
  });
});
