import type { APIRequestContext, Browser } from 'playwright-core';
import { expect } from 'vitest';

/** The demo organisation admin, through the API: creates a children's group, its class code, and records consent. */
export async function asOrgAdmin(browser: Browser, baseUrl: string) {
  const context = await browser.newContext({ baseURL: baseUrl });
  const request: APIRequestContext = context.request;
  const login = await request.post('/api/auth/login', { data: { email: 'orgadmin@demo.clef.test', password: 'demo-orgadmin-2026' } });
  expect(login.status()).toBe(200);
  const organisationId = ((await login.json()) as { memberships: { organisationId: string; role: string }[] }).memberships.find((m) => m.role === 'org_admin')!.organisationId;
  return { context, request, organisationId };
}

/** The demo trainer, who holds the safeguarding certificate a children's group needs. */
export async function certifiedTrainerId(admin: { request: APIRequestContext; organisationId: string }): Promise<string> {
  const members = `/api/organisations/${admin.organisationId}/members?q=trainer@demo.clef.test`;
  return ((await (await admin.request.get(members)).json()) as { items: { userId: string }[] }).items[0].userId;
}
