import { decodeCsv } from './csv-decode.js';

describe('decodeCsv', () => {
  it('keeps the Windows-1252 letters between 0x80 and 0x9F that French Excel writes (€ Œ ’ œ …)', () => {
    // « Chloé L’Œillet;€ cœur… » as French Excel saves it.
    const bytes = Uint8Array.from([0x43, 0x68, 0x6c, 0x6f, 0xe9, 0x20, 0x4c, 0x92, 0x8c, 0x69, 0x6c, 0x6c, 0x65, 0x74, 0x3b, 0x80, 0x20, 0x63, 0x9c, 0x75, 0x72, 0x85]);
    expect(decodeCsv(bytes)).toBe('Chloé L’Œillet;€ cœur…');
  });

  it('reads UTF-8 with a BOM as UTF-8', () => {
    expect(decodeCsv(new TextEncoder().encode('\uFEFFChloé L’Œillet'))).toBe('Chloé L’Œillet');
  });
});
