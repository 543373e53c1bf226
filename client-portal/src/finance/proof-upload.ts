import { CombinedError } from 'urql';
import type { Locale } from '../i18n/labels';

/** What POST /files accepts as a payment proof (the server judges the content again). */
const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'];
const ACCEPTED_NAMES = /\.(pdf|jpe?g|png|webp)$/i;
export const PROOF_ACCEPT = '.pdf,image/jpeg,image/png,image/webp';
/** The limit the portal states (the server's own is checked again on upload). */
export const PROOF_MAX_BYTES = 10 * 1_048_576;

/** Why a chosen file cannot be sent, before sending it: nothing, wrong type, too big, empty. */
export function proofProblem(file: File): 'TYPE' | 'TOO_LARGE' | 'EMPTY' | null {
  if (!ACCEPTED_TYPES.includes(file.type) && !ACCEPTED_NAMES.test(file.name)) return 'TYPE';
  if (file.size === 0) return 'EMPTY';
  if (file.size > PROOF_MAX_BYTES) return 'TOO_LARGE';
  return null;
}

/** "1,2 MB", as Brazilians write it. */
export const megabytes = (bytes: number, locale: Locale) => `${(bytes / 1_048_576).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;

interface RefusalBody {
  errors?: { message?: string; extensions?: Record<string, unknown> }[];
}

/**
 * R-FIN-7: the proof goes up first, to `POST /files` (the bytes as the body; the name and the
 * purpose in headers — which another site's form cannot send — and the session cookie), and its id
 * is then named by `markBillPaid`. A refusal comes back as GraphQL's errors, with `extensions.code`
 * and `field`: it is answered as a CombinedError, so the form puts it on its field.
 */
export async function uploadProof(file: File, locale: Locale): Promise<{ id: string } | { error: CombinedError }> {
  let response: Response;
  try {
    response = await fetch('/files', {
      method: 'POST',
      body: file,
      credentials: 'same-origin',
      headers: {
        'Content-Type': file.type || 'application/octet-stream',
        'X-Habite-App': 'client',
        'X-Habite-Locale': locale,
        'X-Habite-File-Name': encodeURIComponent(file.name),
        'X-Habite-File-Purpose': 'PAYMENT_PROOF',
      },
    });
  } catch (networkError) {
    return { error: new CombinedError({ networkError: networkError as Error }) };
  }
  const body = (await response.json().catch(() => null)) as ({ id?: string } & RefusalBody) | null;
  if (response.status === 201 && typeof body?.id === 'string') return { id: body.id };
  const errors = body?.errors?.length ? body.errors : [{ message: '', extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
  return { error: new CombinedError({ graphQLErrors: errors.map((e) => ({ message: e.message ?? '', extensions: e.extensions ?? {} })) }) };
}
