import request from 'supertest';
import type { ModuleDefinitionDto } from '../../src/authoring/dto/definition.dto.js';
import type { TestApp } from './test-app.js';

const both = (text: string) => ({ fr: `${text} (fr)`, en: `${text} (en)` });

/** A complete, publishable module of every question type, as the editor would send it. */
export function completeDefinition(overrides: Partial<ModuleDefinitionDto> = {}): ModuleDefinitionDto {
  const feedback = both('Because the Convention says so');
  const base = { competency: 'C1', points: 1, feedback };
  const choice = (id: string) => ({
    ...base,
    id,
    type: 'single_choice' as const,
    prompt: both(`Which article protects ${id}?`),
    options: [
      { id: 'a', ...both('Article 12'), correct: true },
      { id: 'b', ...both('Article 40') },
    ],
  });
  return {
    audience: 'professional',
    minutes: 40,
    competencies: ['C1', 'C2'],
    title: { fr: 'Entendre l’enfant au tribunal', en: 'Hearing the child in court' },
    summary: { fr: 'Préparer l’audition d’un enfant.', en: 'Preparing a child’s hearing.' },
    lessons: ['why', 'before', 'during'].map((key) => ({
      key,
      title: both(`Lesson ${key}`),
      body: { fr: `Le texte de la leçon **${key}**, en français.`, en: `The text of lesson **${key}**, in English.` },
    })),
    assessment: {
      passMark: 70,
      attempts: 3,
      draw: 10,
      questions: [
        choice('single-one'),
        choice('single-two'),
        choice('single-three'),
        choice('single-four'),
        choice('single-five'),
        {
          ...base,
          id: 'multiple',
          type: 'multiple_choice',
          prompt: both('Which are rights?'),
          options: [
            { id: 'play', ...both('Play'), correct: true },
            { id: 'speak', ...both('Be heard'), correct: true },
            { id: 'vote', ...both('Vote at 10') },
          ],
        },
        { ...base, id: 'truth', type: 'true_false', prompt: both('A child may be heard'), answer: true },
        {
          ...base,
          id: 'order',
          type: 'ordering',
          prompt: both('Put the hearing in order'),
          items: [
            { id: 'prepare', ...both('Prepare') },
            { id: 'listen', ...both('Listen') },
            { id: 'explain', ...both('Explain the decision') },
          ],
        },
        {
          ...base,
          id: 'match',
          type: 'matching',
          prompt: both('Match each article'),
          pairs: [
            { id: 'p12', left: both('Article 12'), right: both('Being heard') },
            { id: 'p3', left: both('Article 3'), right: both('Best interests') },
            { id: 'p19', left: both('Article 19'), right: both('Protection from violence') },
          ],
        },
        {
          ...base,
          competency: 'C2',
          id: 'short',
          type: 'short_text',
          prompt: both('Name the treaty'),
          accepted: { fr: ['CIDE', 'Convention relative aux droits de l’enfant'], en: ['CRC', 'Convention on the Rights of the Child'] },
        },
      ],
    },
    ...overrides,
  };
}

/** Creates a module in `organisationId` as `cookie`, saves `definition` into its draft and returns the draft. */
export async function createModuleWithDraft(testApp: TestApp, cookie: string, organisationId: string | undefined, slug: string, definition = completeDefinition()) {
  const created = await request(testApp.http)
    .post('/api/authoring/modules')
    .set('Cookie', cookie)
    .send({ slug, organisationId, audience: definition.audience, title: definition.title })
    .expect(201);
  const saved = await request(testApp.http)
    .put(`/api/authoring/modules/${slug}/draft`)
    .set('Cookie', cookie)
    .send({ revision: created.body.revision, definition })
    .expect(200);
  return saved.body as { revision: number; definition: ModuleDefinitionDto };
}
