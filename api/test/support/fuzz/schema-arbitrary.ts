import fc from 'fast-check';

export interface JsonSchema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  nullable?: boolean;
  example?: unknown;
}

/** Texts a fuzzer should try on top of random ones: edges of validation, injection and encoding classics. */
const NASTY_TEXTS = [
  '',
  ' ',
  'a',
  'x'.repeat(300),
  "' OR 1=1 --",
  '"; DROP TABLE users; --',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '😀\u200B\u202E',
  '%00%2e%2e%2f',
  'amina@example.org',
  '00000000-0000-4000-8000-000000000000',
  'NaN',
  '-1',
  '1e309',
];

/** Any JSON value of the wrong kind: numbers for texts, objects for lists, and so on. */
export const anyJson = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53, -(2 ** 31), '', [], {}),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(...NASTY_TEXTS),
);

export const anyText = fc.oneof(fc.constantFrom(...NASTY_TEXTS), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));

/** Values that a schema accepts most of the time (formats aside), so that requests get past validation too. */
export function arbitraryFor(schema: JsonSchema, components: Record<string, JsonSchema>, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 8) return anyJson;
  if (schema.$ref) return arbitraryFor(components[schema.$ref.split('/').pop()!] ?? {}, components, depth + 1);
  if (schema.allOf?.length) return arbitraryFor(Object.assign({}, ...schema.allOf.map((part) => resolve(part, components))), components, depth + 1);
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants?.length) return fc.oneof(...variants.map((variant) => arbitraryFor(variant, components, depth + 1)));
  const value = valueFor(schema, components, depth);
  return schema.nullable ? fc.option(value, { nil: null }) : value;
}

function resolve(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  return schema.$ref ? (components[schema.$ref.split('/').pop()!] ?? {}) : schema;
}

function valueFor(schema: JsonSchema, components: Record<string, JsonSchema>, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string': {
      const sized = fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 30, 60) });
      if (schema.format === 'uuid') return fc.oneof(fc.uuid(), sized);
      if (schema.format === 'email') return fc.oneof(fc.emailAddress(), sized);
      return schema.example !== undefined ? fc.oneof(fc.constant(schema.example), sized) : sized;
    }
    case 'number':
    case 'integer': {
      const min = schema.minimum ?? -1000;
      const max = schema.maximum ?? 1000;
      return schema.type === 'integer' || Number.isInteger(min) ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(arbitraryFor(schema.items ?? {}, components, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 6) });
    case 'object':
    case undefined: {
      if (!schema.properties) return schema.type === 'object' ? fc.dictionary(fc.string({ maxLength: 8 }), anyJson, { maxKeys: 3 }) : anyJson;
      const model = Object.fromEntries(Object.entries(schema.properties).map(([key, property]) => [key, arbitraryFor(property, components, depth + 1)]));
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in model) });
    }
    default:
      return anyJson;
  }
}
