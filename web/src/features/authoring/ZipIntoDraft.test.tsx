import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '../auth/testing/fake-xhr';
import { renderAuthoring } from './testing/render-authoring';
import { ZipIntoDraft } from './ZipIntoDraft';

async function replaceWithZip() {
  vi.stubGlobal('confirm', () => true);
  const onImported = vi.fn();
  const saveFirst = vi.fn(async () => true);
  await renderAuthoring(<ZipIntoDraft slug="hearing-children" saveFirst={saveFirst} revision={() => 7} onImported={onImported} />);
  fireEvent.change(screen.getByLabelText('Replace the draft with a module zip'), { target: { files: [new File([new Uint8Array(4000)], 'module.zip')] } });
  fireEvent.click(screen.getByRole('button', { name: 'Replace the draft' }));
  return { onImported, saveFirst };
}

describe('replacing a draft with a module zip', () => {
  beforeEach(() => FakeXhr.install());

  it('shows the upload, then the processing, then hands the new draft to the editor', async () => {
    const { onImported } = await replaceWithZip();
    const xhr = await FakeXhr.nth(1);
    expect(xhr.url).toContain('/api/authoring/modules/hearing-children/draft/import.zip?lang=en&revision=7');
    xhr.progress(1000);
    expect(screen.getByText('Sending the file: 25%')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Replace the draft' })).toHaveProperty('disabled', true);
    xhr.uploaded();
    expect(screen.getByText('The server is processing the file…')).toBeTruthy();
    await xhr.respond(200, { slug: 'hearing-children', revision: 8 });
    expect(onImported).toHaveBeenCalledWith({ slug: 'hearing-children', revision: 8 });
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows the refusal with each problem the API lists, and sends nothing unless confirmed', async () => {
    const { onImported, saveFirst } = await replaceWithZip();
    await (await FakeXhr.nth(1)).respond(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: 'The zip does not hold a module.',
      details: [{ field: 'assessment.yaml', rule: 'fileMissing', message: 'assessment.yaml: the file is missing.' }],
    });
    expect(screen.getByRole('alert').textContent).toBe('The zip does not hold a module. assessment.yaml: the file is missing.');
    expect(onImported).not.toHaveBeenCalled();

    vi.stubGlobal('confirm', () => false);
    fireEvent.click(screen.getByRole('button', { name: 'Replace the draft' }));
    // Refused at the question: the draft is not even saved first, so nothing can be sent.
    expect(saveFirst).toHaveBeenCalledTimes(1);
    expect(FakeXhr.sent).toHaveLength(1);
  });
});
