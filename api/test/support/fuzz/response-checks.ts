import { Ajv } from 'ajv';
import { STATUS_CODES } from 'node:http';
import { repositoryRoot } from '../../../src/config/paths.js';
import { FOREIGN_ORIGIN, isStateChanging, type FuzzRequest } from './request-arbitrary.js';
import type { JsonSchema } from './schema-arbitrary.js';

export interface FuzzResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

/** What must never reach a caller: the server's stack, its SQL and its files. */
const LEAKS: [string, RegExp][] = [
  ['stack trace', /\n\s+at .+(\(|:\d+:\d+)|Error: .+\n\s+at /],
  ['SQL', /QueryFailedError|syntax error at or near|violates (not-null|unique|foreign key|check) constraint|duplicate key value|invalid input syntax for|relation "\w+" does not exist|column "\w+" (does not exist|of relation)/i],
  ['server file path', new RegExp(`${repositoryRoot.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}|node_modules/|file:///|\\.ts:\\d+`)],
];

/** Checks one answer against the promises of docs/architecture.md; returns what is wrong, if anything. */
export function responseChecker(components: Record<string, JsonSchema>) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addSchema({ components: { schemas: components } }, 'openapi');
  const isErrorShape = ajv.compile({ $ref: 'openapi#/components/schemas/ErrorResponseDto' });

  return (request: FuzzRequest, response: FuzzResponse): string[] => {
    const problems: string[] = [];
    const { statusCode, body } = response;
    if (statusCode >= 500) problems.push(`answered ${statusCode}`);
    // Refused either by the origin check (403) or, for an unreadable URL, by the router before anything ran.
    if (request.headers.origin && isStateChanging(request.method) && statusCode < 400) {
      problems.push(`a state-changing request from ${request.headers.origin === FOREIGN_ORIGIN ? 'another site' : 'an opaque origin'} was not refused (${statusCode})`);
    }
    const contentType = String(response.headers['content-type'] ?? '');
    if (statusCode >= 400) {
      let parsed: unknown;
      try {
        parsed = contentType.startsWith('application/json') ? JSON.parse(body) : undefined;
      } catch {
        parsed = undefined;
      }
      if (!parsed || !isErrorShape(parsed)) problems.push(`error outside the documented shape: ${contentType} ${body.slice(0, 200)}`);
      else if ((parsed as { statusCode: number }).statusCode !== statusCode || (parsed as { error: string }).error !== STATUS_CODES[statusCode]) {
        problems.push(`error body disagrees with its status: ${body.slice(0, 200)}`);
      }
    }
    if (!/^application\/(pdf|zip)/.test(contentType)) {
      for (const [what, pattern] of LEAKS) if (pattern.test(body)) problems.push(`${what} in the body: ${body.slice(0, 300)}`);
    }
    return problems;
  };
}
