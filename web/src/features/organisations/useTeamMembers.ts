import { api, type Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';

const PAGE_SIZE = 50;
const AT_ONCE = 4;

/**
 * Members who may run a cohort (trainers and admins). The members route has no role filter, so every page
 * is read, a few at a time; this runs only when an admin opens the cohort form.
 */
export function useTeamMembers(organisationId: string) {
  const lang = useLanguage();
  return useApi(async (signal) => {
    const readPage = (page: number) =>
      api.GET('/api/organisations/{organisationId}/members', { params: { path: { organisationId }, query: { lang, page, pageSize: PAGE_SIZE } }, signal });
    const first = await readPage(1);
    if (!first.data) return { error: first.error, response: first.response };
    const members: Schemas['MemberDto'][] = [...first.data.items];
    const pages = Math.ceil(first.data.total / PAGE_SIZE);
    for (let next = 2; next <= pages; next += AT_ONCE) {
      const batch = await Promise.all(Array.from({ length: Math.min(AT_ONCE, pages - next + 1) }, (_, i) => readPage(next + i)));
      const failed = batch.find((result) => !result.data);
      if (failed) return { error: failed.error, response: failed.response };
      members.push(...batch.flatMap((result) => result.data?.items ?? []));
    }
    return { data: members.filter((member) => member.role !== 'trainee'), response: first.response };
  }, [organisationId, lang]);
}
