import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, type Schemas } from '../../api/client';

const MAX_BYTES = 200_000;

/** Drop (or choose) a credential file: Clef checks its signature, status and expiry, and says why when it fails. */
export function CredentialFileCheck() {
  const { t } = useTranslation('certificates');
  const [result, setResult] = useState<Schemas['CredentialCheckDto']>();
  const [error, setError] = useState<string>();
  const [dragging, setDragging] = useState(false);

  const check = async (file: File | undefined) => {
    setResult(undefined);
    setError(undefined);
    if (!file) return;
    if (file.size > MAX_BYTES) return setError(t('file.tooLarge'));
    let credential: Record<string, unknown>;
    try {
      credential = JSON.parse(await file.text());
    } catch {
      return setError(t('file.notJson'));
    }
    const { data, error: failure } = await api.POST('/api/certificates/verify', { body: { credential } }).catch(() => ({ data: undefined, error: undefined }));
    if (data) setResult(data);
    else setError(errorMessage(failure) ?? t('common:load.failed'));
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void check(event.dataTransfer.files[0]);
  };
  const ok = result && result.signatureValid && result.issuedByThisPlatform && result.revoked === false && !result.expired;

  return (
    <section aria-labelledby="file-title" className="card">
      <h2 id="file-title">{t('file.title')}</h2>
      <div
        className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label htmlFor="credential-file">{t('file.label')}</label>
        <input id="credential-file" type="file" accept=".json,application/json,application/ld+json" onChange={(e) => void check(e.target.files?.[0])} />
      </div>
      {error && <p role="alert">{error}</p>}
      {result && (
        <div role="status" className={`verification verification--${ok ? 'valid' : 'invalid'}`}>
          <p>
            <strong>{ok ? t('file.valid') : t('file.invalid')}</strong>
          </p>
          <ul>
            {result.signatureValid ? (
              <>
                <li>{t('file.signatureValid')}</li>
                <li>{result.issuedByThisPlatform ? t('file.ourIssuer') : t('file.otherIssuer', { issuer: result.issuer ?? '?' })}</li>
                {result.revoked !== null && result.revoked !== undefined && <li>{result.revoked ? t('file.revoked') : t('file.notRevoked')}</li>}
                {result.expired && <li>{t('file.expired')}</li>}
                {result.holderName && <li>{t('file.holder', { name: result.holderName })}</li>}
                {result.achievementName && <li>{t('file.achievement', { name: result.achievementName })}</li>}
              </>
            ) : (
              // Without a valid signature the file proves nothing: say so, and repeat none of what it claims.
              <>
                <li>{t('file.signatureInvalid')}</li>
                <li>{result.namesThisPlatform ? t('file.namesUsUnsigned') : t('file.issuerUnknown')}</li>
                <li>{t('file.nothingEstablished')}</li>
              </>
            )}
          </ul>
        </div>
      )}
    </section>
  );
}
