describe('migrations', () => {
  it('build exactly the schema the entities describe (no drift)', () => {
    // Computed by the global set-up on the template database built from migrations/ alone.
    const pending = JSON.parse(process.env.CLEF_TEST_DRIFT ?? 'null') as string[] | null;
    expect(pending).toEqual([]);
  });
});
