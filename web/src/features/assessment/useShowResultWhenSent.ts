import { useEffect, useRef } from 'react';
import { useOutbox } from '../offline/outbox-context';

/** A submission that waited in the outbox went through (the network came back) while the quiz was shown: show the result. */
export function useShowResultWhenSent(attemptId: string, queued: boolean, onSubmitted: () => void) {
  const { entries } = useOutbox();
  const submitted = entries.some((e) => e.state === 'sent' && e.op.kind === 'submit' && e.op.attemptId === attemptId);
  const sawQueued = useRef(false);
  if (queued) sawQueued.current = true;
  useEffect(() => {
    if (submitted && sawQueued.current) {
      sawQueued.current = false;
      onSubmitted();
    }
  }, [submitted, onSubmitted]);
}
