import type { FieldProblem } from './types';

/** The DOM id of the control that edits an API field path such as `assessment.questions.2.options`. */
export const fieldId = (path: string) => `draft-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/** The API's problems for one field path (and its sub-fields, e.g. `title` covers `title.fr`). */
export const problemsAt = (problems: FieldProblem[], path: string, exact = false) =>
  problems.filter((problem) => problem.field === path || (!exact && problem.field.startsWith(`${path}.`))).map((problem) => problem.message);

/** The id of the nearest control that exists, walking up the path: a problem on `lessons.0.body.fr` focuses that textarea. */
export function nearestFieldId(path: string): string | undefined {
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const id = fieldId(parts.slice(0, length).join('.'));
    if (document.getElementById(id)) return id;
  }
  return undefined;
}
