import type { CombinedError } from 'urql';
import type { Locale } from '../i18n/labels';
import { fileProblem, uploadFile, type FileRule } from '../shared/upload';

/** What POST /files accepts as a payment proof (the server judges the content again). */
const PROOF: FileRule = { types: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'], names: /\.(pdf|jpe?g|png|webp)$/i, maxBytes: 10 * 1_048_576 };
export const PROOF_ACCEPT = '.pdf,image/jpeg,image/png,image/webp';
/** The limit the portal states (the server's own is checked again on upload). */
export const PROOF_MAX_BYTES = PROOF.maxBytes;

/** Why a chosen file cannot be sent, before sending it: nothing, wrong type, too big, empty. */
export const proofProblem = (file: File) => fileProblem(file, PROOF);

/** "1,2 MB", as Brazilians write it. */
export const megabytes = (bytes: number, locale: Locale) => `${(bytes / 1_048_576).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;

/** R-FIN-7: the proof goes up first (POST /files, PAYMENT_PROOF), and its id is then named by `markBillPaid`. */
export function uploadProof(file: File, locale: Locale): Promise<{ id: string } | { error: CombinedError }> {
  return uploadFile(file, 'PAYMENT_PROOF', locale);
}
