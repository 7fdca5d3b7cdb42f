/**
 * The bounded load script (scripts/room-load.mjs), run small against the room server built from
 * the sources: phones on loopback, a facilitator that reloads mid-run, nothing accepted lost.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { formatReport, parseLoadArgs, runLoad } from '../../scripts/room-load.mjs';
import { RoomHost, listenHttp } from '../../src/room-server';

const sourceHost = () =>
  new RoomHost({
    listen: listenHttp,
    networkInterfaces: () => ({ lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }] }),
    random: (n) => new Uint8Array(randomBytes(n)),
    now: () => Date.now(),
    preferredPort: 0,
  });

describe('room load script', () => {
  test('flags: duration and phones, --tiny, and refusals of nonsense', () => {
    expect(parseLoadArgs([])).toMatchObject({ phones: 100, durationSeconds: 60, errors: [] });
    expect(parseLoadArgs(['--tiny'])).toMatchObject({ phones: 5, durationSeconds: 3 });
    expect(parseLoadArgs(['--duration', '20', '--phones', '40', '--json'])).toMatchObject({ phones: 40, durationSeconds: 20, json: true });
    expect(parseLoadArgs(['--duration', '0']).errors).toEqual(['--duration must be 1 to 600 seconds']);
    expect(parseLoadArgs(['--phones', '1000', '--fast']).errors).toEqual(['unknown option --fast', '--phones must be 1 to 250']);
  });

  test('phones submit, an eager one is rate limited, the facilitator reloads, nothing accepted is lost', async () => {
    const report = await runLoad({ phones: 4, durationSeconds: 4, createHost: sourceHost });
    expect(report.joined).toBe(4);
    expect(report.accepted).toBeGreaterThan(10);
    expect(report.refusedByCode.rateLimited).toBeGreaterThan(0);
    expect(report.failed).toBe(0);
    expect(report.lost).toBe(0);
    expect(report.pendingAtEnd).toBe(0);
    expect(report.facilitatorReloaded).toBe(true);
    expect(formatReport(report)).toContain('PASS: nothing accepted was lost.');
  }, 30_000);
});
