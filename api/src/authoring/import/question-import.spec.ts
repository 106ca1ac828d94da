import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from '../../config/paths.js';
import { planImport } from './question-import.js';

const fixture = (name: string) => readFileSync(join(repositoryRoot, 'api/test/fixtures/moodle', name), 'utf8');
const summary = (outcomes: ReturnType<typeof planImport>) =>
  outcomes.map((o) => ({ title: o.title, line: o.line, type: o.question?.type, reason: o.reason?.key }));

describe('question bank import', () => {
  it('reads a French GIFT bank: every supported type, feedback, escapes, categories and comments ignored', () => {
    const outcomes = planImport('gift', fixture('droits-de-l-enfant.fr.gift'), 'fr', ['interet-superieur'], 'C1');
    expect(summary(outcomes)).toEqual([
      { title: 'Intérêt supérieur', line: 6, type: 'single_choice', reason: undefined },
      { title: 'Droits reconnus', line: 12, type: 'multiple_choice', reason: undefined },
      { title: 'Audition', line: 19, type: 'true_false', reason: undefined },
      { title: 'La Convention a été adoptée en 1989.', line: 22, type: 'true_false', reason: undefined },
      { title: 'Sigle', line: 24, type: 'short_text', reason: undefined },
      { title: 'Articles', line: 26, type: 'matching', reason: undefined },
      { title: 'Échappements', line: 32, type: 'single_choice', reason: undefined },
      { title: 'Réflexion', line: 38, type: undefined, reason: 'import.unsupportedType' },
      { title: 'Âge', line: 40, type: undefined, reason: 'import.unsupportedType' },
      { title: 'Choix ambigu', line: 42, type: undefined, reason: 'import.noCorrectAnswer' },
    ]);
    const [best, rights, hearing, , acronym, articles, escapes] = outcomes.map((o) => o.question!);
    expect(best).toMatchObject({
      id: 'interet-superieur-2',
      competency: 'C1',
      needsTranslation: true,
      prompt: { fr: "Quel article de la Convention consacre l'intérêt supérieur de l'enfant ?", en: '' },
      feedback: { fr: "Exact : l'article 3 en fait une considération primordiale.", en: '' },
      options: [{ id: 'o1', fr: 'Article 3', en: '', correct: true }, { id: 'o2', fr: 'Article 12', en: '' }, { id: 'o3', fr: 'Article 40', en: '' }],
    });
    expect(rights).toMatchObject({ feedback: { fr: "Les articles 31 et 12 les consacrent ; le vote n'est pas prévu." } });
    expect((rights as { options: { correct?: boolean }[] }).options.map((o) => Boolean(o.correct))).toEqual([true, true, false]);
    expect(hearing).toMatchObject({ answer: true, feedback: { fr: "Si : l'article 12 le prévoit." } });
    expect(acronym).toMatchObject({ accepted: { fr: ['CIDE', 'CDE'], en: [] } });
    expect((articles as { pairs: unknown[] }).pairs).toEqual([
      { id: 'p1', left: { fr: 'Article 3', en: '' }, right: { fr: 'Intérêt supérieur', en: '' } },
      { id: 'p2', left: { fr: 'Article 12', en: '' }, right: { fr: "Droit d'être entendu", en: '' } },
      { id: 'p3', left: { fr: 'Article 19', en: '' }, right: { fr: 'Protection contre la violence', en: '' } },
    ]);
    expect(escapes).toMatchObject({
      prompt: { fr: 'Que signifie le signe = dans la formule 2 + 2 = 4 {en maths} ?' },
      options: [{ fr: "L'égalité" }, { fr: 'Une affectation: x prend la valeur' }, { fr: 'Un commentaire # ignoré' }],
    });
  });

  it('reads per-answer GIFT format tags like the prompt, in options, accepted answers and matching items', () => {
    const bank = [
      '::Choix::[html]<p>Quel article ?</p>{=[html]<b>Article 3</b> ~[markdown]*Article 12* ~[plain]Article 40 ~[moodle]Article 19}',
      '::Sigle::Le sigle ?{=[plain]CIDE =[html]<i>CDE</i>}',
      '::Paires::Associez.{=[html]<b>Article 3</b> -> [plain]Intérêt supérieur =[markdown]**Article 12** -> Être entendu =Article 19 -> [html]<em>Violence</em>}',
    ].join('\n\n');
    const [choice, acronym, pairs] = planImport('gift', bank, 'fr', [], 'C1').map((o) => o.question!);
    expect(choice).toMatchObject({ prompt: { fr: 'Quel article ?' }, options: [{ fr: 'Article 3', correct: true }, { fr: 'Article 12' }, { fr: 'Article 40' }, { fr: 'Article 19' }] });
    expect(acronym).toMatchObject({ accepted: { fr: ['CIDE', 'CDE'] } });
    expect((pairs as { pairs: { left: { fr: string }; right: { fr: string } }[] }).pairs.map((p) => [p.left.fr, p.right.fr])).toEqual([
      ['Article 3', 'Intérêt supérieur'],
      ['Article 12', 'Être entendu'],
      ['Article 19', 'Violence'],
    ]);
  });

  it('names the line of each malformed GIFT question and keeps the sound ones', () => {
    expect(summary(planImport('gift', fixture('broken.en.gift'), 'en', [], 'C1'))).toEqual([
      { title: 'Best interests', line: 3, type: undefined, reason: 'import.gift.unclosed' },
      { title: 'Hearing', line: 7, type: 'true_false', reason: undefined },
      { title: 'No answers', line: 9, type: undefined, reason: 'import.gift.noAnswers' },
      { title: 'Stray text', line: 11, type: undefined, reason: 'import.gift.badAnswers' },
    ]);
  });

  it('reads an English Moodle XML export: HTML to text, CDATA, fractions, feedback; refuses cloze, essay, calculated', () => {
    const outcomes = planImport('moodle-xml', fixture('child-protection.en.xml'), 'en', [], '');
    expect(summary(outcomes)).toEqual([
      { title: 'First step on disclosure', line: 14, type: 'single_choice', reason: undefined },
      { title: 'Signs of neglect', line: 52, type: 'multiple_choice', reason: undefined },
      { title: 'Duty to report', line: 78, type: 'true_false', reason: undefined },
      { title: 'Helpline', line: 103, type: 'short_text', reason: undefined },
      { title: 'Who does what', line: 126, type: 'matching', reason: undefined },
      { title: 'Reflection', line: 164, type: undefined, reason: 'import.unsupportedType' },
      { title: 'Fill the gaps', line: 174, type: undefined, reason: 'import.unsupportedType' },
      { title: 'Ratio', line: 184, type: undefined, reason: 'import.unsupportedType' },
      { title: 'No right answer', line: 194, type: undefined, reason: 'import.noCorrectAnswer' },
    ]);
    const [first, neglect, duty, helpline, who] = outcomes.map((o) => o.question!);
    expect(first).toMatchObject({
      id: 'first-step-on-disclosure',
      prompt: { en: 'A child tells you that an adult at home hurts them. What do you do first?', fr: '' },
      feedback: { en: 'Listen, reassure, and do not promise secrecy.' },
    });
    expect(neglect).toMatchObject({ prompt: { en: 'Which of these can be signs of neglect?\nSelect all that apply.' } });
    expect((neglect as { options: { correct?: boolean }[] }).options.map((o) => Boolean(o.correct))).toEqual([true, true, true, false]);
    expect(duty).toMatchObject({ answer: false, feedback: { en: 'Right: report on suspicion, not proof.' } });
    expect(helpline).toMatchObject({ accepted: { en: ["World Children's Day", "Universal Children's Day"], fr: [] } });
    expect(who).toMatchObject({ prompt: { en: 'Match each professional with their role & duty.' } });
    expect((who as { pairs: unknown[] }).pairs).toHaveLength(3);
  });

  it('reads French Moodle XML with HTML entities and accents', () => {
    const outcomes = planImport('moodle-xml', fixture('protection-de-l-enfance.fr.xml'), 'fr', [], 'C2');
    expect(outcomes.map((o) => o.question?.prompt.fr)).toEqual([
      'À qui adresser un signalement d’enfant en danger ?',
      'Le secret professionnel empêche toujours de signaler.',
      'Jusqu’à quel âge est-on un enfant selon la Convention ? (en chiffres)',
    ]);
    expect(outcomes[0].question).toMatchObject({ options: [{ fr: 'Au procureur de la République' }, { fr: "À l'employeur des parents" }, { fr: "À personne, c'est une affaire privée" }] });
  });

  it('refuses malformed XML with its line, and any DOCTYPE (entity expansion)', () => {
    expect(() => planImport('moodle-xml', fixture('malformed.xml'), 'en', [], '')).toThrow(expect.objectContaining({ statusCode: 400, messageKey: 'authoring.importNotXml' }));
    expect(() => planImport('moodle-xml', fixture('entity-expansion.xml'), 'en', [], '')).toThrow(expect.objectContaining({ statusCode: 400, params: { detail: 'DOCTYPE' } }));
    expect(() => planImport('moodle-xml', 'just some text', 'en', [], '')).toThrow(expect.objectContaining({ statusCode: 400 }));
  });
});
