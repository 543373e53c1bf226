import { FileOwnerKind } from './stored-file.entity.js';

/** A type of file Habite accepts, recognised by its first bytes (never by its name or the declared type). */
export interface FileType {
  contentType: string;
  /** How a person calls it ("PDF"). */
  label: string;
  /** Added to a name sent without it. */
  extension: string;
  matches(bytes: Buffer): boolean;
}

export const PDF: FileType = {
  contentType: 'application/pdf',
  label: 'PDF',
  extension: 'pdf',
  matches: (bytes) => bytes.subarray(0, 5).toString('latin1') === '%PDF-',
};

/** What each kind of file may be. (Photos, for later kinds, would add images — re-encoded on upload.) */
export const ACCEPTED_TYPES: Record<FileOwnerKind, readonly FileType[]> = {
  [FileOwnerKind.CONTRACT_DOCUMENT]: [PDF],
  [FileOwnerKind.SYNDIC_FILE]: [PDF],
};

/** The accepted type these bytes are, or null. */
export const typeOf = (bytes: Buffer, kind: FileOwnerKind): FileType | null => ACCEPTED_TYPES[kind].find((t) => t.matches(bytes)) ?? null;
