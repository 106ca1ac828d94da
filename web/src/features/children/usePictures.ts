import { api } from '../../api/client';
import { useApi } from '../../lib/useApi';

/** The picture ids a picture password is made of, and how long a secret is. */
export function usePictures() {
  return useApi((signal) => api.GET('/api/children/pictures', { signal }), []);
}
