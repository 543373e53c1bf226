import { useEffect, useMemo } from 'react';
import { useI18n } from '../i18n/i18n';
import { Field } from '../shared/forms/Field';
import './requests.css';
import { MAX_PHOTOS, PHOTO_ACCEPT, photoProblem } from './photo-upload';

/**
 * Photos chosen from the phone's gallery or camera (the file picker), shown as thumbnails before
 * they are sent; each can be removed. The API names them `photoIds`, so a refusal sits here.
 */
export function PhotoPicker({ id, files, onChange }: { id: string; files: File[]; onChange(files: File[]): void }) {
  const { t } = useI18n();
  const previews = useMemo(() => files.map((f) => ({ file: f, url: URL.createObjectURL(f) })), [files]);
  useEffect(() => () => previews.forEach((p) => URL.revokeObjectURL(p.url)), [previews]);
  const problems = files.map((f) => ({ name: f.name, problem: photoProblem(f) })).filter((p) => p.problem);

  return (
    <div className="photo-picker">
      <Field name="photoIds" label={t('photos.add')} help={t('photos.help', { max: MAX_PHOTOS })}>
        <input
          id={id}
          type="file"
          accept={PHOTO_ACCEPT}
          multiple
          onChange={(e) => {
            const chosen = [...(e.target.files ?? [])];
            onChange([...files, ...chosen].slice(0, MAX_PHOTOS));
            e.target.value = '';
          }}
        />
      </Field>
      {problems.length > 0 && (
        <ul className="field-problems" role="alert">
          {problems.map((p) => <li key={p.name}>{t(`photos.problem.${p.problem!}`, { name: p.name })}</li>)}
        </ul>
      )}
      {previews.length > 0 && (
        <ul className="photo-grid" aria-label={files.length === 1 ? t('photos.chosenOne') : t('photos.chosen', { count: files.length })}>
          {previews.map((p, i) => (
            <li key={p.url}>
              <img src={p.url} alt={t('photos.preview', { name: p.file.name })} />
              <button type="button" className="link" onClick={() => onChange(files.filter((_, j) => j !== i))}>
                {t('photos.remove')}<span className="sr-only"> {p.file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Sent photos (thumbnails linking to the full photo). */
export function PhotoGallery({ photos, label }: { photos: { id: string; name: string; url: string; thumbnailUrl?: string | null }[]; label: string }) {
  const { t } = useI18n();
  if (photos.length === 0) return null;
  return (
    <ul className="photo-grid" aria-label={label}>
      {photos.map((p) => (
        <li key={p.id}>
          <a href={p.url} target="_blank" rel="noreferrer">
            <img src={p.thumbnailUrl ?? p.url} alt={t('photos.open', { name: p.name })} loading="lazy" />
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Photos that cannot be sent as chosen (the form refuses to send them). */
export const anyPhotoProblem = (files: readonly File[]) => files.some((f) => photoProblem(f) !== null);
