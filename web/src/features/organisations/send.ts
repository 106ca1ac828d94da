export type Sent<T> = { ok: true; data: T } | { ok: false; status: number | null; message: string };

/** The API's translated message, followed by each field problem's message when there are some. */
export function problemText(error: unknown, fallback: string): string {
  const body = error as { message?: string; details?: { message?: string }[] } | undefined;
  const details = (body?.details ?? []).map((detail) => detail.message).filter((message): message is string => Boolean(message));
  return [body?.message ?? fallback, ...details].join(' ');
}

/** Runs one API call for an action; a network failure or an unreadable answer becomes `fallback`. */
export async function send<T>(request: () => Promise<{ data?: T; error?: unknown; response: Response }>, fallback: string): Promise<Sent<T>> {
  try {
    const { data, error, response } = await request();
    if (response.ok) return { ok: true, data: data as T };
    return { ok: false, status: response.status, message: problemText(error, fallback) };
  } catch {
    return { ok: false, status: null, message: fallback };
  }
}
