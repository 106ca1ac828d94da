import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { currentLocation, renderApp } from '../auth/testing/render-app';
import { FakeXhr } from '../auth/testing/fake-xhr';

const fake = await vi.hoisted(async () => (await import('../auth/testing/fake-api')).installFakeApi());

async function chooseZip(slug: string) {
  fake.logIn({ memberships: [{ organisationId: 'org-1', organisationName: 'Centre', role: 'trainer' }] });
  fake.answer('GET /api/authoring/modules', () => ({ status: 200, body: { items: [] } }));
  await renderApp('/authoring');
  const form = (await screen.findByRole('heading', { name: 'Import a module from a zip' })).closest('form')!;
  fireEvent.change(within(form).getByLabelText(/^Module address/), { target: { value: slug } });
  fireEvent.change(within(form).getByLabelText('Zip file'), { target: { files: [new File([new Uint8Array(2048)], 'module.zip', { type: 'application/zip' })] } });
  fireEvent.click(within(form).getByRole('button', { name: 'Import the zip' }));
  return FakeXhr.nth(1);
}

describe('importing a module zip', () => {
  beforeEach(() => {
    fake.reset();
    FakeXhr.install();
  });

  it('shows the upload, then the processing, then opens the new module', async () => {
    const xhr = await chooseZip('my-rights-copy');
    expect(xhr.headers['content-type']).toBe('application/zip');
    expect(xhr.query).toEqual({ lang: 'en', slug: 'my-rights-copy', organisationId: 'org-1' });
    xhr.progress(1024);
    expect(screen.getByText('Sending the file: 50%')).toBeTruthy();
    xhr.uploaded();
    expect(screen.getByText('The server is processing the file…')).toBeTruthy();
    await xhr.respond(201, { slug: 'my-rights-copy', revision: 1 });
    await waitFor(() => expect(currentLocation()).toBe('/authoring/my-rights-copy'));
  });

  it('lists the problems the API found in the zip', async () => {
    const xhr = await chooseZip('bad-zip');
    await xhr.respond(422, {
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: 'The module breaks the content rules.',
      details: [{ field: 'assessment.draw', rule: 'drawTooLarge', message: 'The draw (40) is larger than the pool (12 questions).' }],
    });
    const summary = screen.getByRole('alert');
    expect(within(summary).getByText('The module breaks the content rules.')).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'The draw (40) is larger than the pool (12 questions).' }).getAttribute('href')).toBe('#zip-module-assessment-draw');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(currentLocation()).toBe('/authoring');
  });
});
