import { useCallback, useEffect, useRef, useState } from 'react';
import { upload, type UploadPath, type UploadProgress, type UploadRequest } from './upload';

/**
 * Sends files with `upload`, keeping the progress for `Busy` (undefined when nothing is being sent).
 * Leaving the page cancels the upload rather than sending megabytes nobody will see the answer to.
 */
export function useUpload() {
  const [progress, setProgress] = useState<UploadProgress>();
  const controller = useRef<AbortController>(undefined);
  useEffect(() => () => controller.current?.abort(), []);
  const send = useCallback(async <P extends UploadPath>(path: P, request: UploadRequest<P>) => {
    controller.current = new AbortController();
    try {
      return await upload(path, request, { onProgress: setProgress, signal: controller.current.signal });
    } finally {
      setProgress(undefined);
    }
  }, []);
  return { progress, send };
}
