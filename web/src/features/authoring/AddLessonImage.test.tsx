import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '../auth/testing/fake-xhr';
import { AddLessonImage } from './AddLessonImage';
import { renderAuthoring } from './testing/render-authoring';

const HASH = 'a'.repeat(64);
const png = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'juge.png', { type: 'image/png' });

async function renderForm() {
  const onAdded = vi.fn();
  await renderAuthoring(<AddLessonImage slug="hearing-children" language="fr" onAdded={onAdded} />, 'fr');
  return { onAdded, choose: (file: File) => fireEvent.change(screen.getByLabelText(/^Image \(JPEG, PNG ou WebP/), { target: { files: [file] } }) };
}

describe('adding an image to a lesson', () => {
  beforeEach(() => FakeXhr.install());

  it('asks for the text alternative first, then uploads and adds the image with it to the lesson text', async () => {
    const { onAdded, choose } = await renderForm();
    choose(png());
    expect((await screen.findByRole('alert')).textContent).toBe('Décrivez d’abord l’image (son texte de remplacement en français), puis choisissez le fichier.');
    expect(FakeXhr.sent).toHaveLength(0);

    fireEvent.change(screen.getByLabelText(/^Ce que montre l’image/), { target: { value: 'Une juge écoute une enfant [au tribunal]' } });
    choose(png());
    const xhr = await FakeXhr.nth(1);
    expect(xhr.url).toContain('/api/authoring/modules/hearing-children/images?lang=fr');
    expect(xhr.headers['content-type']).toBe('image/png');
    xhr.uploaded();
    await xhr.respond(201, { hash: HASH, ref: `images/${HASH}.webp`, url: `/api/images/${HASH}.webp`, width: 1024, height: 683 });
    expect(onAdded).toHaveBeenCalledWith(`![Une juge écoute une enfant \\[au tribunal\\]](images/${HASH}.webp)`);
    expect(screen.getByText(/^L’image a été ajoutée à la fin du texte en français/).getAttribute('role')).toBe('status');
  });

  it('shows the server’s refusal of a file that is no image it takes', async () => {
    const { onAdded, choose } = await renderForm();
    fireEvent.change(screen.getByLabelText(/^Ce que montre l’image/), { target: { value: 'Un schéma' } });
    choose(new File(['<svg/>'], 'schema.png', { type: 'image/png' }));
    await (await FakeXhr.nth(1)).respond(415, { statusCode: 415, error: 'Unsupported Media Type', message: 'Seules les images JPEG, PNG et WebP peuvent être ajoutées (le SVG et les autres formats sont refusés).' });
    expect((await screen.findByRole('alert')).textContent).toBe('Seules les images JPEG, PNG et WebP peuvent être ajoutées (le SVG et les autres formats sont refusés).');
    expect(onAdded).not.toHaveBeenCalled();
  });
});
