import { describe, expect, it } from 'vitest';
import { decideUserData } from '../../src/main/test-mode';

describe('decideUserData', () => {
  it('uses the default folder normally', () => {
    expect(decideUserData({})).toEqual({ kind: 'default', testMode: false });
  });

  it('refuses test mode without a data folder', () => {
    const decision = decideUserData({ CSWB_TEST: '1' });
    expect(decision.kind).toBe('refuse');
    expect(decision.kind === 'refuse' && decision.reason).toContain('CSWB_USER_DATA_DIR');
    expect(decideUserData({ CSWB_TEST: '1', CSWB_USER_DATA_DIR: '   ' }).kind).toBe('refuse');
  });

  it('refuses a relative data folder', () => {
    expect(decideUserData({ CSWB_TEST: '1', CSWB_USER_DATA_DIR: 'tmp/data' }).kind).toBe('refuse');
  });

  it('uses the given folder, in test mode or not', () => {
    expect(decideUserData({ CSWB_TEST: '1', CSWB_USER_DATA_DIR: '/tmp/cswb-e2e-1' })).toEqual({ kind: 'override', dir: '/tmp/cswb-e2e-1', testMode: true });
    expect(decideUserData({ CSWB_USER_DATA_DIR: '/tmp/x' })).toEqual({ kind: 'override', dir: '/tmp/x', testMode: false });
  });
});
