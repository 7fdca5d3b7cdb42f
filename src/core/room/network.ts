/**
 * Which network address the room listens on. Phones must reach the laptop on the room's Wi-Fi,
 * so an address of a real interface comes first (private LAN ranges 192.168.x.x, 10.x.x.x,
 * 172.16-31.x.x before public ones); virtual adapters (Docker, VPNs, virtual machines) and link-local addresses after; the
 * loopback address last ("this computer only": for trying it out and for tests). IPv4 only:
 * people type the address. Input is the shape of Node's `os.networkInterfaces()`.
 */
import type { NetworkChoice } from './protocol';

export interface InterfaceAddress {
  address: string;
  family: string | number;
  internal: boolean;
}

const VIRTUAL = /^(docker|br-|veth|virbr|vmnet|vboxnet|vethernet|utun|tun|tap|zt|tailscale|wg|lxc|lxd|cni|flannel|podman|hyper-v|vmware|virtualbox)/i;

function isPrivate(address: string): boolean {
  const [a, b] = address.split('.').map(Number) as [number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

const RANK: Record<NetworkChoice['kind'], number> = { lan: 0, virtual: 1, linkLocal: 2, loopback: 3 };

export function networkChoices(interfaces: Record<string, readonly InterfaceAddress[] | undefined>): NetworkChoice[] {
  const choices: NetworkChoice[] = [];
  for (const [name, addresses] of Object.entries(interfaces)) {
    for (const a of addresses ?? []) {
      if (a.family !== 'IPv4' && a.family !== 4) continue;
      if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(a.address)) continue;
      const kind: NetworkChoice['kind'] = a.internal || a.address.startsWith('127.')
        ? 'loopback'
        : a.address.startsWith('169.254.')
          ? 'linkLocal'
          : VIRTUAL.test(name)
            ? 'virtual'
            : 'lan';
      choices.push({ address: a.address, name, kind });
    }
  }
  if (!choices.some((c) => c.kind === 'loopback')) choices.push({ address: '127.0.0.1', name: 'loopback', kind: 'loopback' });
  const privateFirst = (c: NetworkChoice) => (isPrivate(c.address) ? 0 : 1);
  return choices.sort(
    (x, y) => RANK[x.kind] - RANK[y.kind] || privateFirst(x) - privateFirst(y) || x.name.localeCompare(y.name) || x.address.localeCompare(y.address),
  );
}

/** The requested address when it is one of the choices, else the best one (never null: loopback exists). */
export function chooseNetwork(choices: readonly NetworkChoice[], requested: string | null): NetworkChoice {
  return (requested ? choices.find((c) => c.address === requested) : undefined) ?? choices[0] ?? { address: '127.0.0.1', name: 'loopback', kind: 'loopback' };
}
