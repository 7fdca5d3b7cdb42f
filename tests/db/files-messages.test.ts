/** Messages for files that cannot be read at all, as Electron and the browser report them. */
import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { i18nReady, setLanguage } from '@renderer/i18n';
import { fileReadErrorMessage, planFileErrorMessage } from '@renderer/features/files/plan-file-messages';

beforeAll(async () => {
  await i18nReady;
  await setLanguage('en');
});

describe('fileReadErrorMessage', () => {
  const t = () => i18next.t.bind(i18next);
  it.each([
    [
      new Error("Error invoking remote method 'file:openPath': Error: too-large: Could not open “big.cswb”: it is 70.1 MB; plan files can be at most 60 MB."),
      'The file is too large to be a plan file (Could not open “big.cswb”: it is 70.1 MB; plan files can be at most 60 MB.).',
    ],
    [new Error('too-large: 900 MB'), 'The file is too large to be a plan file (900 MB).'],
    [new Error("Error invoking remote method 'file:openPath': Error: not-found: Could not open “a.cswb”: no such file."), 'The file is no longer there: it was moved, renamed or deleted.'],
    [new Error('not-found'), 'The file is no longer there: it was moved, renamed or deleted.'],
    [new Error('permission-denied'), 'Permission to read the file was not given.'],
    [new Error("Error invoking remote method 'file:openPath': Error: io-error: Could not open “a.cswb”: the disk is full."), 'The file could not be read: Could not open “a.cswb”: the disk is full.'],
    ['something odd', 'The file could not be read: something odd'],
  ])('%s', (error, message) => {
    expect(fileReadErrorMessage(t(), error)).toBe(message);
  });

  it('speaks French too', async () => {
    await setLanguage('fr');
    expect(fileReadErrorMessage(t(), new Error('not-found'))).toBe('Le fichier n’est plus là : il a été déplacé, renommé ou supprimé.');
    expect(planFileErrorMessage(t(), { kind: 'tooNew', formatVersion: 3, supported: 1 })).toContain('3');
    await setLanguage('en');
  });
});
