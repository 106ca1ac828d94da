import fc from 'fast-check';
import { anyJson, anyText, arbitraryFor, type JsonSchema } from './schema-arbitrary.js';

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface Operation {
  method: string;
  /** `/api/…/{param}`, as the OpenAPI document writes it. */
  path: string;
  parameters: Parameter[];
  body?: { contentTypes: string[]; schema?: JsonSchema };
}

export interface FuzzRequest {
  /** `METHOD /api/…/{param}`: the operation of the document it was made from. */
  operation: string;
  role: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** Which kind of damage was done, for the failure report. */
  mutation: string;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema?: JsonSchema }> } }>>;
  components: { schemas: Record<string, JsonSchema> };
}

/** Every operation of the document, so that a route added tomorrow is fuzzed without touching this test. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const content = operation.requestBody?.content;
      const contentTypes = Object.keys(content ?? {});
      return {
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        body: content ? { contentTypes, schema: content[contentTypes[0]]?.schema } : undefined,
      };
    }),
  );
}

export const FOREIGN_ORIGIN = 'https://evil.example';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const isStateChanging = (method: string) => STATE_CHANGING.has(method);

const DEEP_ARRAY = '['.repeat(10_000) + ']'.repeat(10_000);
const DEEP_OBJECT = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
const HUGE_JSON = JSON.stringify({ text: 'x'.repeat(300 * 1024) });
/** Raw path segments, already encoded or deliberately broken. */
const RAW_SEGMENTS = ['%00', 'a%00b', '%E0%A4%A', '%ED%A0%80', '%ZZ', '%', 'x'.repeat(150), '..%2F..%2Fetc', '%2e%2e', '-1', '0', '1.5', '99999999999999999999', 'null', '%F0%9F%98%80', "'%20OR%201=1"];
const RAW_BODIES = ['', '{', '{"a":', 'null', '[]', '42', '"text"', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}', '\u0000', DEEP_ARRAY, DEEP_OBJECT, HUGE_JSON];
const WRONG_TYPES = ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/json; charset=latin1', 'image/png', 'text/csv', 'application/zip'];
const UNSAFE = ['\u0000', 'a\u0000', '\uD800', '\uDC00x', 'ok\uDBFF'];

/** The value once in `1 + absentWeight` draws, else undefined. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, absentWeight: number) =>
  fc.oneof({ weight: absentWeight, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

const byte = (value: number) => `%${value.toString(16).toUpperCase()}`;

/** encodeURIComponent, except that a lone surrogate becomes the (invalid) UTF-8 bytes a careless client would send. */
const encode = (text: string) =>
  text
    .split(/([\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF])/)
    .map((part) => (part.length === 1 && /[\uD800-\uDFFF]/.test(part) ? byte(0xe0 | (part.charCodeAt(0) >> 12)) + byte(0x80 | ((part.charCodeAt(0) >> 6) & 0x3f)) + byte(0x80 | (part.charCodeAt(0) & 0x3f)) : encodeURIComponent(part)))
    .join('');

/** A value for one parameter: a real one from the test world most of the time, else something hostile. */
function parameterValue(parameter: Parameter, known: Record<string, string[]>, components: Record<string, JsonSchema>): fc.Arbitrary<string> {
  const real = known[parameter.name] ?? [];
  const fromSchema = arbitraryFor(parameter.schema ?? { type: 'string' }, components).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  const options = [
    { weight: 3, arbitrary: fromSchema },
    { weight: 2, arbitrary: anyText },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom(...UNSAFE) },
  ];
  if (real.length) options.push({ weight: 8, arbitrary: fc.constantFrom(...real) });
  return fc.oneof(...options);
}

function pathOf(operation: Operation, known: Record<string, string[]>, components: Record<string, JsonSchema>) {
  const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  const segment = (name: string) =>
    fc.oneof(
      { weight: 6, arbitrary: parameterValue({ name, in: 'path' }, known, components).map(encode) },
      { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
    );
  return fc.tuple(...names.map(segment), fc.nat({ max: 19 })).map((values) => {
    const mangle = values.pop() as number;
    let path = operation.path.replace(/\{(\w+)\}/g, () => (values.shift() as string) || '%20');
    // The same route, spelt otherwise: an encoded letter, a doubled slash, a trailing slash.
    if (mangle === 0) path = path.replace('/api/', '/%61pi/');
    if (mangle === 1) path = path.replace(/^\/api\/(\w)/, (_, letter: string) => `/api/%${letter.charCodeAt(0).toString(16).toUpperCase()}`);
    if (mangle === 2) path = path.replace('/api/', '/api//');
    if (mangle === 3) path = `${path}/`;
    return path;
  });
}

function queryOf(operation: Operation, known: Record<string, string[]>, components: Record<string, JsonSchema>) {
  const documented = operation.parameters.filter((p) => p.in === 'query');
  const pairs = documented.map((parameter) => sometimes(parameterValue(parameter, known, components).map((value) => [parameter.name, value] as const), 1));
  const extra = sometimes(fc.tuple(fc.constantFrom('extra', 'page', 'lang', '__proto__', 'a[b]'), anyText), 4);
  return fc.tuple(fc.tuple(...pairs), extra).map(([chosen, added]) => {
    const entries = [...chosen, added].filter((pair): pair is readonly [string, string] => pair !== undefined);
    return entries.length ? `?${entries.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&')}` : '';
  });
}

/** The body: mostly what the schema describes, then with a field missing, added, of the wrong type, or unsafe. */
function bodyOf(operation: Operation, components: Record<string, JsonSchema>): fc.Arbitrary<{ payload?: string | Buffer; contentType?: string; mutation: string }> {
  const declared = operation.body?.contentTypes[0];
  const json = arbitraryFor(operation.body?.schema ?? { type: 'object' }, components);
  const asJson = (mutation: string) => (value: unknown) => ({ payload: JSON.stringify(value), contentType: 'application/json', mutation });
  const mutate = <T>(arbitrary: fc.Arbitrary<T>, change: (body: Record<string, unknown>, key: string, extra: T) => void, mutation: string) =>
    fc.tuple(json, arbitrary, fc.nat()).map(([value, extra, pick]) => {
      const body = value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
      const keys = Object.keys(body);
      change(body, keys.length ? keys[pick % keys.length] : 'field', extra);
      return asJson(mutation)(body);
    });
  const raw = declared && declared !== 'application/json';
  const options: fc.Arbitrary<{ payload?: string | Buffer; contentType?: string; mutation: string }>[] = [
    ...Array.from({ length: 4 }, () => json.map(asJson('schema'))),
    mutate(fc.constant(0), (body, key) => delete body[key], 'missing field'),
    mutate(anyJson, (body, _key, extra) => (body[`extra${(JSON.stringify(extra) ?? '').length}`] = extra), 'extra field'),
    mutate(anyJson, (body, key, extra) => (body[key] = extra), 'wrong type'),
    mutate(fc.constantFrom(...UNSAFE), (body, key, extra) => (body[key] = extra), 'unsafe text'),
    mutate(fc.constant('x'.repeat(100_000)), (body, key, extra) => (body[key] = extra), 'huge field'),
    fc.constantFrom(...RAW_BODIES).map((payload) => ({ payload, contentType: 'application/json', mutation: 'raw json' })),
    fc.tuple(fc.constantFrom(...WRONG_TYPES), anyText).map(([contentType, payload]) => ({ payload, contentType, mutation: 'wrong content type' })),
    fc.constant({ mutation: 'no body' }),
  ];
  if (raw) {
    options.push(fc.uint8Array({ maxLength: 2000 }).map((bytes) => ({ payload: Buffer.from(bytes), contentType: declared, mutation: 'random bytes' })));
    options.push(anyText.map((payload) => ({ payload, contentType: declared, mutation: 'random text' })));
  }
  // A route without a body mostly gets none, sometimes one anyway.
  const nothing = fc.constant({ mutation: 'no body' });
  return operation.body ? fc.oneof(...options) : fc.oneof({ weight: 3, arbitrary: nothing }, { weight: 1, arbitrary: fc.oneof(...options) });
}

export function requestArbitrary(
  operations: Operation[],
  cookies: Record<string, string | undefined>,
  known: Record<string, string[]>,
  components: Record<string, JsonSchema>,
): fc.Arbitrary<FuzzRequest> {
  const headers = fc.record({
    language: fc.constantFrom('fr', 'en', 'fr-CA,fr;q=0.9', 'de', '', '*;q=0'),
    origin: sometimes(fc.constantFrom(FOREIGN_ORIGIN, 'null'), 12),
  });
  const perOperation = operations.map((operation) =>
    fc
      .tuple(fc.constantFrom(...Object.keys(cookies)), pathOf(operation, known, components), queryOf(operation, known, components), bodyOf(operation, components), headers)
      .filter(([role]) => !(operation.path === '/api/auth/logout' && cookies[role]))
      .map(([role, path, query, body, { language, origin }]): FuzzRequest => ({
        operation: `${operation.method} ${operation.path}`,
        role,
        method: operation.method,
        url: path + query,
        headers: {
          ...(cookies[role] ? { cookie: cookies[role] } : {}),
          ...(language ? { 'accept-language': language } : {}),
          ...(origin ? { origin } : {}),
          ...(body.contentType ? { 'content-type': body.contentType } : {}),
        },
        payload: body.payload,
        mutation: body.mutation,
      })),
  );
  return fc.oneof(...perOperation);
}
