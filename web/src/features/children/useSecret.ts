import { useState } from 'react';
import type { SecretKind } from './pictures';

/** The kind of secret a child uses (PIN or pictures) and what they have entered; choosing another kind starts over. */
export function useSecret() {
  const [kind, setKind] = useState<SecretKind>('pin');
  const [secret, setSecret] = useState<string[]>([]);
  const chooseKind = (next: SecretKind) => {
    setKind(next);
    setSecret([]);
  };
  return { kind, secret, setSecret, chooseKind };
}
