/**
 * A reason the embedded PostgreSQL cannot start that the person running Habite can fix (a port
 * taken, a folder in use): said in Portuguese, then in English, and printed without a stack.
 */
export class EmbeddedDatabaseError extends Error {
  constructor(portuguese: string, english: string, detail?: string) {
    super([portuguese, english, detail].filter(Boolean).join('\n'));
    this.name = 'EmbeddedDatabaseError';
  }
}
