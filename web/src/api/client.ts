import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

/** The typed API client, generated from the OpenAPI document (see `npm run api:generate`). */
export const api = createClient<paths>({ baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin });

export type Schemas = components['schemas'];
export type ApiError = Schemas['ErrorResponseDto'];

/** The translated message of an API error body, whatever the route's declared error types. */
export const errorMessage = (error: unknown): string | undefined => (error as { message?: string } | undefined)?.message;
