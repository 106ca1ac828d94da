import { htmlToText, imagesInHtml } from './html-text.js';
import type { ImportMessage } from './imported-question.js';
import { imagesInMarkdown, markdownToText } from './markdown-text.js';

type Place = 'prompt' | 'other';

/** A text in one of Moodle's formats (html, moodle_auto_format, markdown, plain_text; GIFT's [html] … alike) as plain text. */
function plainText(raw: string, format: string): { text: string; images: number } {
  const markdown = format.toLowerCase() === 'markdown';
  const text = markdown ? markdownToText(raw) : raw;
  const images = markdown ? imagesInMarkdown(raw) : 0;
  // Any format may hold HTML tags (Moodle's auto-format and Markdown let authors write them); learners never see tags.
  if (format.toLowerCase() === 'html' || /<[a-z][^>]*>/i.test(text)) return { text: htmlToText(text), images: images + imagesInHtml(text) };
  return { text: text.trim(), images };
}

/**
 * Reads the texts of one question as the plain text learners are shown, keeping count of the images left behind
 * so that the preview can say which part of the question lost one.
 */
export function questionTexts() {
  const dropped: Record<Place, number> = { prompt: 0, other: 0 };
  return {
    read(raw: string, format = '', place: Place = 'other') {
      const plain = plainText(raw, format);
      dropped[place] += plain.images;
      return plain.text;
    },
    notes(): ImportMessage[] {
      const notes: ImportMessage[] = [];
      if (dropped.prompt > 0) notes.push({ key: 'import.note.promptImages', params: { count: dropped.prompt } });
      if (dropped.other > 0) notes.push({ key: 'import.note.otherImages', params: { count: dropped.other } });
      return notes;
    },
  };
}
