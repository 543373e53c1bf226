import { DomainError } from '../../domain-errors.js';

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toLocaleString('pt-BR', { maximumFractionDigits: 1 })} MB`;

/** "PDF, JPEG ou PNG". */
const list = (items: readonly string[], last: 'ou' | 'nem') => (items.length > 1 ? `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}` : (items[0] ?? ''));

/** Bigger than the limit (UPLOAD_MAX_MB): nothing is written. */
export class FileTooLargeError extends DomainError {
  constructor(maxBytes: number, size?: number) {
    super(
      'BAD_USER_INPUT',
      `${size ? `O arquivo tem ${megabytes(size)}; o` : 'O'} máximo é ${megabytes(maxBytes)}. Envie um arquivo menor (num PDF digitalizado, uma resolução menor costuma bastar).`,
      { field: 'file', reason: 'TOO_LARGE', maxBytes },
    );
  }
}

/** Not one of the types this kind of file may be, judged by its content. */
export class FileTypeError extends DomainError {
  constructor(accepted: readonly string[]) {
    super('BAD_USER_INPUT', `O conteúdo do arquivo não é ${list(accepted, 'nem')}. Envie o documento em ${list(accepted, 'ou')}.`, { field: 'file', reason: 'TYPE', accepted });
  }
}

/** A HEIC/HEIF photo (an iPhone's default), which Habite cannot read: how to send it instead. */
export class HeicError extends DomainError {
  constructor(accepted: readonly string[]) {
    super(
      'BAD_USER_INPUT',
      `Fotos HEIC (o formato padrão do iPhone) não são aceitas. Envie a foto em ${list(accepted, 'ou')}: no iPhone, em Ajustes > Câmera > Formatos, escolha "Mais Compatível", ou compartilhe a foto como JPEG.`,
      { field: 'file', reason: 'TYPE', accepted, detected: 'HEIC' },
    );
  }
}

/** An image of more pixels than Habite decodes (a "decompression bomb" or a huge scan): refused before it is decoded. */
export class ImageTooLargeError extends DomainError {
  constructor(maxPixels: number, width: number, height: number) {
    const mp = (pixels: number) => `${Math.round(pixels / 1_000_000).toLocaleString('pt-BR')} megapixels`;
    super(
      'BAD_USER_INPUT',
      `A imagem tem ${width.toLocaleString('pt-BR')} × ${height.toLocaleString('pt-BR')} pixels (${mp(width * height)}); o máximo é ${mp(maxPixels)}. Reduza a imagem e envie de novo.`,
      { field: 'file', reason: 'TOO_MANY_PIXELS', maxPixels },
    );
  }
}

/** Starts like an image but cannot be decoded (cut short, corrupted). */
export class UnreadableImageError extends DomainError {
  constructor() {
    super('BAD_USER_INPUT', 'A imagem não pôde ser lida: o arquivo parece incompleto ou corrompido. Abra a foto no aparelho e envie de novo.', { field: 'file', reason: 'UNREADABLE' });
  }
}

export class EmptyFileError extends DomainError {
  constructor() {
    super('BAD_USER_INPUT', 'O arquivo está vazio. Escolha o arquivo de novo.', { field: 'file', reason: 'EMPTY' });
  }
}
