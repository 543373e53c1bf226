import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';

const UploadLimitsQuery = graphql(`
  query UploadLimits {
    uploadLimits {
      maxBytes
    }
  }
`);

/** What the file is for (the server's UploadPurpose): it decides the accepted types and the mutation that attaches it. */
export type UploadPurpose = 'CONTRACT_DOCUMENT' | 'SYNDIC_FILE' | 'WORK_LOG_PHOTO' | 'WORK_LOG_ATTACHMENT' | 'DEVELOPMENT_DOCUMENT' | 'BANNER_IMAGE';

export interface Uploaded {
  id: string;
  name: string;
  size: number;
  url: string;
}

/** A refusal of POST /files, as the server says it (Portuguese), with its code and reason. */
class UploadError extends Error {
  constructor(message: string, readonly reason: string | null) {
    super(message);
  }
}

/** "1,2 MB", "830 kB": a size as Brazilians write it. */
export function formatBytes(bytes: number, locale: string): string {
  const format = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 1 });
  return bytes >= 1_048_576 ? `${format(bytes / 1_048_576)} MB` : `${format(Math.max(1, bytes / 1024))} kB`;
}

/**
 * Sends one file to `POST /files` (raw body; the name and purpose in headers — which a form of
 * another site cannot send), reporting upload progress. Resolves with the stored file, whose id a
 * mutation then attaches to its owner.
 */
function send(file: File, purpose: UploadPurpose, onProgress: (fraction: number) => void): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/files');
    xhr.setRequestHeader('x-habite-app', 'admin');
    xhr.setRequestHeader('x-habite-file-name', encodeURIComponent(file.name));
    xhr.setRequestHeader('x-habite-file-purpose', purpose);
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: { id?: string; errors?: { message: string; extensions?: { reason?: string } }[] } | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 201 && body?.id) resolve(body as Uploaded);
      else reject(new UploadError(body?.errors?.[0]?.message ?? '', body?.errors?.[0]?.extensions?.reason ?? null));
    };
    xhr.onerror = () => reject(new UploadError('', 'NETWORK'));
    xhr.send(file);
  });
}

/**
 * Choose a PDF, see it go up (a progress bar), then `onUploaded` attaches it; the size is checked
 * before sending (the server checks size and type again, by content). Errors sit on the field.
 */
export function FileUpload({ id, label, purpose, onUploaded, accept = 'application/pdf,.pdf', help }: {
  id: string; label: string; purpose: UploadPurpose; onUploaded: (file: Uploaded) => Promise<string | null>;
  /** The types the chooser offers (the server judges by content anyway); PDF unless told. */
  accept?: string;
  /** The hint under the chooser; the PDF one unless told. */
  help?: string;
}) {
  const { t, locale } = useI18n();
  const [{ data }] = useQuery({ query: UploadLimitsQuery });
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const max = data?.uploadLimits.maxBytes;

  const message = (err: unknown) => {
    if (!(err instanceof UploadError)) return t('upload.error.generic');
    if (err.reason === 'NETWORK') return t('app.offline');
    // The server's words in Portuguese; the app's own in English.
    if (locale === 'en' || !err.message) return t(`upload.error.${err.reason === 'TOO_LARGE' || err.reason === 'TYPE' || err.reason === 'EMPTY' ? err.reason : 'generic'}`, { max: max ? formatBytes(max, locale) : '' });
    return err.message;
  };

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    setError(null);
    setDone(null);
    if (!file) return;
    if (max && file.size > max) {
      setError(t('upload.error.TOO_LARGE', { max: formatBytes(max, locale) }));
      input.value = '';
      return;
    }
    setProgress(0);
    try {
      const uploaded = await send(file, purpose, setProgress);
      const refused = await onUploaded(uploaded);
      if (refused) setError(refused);
      else setDone(uploaded.name);
    } catch (err) {
      setError(message(err));
    } finally {
      setProgress(null);
      input.value = '';
    }
  }

  return (
    <div className="upload">
      <label htmlFor={id}>{label}</label>
      <input
        id={id} type="file" accept={accept} disabled={progress !== null}
        aria-invalid={error ? true : undefined} aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
        onChange={(e) => void choose(e.currentTarget)}
      />
      <p id={`${id}-help`} className="help">{help ?? t('upload.help', { max: max ? formatBytes(max, locale) : '' })}</p>
      {progress !== null && (
        <p role="status">
          <progress value={progress} max={1} aria-label={t('upload.progress')} /> {Math.round(progress * 100)}%
        </p>
      )}
      {error && <p id={`${id}-error`} role="alert" className="notice error">{error}</p>}
      {done && <p role="status" className="saved">{t('upload.done', { name: done })}</p>}
    </div>
  );
}
