import type { CombinedError } from 'urql';
import type { Locale } from '../i18n/labels';
import { fileProblem, uploadFile } from '../shared/upload';

/** What POST /files accepts as a request's photo (the server judges the content again, and re-encodes it without GPS). */
export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp';
const PHOTO_TYPES = PHOTO_ACCEPT.split(',');
/** The limit the portal states (the server checks its own). */
export const PHOTO_MAX_BYTES = 10 * 1_048_576;
export const MAX_PHOTOS = 10;

/** Why a chosen photo cannot be sent, before sending it. */
export const photoProblem = (file: File) => fileProblem(file, { types: PHOTO_TYPES, names: /\.(jpe?g|png|webp)$/i, maxBytes: PHOTO_MAX_BYTES });

/**
 * A request's photos go up first, one by one, to `POST /files` (purpose REQUEST_PHOTO), and their
 * ids are then named by `openRequest` or `replyToRequest` (`photoIds`). A refusal comes back as a
 * CombinedError on the field `photoIds`, so the form shows it under the photo picker.
 */
export async function uploadPhotos(files: readonly File[], locale: Locale): Promise<{ ids: string[] } | { error: CombinedError }> {
  const ids: string[] = [];
  for (const file of files) {
    const sent = await uploadFile(file, 'REQUEST_PHOTO', locale, { field: 'photoIds', prefix: `${file.name}: ` });
    if ('error' in sent) return sent;
    ids.push(sent.id);
  }
  return { ids };
}
