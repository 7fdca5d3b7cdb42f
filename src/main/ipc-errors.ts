/**
 * Errors main sends back over IPC: plain `Error`s whose message is `<IpcErrorCode>: <explanation>`.
 * Electron keeps only the message (prefixed with "Error invoking remote method '<channel>': "),
 * so the code has to live in the message text.
 */
import type { IpcErrorCode } from '@shared/ipc-contract';

export function ipcError(code: IpcErrorCode, explanation: string): Error {
  return new Error(`${code}: ${explanation}`);
}

/** True when `error` already carries one of our codes (so it is passed through unchanged). */
export function hasIpcErrorCode(error: unknown): error is Error {
  return error instanceof Error && /^(invalid-payload|not-found|not-a-file|too-large|io-error|untrusted-sender): /.test(error.message);
}

/** Maps a Node file system error to a coded error that says what we were doing. */
export function fsErrorToIpcError(error: unknown, doing: string): Error {
  if (hasIpcErrorCode(error)) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return ipcError('not-found', `${doing}: the file or its folder does not exist.`);
    case 'EISDIR':
      return ipcError('not-a-file', `${doing}: that is a folder, not a file.`);
    case 'EACCES':
    case 'EPERM':
      return ipcError('io-error', `${doing}: permission denied.`);
    case 'ENOSPC':
      return ipcError('io-error', `${doing}: the disk is full.`);
    case 'EROFS':
      return ipcError('io-error', `${doing}: the disk is read-only.`);
    default:
      return ipcError('io-error', `${doing}: ${code ?? (error as Error | null)?.message ?? 'unknown error'}.`);
  }
}
