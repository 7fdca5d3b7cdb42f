import { describe, expect, it } from 'vitest';
import { RoomManager } from '../../src/main/room-manager';
import type { RoomHost } from '../../src/room-server';

function fakeHost() {
  const calls: string[] = [];
  const host = {
    control: async (request: { op: string }) => (calls.push(request.op), { ok: true, status: { networks: [], room: null }, items: [] }),
    stop: async () => void calls.push('stop'),
  } as unknown as RoomHost;
  return { host, calls };
}

describe('RoomManager', () => {
  it('creates the room host only when first asked, and stops it when the app quits', async () => {
    const { host, calls } = fakeHost();
    let created = 0;
    const manager = new RoomManager(() => (created++, host));
    manager.initialize();
    expect(created).toBe(0); // nothing listens until participation is turned on
    expect(await manager.control({ op: 'status' })).toMatchObject({ ok: true });
    await manager.control({ op: 'status' });
    expect(created).toBe(1);
    manager.dispose();
    expect(calls).toEqual(['status', 'status', 'stop']);
  });

  it('disposing without a room does nothing', () => {
    let created = 0;
    new RoomManager(() => (created++, fakeHost().host)).dispose();
    expect(created).toBe(0);
  });
});
