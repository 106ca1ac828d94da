/**
 * Sends a file as the raw request body (the API reads zips and question banks as bytes or text, not as a form).
 * openapi-fetch would JSON-encode it; the serializer passes it through with the right content type.
 */
export const asRawBody = (contentType: string) => ({
  bodySerializer: (body: unknown) => body as BodyInit,
  headers: { 'Content-Type': contentType },
});
