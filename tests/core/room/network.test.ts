import { describe, expect, test } from 'vitest';
import { chooseNetwork, networkChoices } from '@core/room';

const v4 = (address: string, internal = false) => ({ address, family: 'IPv4', internal, netmask: '', mac: '', cidr: null });

describe('network choice', () => {
  test('the room Wi-Fi first, virtual adapters and link-local after, loopback last; IPv6 ignored', () => {
    const choices = networkChoices({
      lo: [v4('127.0.0.1', true), { address: '::1', family: 'IPv6', internal: true }],
      docker0: [v4('172.17.0.1')],
      wlan0: [v4('192.168.1.23'), { address: 'fe80::1', family: 'IPv6', internal: false }],
      eth1: [v4('169.254.10.2')],
      eth0: [v4('131.104.5.5')],
    });
    expect(choices.map((c) => [c.name, c.address, c.kind])).toEqual([
      ['wlan0', '192.168.1.23', 'lan'],
      ['eth0', '131.104.5.5', 'lan'],
      ['docker0', '172.17.0.1', 'virtual'],
      ['eth1', '169.254.10.2', 'linkLocal'],
      ['lo', '127.0.0.1', 'loopback'],
    ]);
  });

  test('Node 18 reported the family as a number', () => {
    expect(networkChoices({ en0: [{ address: '10.0.0.5', family: 4, internal: false }] })[0]).toEqual({ address: '10.0.0.5', name: 'en0', kind: 'lan' });
  });

  test('without any network, loopback is still offered', () => {
    expect(networkChoices({})).toEqual([{ address: '127.0.0.1', name: 'loopback', kind: 'loopback' }]);
  });

  test('the requested address when it exists, else the best one', () => {
    const choices = networkChoices({ wlan0: [v4('192.168.1.23')], lo: [v4('127.0.0.1', true)] });
    expect(chooseNetwork(choices, '127.0.0.1').address).toBe('127.0.0.1');
    expect(chooseNetwork(choices, null).address).toBe('192.168.1.23');
    expect(chooseNetwork(choices, '0.0.0.0').address).toBe('192.168.1.23'); // never all interfaces
    expect(chooseNetwork([], null).address).toBe('127.0.0.1');
  });
});
