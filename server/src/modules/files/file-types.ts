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

export const JPEG: FileType = {
  contentType: 'image/jpeg',
  label: 'JPEG',
  extension: 'jpg',
  matches: (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff,
};

export const PNG: FileType = {
  contentType: 'image/png',
  label: 'PNG',
  extension: 'png',
  matches: (bytes) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};

/** What each kind of file may be. (Photos, for later kinds, would add images — re-encoded on upload.) */
export const ACCEPTED_TYPES: Record<FileOwnerKind, readonly FileType[]> = {
  [FileOwnerKind.CONTRACT_DOCUMENT]: [PDF],
  [FileOwnerKind.SYNDIC_FILE]: [PDF],
  [FileOwnerKind.PAYMENT_PROOF]: [PDF, JPEG, PNG],
};

/** The accepted type these bytes are, or null. */
export const typeOf = (bytes: Buffer, kind: FileOwnerKind): FileType | null => ACCEPTED_TYPES[kind].find((t) => t.matches(bytes)) ?? null;
