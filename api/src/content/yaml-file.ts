import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from './content.types.js';

export type Path = (string | number)[];

export interface YamlFile {
  name: string;
  value: unknown;
  /** The 1-based line of the value at `path`, or of its nearest parent that exists. */
  lineOf(path: Path): number | undefined;
}

export function readYamlFile(file: string, name: string, problems: ContentProblem[]): YamlFile | undefined {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    problems.push({ file: name, message: 'file is missing' });
    return undefined;
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      problems.push({ file: name, line: lineCounter.linePos(error.pos[0]).line, message: `YAML syntax: ${error.message.split('\n')[0]}` });
    }
    return undefined;
  }
  return {
    name,
    value: document.toJS(),
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}
