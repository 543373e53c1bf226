import { AccountKind, PortalPermission, StaffRole } from '../auth/account.enums.js';
import { FileOwnerKind } from './stored-file.entity.js';

/** A type of file Habite accepts, recognised by its first bytes (never by its name or the declared type). */
export interface FileType {
  contentType: string;
  /** How a person calls it ("PDF"). */
  label: string;
  /** Added to a name sent without it. */
  extension: string;
  /** An image: re-encoded on upload (metadata stripped, size capped) and given a thumbnail (image-pipeline.ts). */
  image: boolean;
  matches(bytes: Buffer): boolean;
}

export const PDF: FileType = {
  contentType: 'application/pdf',
  label: 'PDF',
  extension: 'pdf',
  image: false,
  matches: (bytes) => bytes.subarray(0, 5).toString('latin1') === '%PDF-',
};

export const JPEG: FileType = {
  contentType: 'image/jpeg',
  label: 'JPEG',
  extension: 'jpg',
  image: true,
  matches: (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff,
};

export const PNG: FileType = {
  contentType: 'image/png',
  label: 'PNG',
  extension: 'png',
  image: true,
  matches: (bytes) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};

export const WEBP: FileType = {
  contentType: 'image/webp',
  label: 'WebP',
  extension: 'webp',
  image: true,
  matches: (bytes) => bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP',
};

/**
 * HEIC/HEIF (an iPhone's photos by default): recognised only to be refused with a way out — the
 * image library Habite ships (sharp's prebuilt libvips) cannot decode HEVC images.
 */
export const isHeic = (bytes: Buffer): boolean =>
  bytes.subarray(4, 8).toString('latin1') === 'ftyp' && ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(bytes.subarray(8, 12).toString('latin1'));

const PHOTOS = [JPEG, PNG, WEBP] as const;

/**
 * Who uploads a kind of file (`POST /files`, http/files.ts):
 * - `staff`: members of staff of these roles (those who attach documents);
 * - `portal`: portal users of these kinds, in their own session (never while staff "view as" them,
 *   R-WORK-4), holding `permission` when the kind names one.
 */
export type Uploader =
  | { staff: readonly StaffRole[] }
  | { portal: readonly AccountKind[]; permission?: { needs: PortalPermission; refusal: string } };

const DOCUMENT_STAFF: Uploader = { staff: [StaffRole.ADMIN, StaffRole.MANAGER] };

/**
 * Each kind of file in one place: the types it may be (judged by content; the images among them
 * are re-encoded with a thumbnail, image-pipeline.ts, whatever the kind) and who uploads it.
 */
export const FILE_KINDS: Record<FileOwnerKind, { accepted: readonly FileType[]; uploadedBy: Uploader }> = {
  [FileOwnerKind.CONTRACT_DOCUMENT]: { accepted: [PDF], uploadedBy: DOCUMENT_STAFF },
  [FileOwnerKind.SYNDIC_FILE]: { accepted: [PDF], uploadedBy: DOCUMENT_STAFF },
  // R-FIN-7: a customer with "Marcar como pago" sends the proof of a bill they mark as paid.
  [FileOwnerKind.PAYMENT_PROOF]: {
    accepted: [PDF, ...PHOTOS],
    uploadedBy: { portal: [AccountKind.CUSTOMER], permission: { needs: PortalPermission.MARK_AS_PAID, refusal: 'Seu acesso não inclui marcar contas como pagas. Peça à incorporadora.' } },
  },
  [FileOwnerKind.WORK_LOG_PHOTO]: { accepted: PHOTOS, uploadedBy: DOCUMENT_STAFF },
  [FileOwnerKind.WORK_LOG_ATTACHMENT]: { accepted: [PDF, ...PHOTOS], uploadedBy: DOCUMENT_STAFF },
  // The customer or syndic who opens a request sends its photos.
  [FileOwnerKind.REQUEST_PHOTO]: { accepted: PHOTOS, uploadedBy: { portal: [AccountKind.CUSTOMER, AccountKind.SYNDIC] } },
  [FileOwnerKind.DEVELOPMENT_DOCUMENT]: { accepted: [PDF, ...PHOTOS], uploadedBy: DOCUMENT_STAFF },
  // A banner of the client home: an image (re-encoded like every image), sent by who edits the portal.
  [FileOwnerKind.BANNER_IMAGE]: { accepted: PHOTOS, uploadedBy: DOCUMENT_STAFF },
};

/** What each kind of file may be. */
export const ACCEPTED_TYPES: Record<FileOwnerKind, readonly FileType[]> = Object.fromEntries(
  Object.entries(FILE_KINDS).map(([kind, { accepted }]) => [kind, accepted]),
) as Record<FileOwnerKind, readonly FileType[]>;

/** The accepted type these bytes are, or null. */
export const typeOf = (bytes: Buffer, kind: FileOwnerKind): FileType | null => ACCEPTED_TYPES[kind].find((t) => t.matches(bytes)) ?? null;
