import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../common/errors/app-error.js';
import { repositoryRoot } from '../../config/paths.js';
import { refuseTooManyQuestions, xmlDepthExceeds, MAX_XML_DEPTH } from './import-limits.js';
import { readMoodleXml } from './moodle-xml-reader.js';

const fixture = (name: string) => readFileSync(join(repositoryRoot, 'api/test/fixtures/moodle', name), 'utf8');
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? { status: error.statusCode, key: error.messageKey, params: error.params } : error;
  }
  return undefined;
};

const gift = (count: number) => ['$CATEGORY: $course$/top', '// a comment', ...Array.from({ length: count }, (_, i) => `// before ${i}\n::Q${i}:: Question ${i}\n{T}`)].join('\n\n');
const xml = (count: number) =>
  `<?xml version="1.0"?><quiz><question type="category"><category><text>top</text></category></question>${Array.from({ length: count }, (_, i) => `<question type="truefalse"><name><text>Q${i}</text></name></question>`).join('')}</quiz>`;
const nested = (depth: number) => `<?xml version="1.0"?>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;

describe('import limits', () => {
  it('lets through a file of 500 questions, comments and categories aside, and refuses 501 before any parsing', () => {
    expect(refusal(() => refuseTooManyQuestions('gift', gift(500)))).toBeUndefined();
    expect(refusal(() => refuseTooManyQuestions('gift', gift(501)))).toEqual({ status: 413, key: 'authoring.importTooManyQuestions', params: { limit: 500 } });
    expect(refusal(() => refuseTooManyQuestions('moodle-xml', xml(500)))).toBeUndefined();
    expect(refusal(() => refuseTooManyQuestions('moodle-xml', xml(501)))).toEqual({ status: 413, key: 'authoring.importTooManyQuestions', params: { limit: 500 } });
  });

  it('counts GIFT questions as the reader does: one per block between blank lines, Windows line ends too', () => {
    const crlf = gift(501).replace(/\n/g, '\r\n');
    expect(refusal(() => refuseTooManyQuestions('gift', crlf))).toMatchObject({ status: 413 });
    // 501 lines in one block are one question.
    expect(refusal(() => refuseTooManyQuestions('gift', Array.from({ length: 501 }, (_, i) => `line ${i} {T}`).join('\n')))).toBeUndefined();
  });

  it('measures XML nesting without recursion, skipping CDATA, comments and quoted attributes', () => {
    expect(xmlDepthExceeds(nested(100_000), MAX_XML_DEPTH)).toBe(true);
    expect(xmlDepthExceeds(nested(MAX_XML_DEPTH), MAX_XML_DEPTH)).toBe(false);
    expect(xmlDepthExceeds(nested(MAX_XML_DEPTH + 1), MAX_XML_DEPTH)).toBe(true);
    const noise = `<![CDATA[${'<p>'.repeat(100)}]]><!-- ${'<b>'.repeat(100)} --><br/><i title="a > b">x</i>`;
    expect(xmlDepthExceeds(`<quiz><question>${noise.repeat(50)}</question></quiz>`, 3)).toBe(false);
    for (const name of ['child-protection.en.xml', 'protection-de-l-enfance.fr.xml', 'droit-d-etre-entendu.fr.xml']) {
      expect(xmlDepthExceeds(fixture(name), 6)).toBe(false);
    }
  });

  it('refuses XML nested 100,000 levels deep with a 400 of its own, not a stack overflow', () => {
    expect(refusal(() => readMoodleXml(`<?xml version="1.0"?><quiz>${nested(100_000).slice(21)}</quiz>`))).toEqual({
      status: 400,
      key: 'authoring.importTooDeep',
      params: { limit: MAX_XML_DEPTH },
    });
  });
});
