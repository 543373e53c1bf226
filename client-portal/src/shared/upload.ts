import { CombinedError } from 'urql';

/** What a kind of file may be, as the portal judges it before sending (the server judges the content again). */
export interface FileRule {
  /** Declared types accepted (`image/jpeg`…). */
  types: readonly string[];
  /** Names accepted when the browser declares no type. */
  names: RegExp;
  maxBytes: number;
}

/** Why a chosen file cannot be sent, before sending it: nothing, wrong type, empty, too big. */
export function fileProblem(file: File, rule: FileRule): 'TYPE' | 'TOO_LARGE' | 'EMPTY' | null {
  if (!rule.types.includes(file.type) && !rule.names.test(file.name)) return 'TYPE';
  if (file.size === 0) return 'EMPTY';
  if (file.size > rule.maxBytes) return 'TOO_LARGE';
  return null;
}

interface RefusalBody {
  errors?: { message?: string; extensions?: Record<string, unknown> }[];
}

/**
 * One file to `POST /files` (the bytes as the body; the name and the purpose in headers — which
 * another site's form cannot send — and the session cookie). Its id is then named by the mutation
 * that attaches it. A refusal comes back as GraphQL's errors, with `extensions.code` and `field`:
 * it is answered as a CombinedError (`field` replaced when given), so a form puts it on its field.
 */
export async function uploadFile(file: File, purpose: string, locale: string, options: { field?: string; prefix?: string } = {}): Promise<{ id: string } | { error: CombinedError }> {
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
        'X-Habite-File-Purpose': purpose,
      },
    });
  } catch (networkError) {
    return { error: new CombinedError({ networkError: networkError as Error }) };
  }
  const body = (await response.json().catch(() => null)) as ({ id?: string } & RefusalBody) | null;
  if (response.status === 201 && typeof body?.id === 'string') return { id: body.id };
  const errors = body?.errors?.length ? body.errors : [{ message: '', extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
  return {
    error: new CombinedError({
      graphQLErrors: errors.map((e) => ({
        message: `${options.prefix ?? ''}${e.message ?? ''}`,
        extensions: { ...(e.extensions ?? {}), ...(options.field ? { field: options.field } : {}) },
      })),
    }),
  };
}
