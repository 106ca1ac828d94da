import pg from 'pg';

/** Every question of `slug` drawn in each attempt, so that the quiz surely shows its matching question; gives back the draw. */
export async function drawWholePool(databaseUrl: string, slug: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const version = `(SELECT current_version_id FROM modules WHERE slug = $1)`;
  const { rows: [{ draw }] } = await client.query(`SELECT draw_count AS draw FROM module_versions WHERE id = ${version}`, [slug]);
  await client.query(`UPDATE module_versions SET draw_count = (SELECT count(*) FROM questions WHERE module_version_id = ${version}) WHERE id = ${version}`, [slug]);
  return async () => {
    await client.query(`UPDATE module_versions SET draw_count = $2 WHERE id = ${version}`, [slug, draw]);
    await client.end();
  };
}
