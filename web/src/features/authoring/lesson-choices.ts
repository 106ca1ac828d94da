import type { Language } from '../../i18n/languages';
import type { Lesson } from './types';

/** A lesson a question may point to: its stable name (the key without its NN- number) and its title. */
export interface LessonChoice {
  name: string;
  title: string;
}

export const lessonChoices = (lessons: Lesson[], language: Language): LessonChoice[] =>
  lessons.map((lesson, index) => {
    const name = lesson.key.replace(/^\d{2}-/, '');
    return { name, title: `${index + 1}. ${lesson.title[language] || name}` };
  });
