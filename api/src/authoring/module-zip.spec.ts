import { zipSync } from 'fflate';
import { lyingZip } from '../../test/support/lying-zip.js';
import { AppError } from '../common/errors/app-error.js';
import { unzipGuarded } from './module-zip.js';

const refusal = (bytes: Uint8Array) => {
  try {
    unzipGuarded(bytes);
  } catch (error) {
    if (error instanceof AppError) return { key: error.messageKey, unpacked: error.params.unpacked as number };
    throw error;
  }
  throw new Error('the zip was accepted');
};

const MB = 1024 * 1024;

describe('module zip unpacking', () => {
  it('stops inflating an entry whose header lies as soon as it passes 2 MB, long before its real 32 MB', () => {
    const zip = lyingZip({ 'm/module.yaml': new Uint8Array(32 * MB) }, 100);
    expect(zip.length).toBeLessThan(MB);
    const { key, unpacked } = refusal(zip);
    expect(key).toBe('authoring.zipTooLarge');
    // Refused within one input chunk (4 KB of deflate, about 4 MB out) of the 2 MB limit.
    expect(unpacked).toBeGreaterThan(2 * MB);
    expect(unpacked).toBeLessThan(7 * MB);
  });

  it('stops at 10 MB in all when every lying entry stays under 2 MB', () => {
    const entries = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`m/lessons/${String(i).padStart(2, '0')}-l.fr.md`, new Uint8Array(1.9 * MB)]));
    const { key, unpacked } = refusal(lyingZip(entries, 10));
    expect(key).toBe('authoring.zipTooLarge');
    expect(unpacked).toBeGreaterThan(10 * MB);
    expect(unpacked).toBeLessThan(12 * MB);
  });

  it('still unpacks an honest module zip', () => {
    const files = unzipGuarded(zipSync({ 'm/module.yaml': new TextEncoder().encode('slug: m\n'), 'm/lessons/': new Uint8Array(0) }));
    expect(Object.keys(files)).toEqual(['m/module.yaml']);
    expect(Buffer.from(files['m/module.yaml']).toString()).toBe('slug: m\n');
  });
});
