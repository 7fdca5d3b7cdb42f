/**
 * Plan-file errors as messages a facilitator understands. The switch is exhaustive: a new error
 * kind in the codec is a compile error here until it has a message.
 */
import type { TFunction } from 'i18next';
import type { PlanFileError } from '@core/plan-file';

export function planFileErrorMessage(t: TFunction, error: PlanFileError): string {
  switch (error.kind) {
    case 'empty':
      return t('files:error.empty');
    case 'tooLarge':
      return t('files:error.tooLarge', { size: Math.round(error.chars / 1_000_000), limit: Math.round(error.limit / 1_000_000) });
    case 'notJson':
      return t('files:error.notJson', { detail: error.message });
    case 'notAPlanFile':
      return t('files:error.notAPlanFile', { detail: error.reason });
    case 'tooNew':
      return t('files:error.tooNew', { version: error.formatVersion, supported: error.supported });
    case 'tooDeep':
      return t('files:error.tooDeep', { limit: error.limit });
    case 'forbiddenKey':
      return t('files:error.forbiddenKey', { key: error.key, path: error.path });
    case 'migrationFailed':
      return t('files:error.migrationFailed', { from: error.from, detail: error.message });
    case 'invalid':
      return t('files:error.invalid', {
        count: error.problems.length,
        first: error.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; '),
      });
    default: {
      const never: never = error;
      return String(never);
    }
  }
}

const IPC_CODES = /^(invalid-payload|not-found|not-a-file|too-large|io-error|untrusted-sender):\s*(.*)$/s;

/**
 * A file that could not even be read (gone, too large, no permission), from Electron's main
 * process or the browser. Electron wraps main's message ("Error invoking remote method
 * 'file:openPath': Error: too-large: …"); only the part a person can act on is shown.
 */
export function fileReadErrorMessage(t: TFunction, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
  const [, code, detail = ''] = IPC_CODES.exec(message) ?? [];
  if (code === 'too-large') return t('files:error.fileTooLarge', { detail });
  if (code === 'not-found' || message === 'not-found') return t('files:error.notFound');
  if (message === 'permission-denied') return t('files:error.permissionDenied');
  return t('files:error.read', { detail: code ? detail : message });
}
