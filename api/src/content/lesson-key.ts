/** A lesson's stable name: its key without the `NN-` number that orders content/ files and published versions. */
export const lessonName = (key: string) => key.replace(/^\d{2}-/, '');
