import { DomainError } from '../../domain-errors.js';

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toLocaleString('pt-BR', { maximumFractionDigits: 1 })} MB`;

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
    super('BAD_USER_INPUT', `O conteúdo do arquivo não é ${accepted.join(' nem ')}. Envie o documento em ${accepted.join(' ou ')}.`, { field: 'file', reason: 'TYPE', accepted });
  }
}

export class EmptyFileError extends DomainError {
  constructor() {
    super('BAD_USER_INPUT', 'O arquivo está vazio. Escolha o arquivo de novo.', { field: 'file', reason: 'EMPTY' });
  }
}
