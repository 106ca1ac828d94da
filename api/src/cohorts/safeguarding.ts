import type { EntityManager } from 'typeorm';

/** The module whose certificate an adult needs to run a children's group (any version). */
export const SAFEGUARDING_MODULE_SLUG = 'safeguarding-children';

/** Display names of the users who hold no valid (not revoked, not expired) safeguarding certificate. */
export async function trainersWithoutSafeguarding(manager: EntityManager, userIds: string[]): Promise<string[]> {
  const rows: { display_name: string }[] = await manager.query(
    `SELECT u.display_name FROM users u
      WHERE u.id = ANY($1) AND NOT EXISTS (
        SELECT 1 FROM certificates c JOIN module_versions v ON v.id = c.module_version_id JOIN modules m ON m.id = v.module_id
         WHERE c.user_id = u.id AND m.slug = $2 AND c.revoked_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now()))
      ORDER BY u.display_name`,
    [userIds, SAFEGUARDING_MODULE_SLUG],
  );
  return rows.map((row) => row.display_name);
}
