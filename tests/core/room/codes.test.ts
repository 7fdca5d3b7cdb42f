import { describe, expect, test } from 'vitest';
import {
  JOIN_CODE_ALPHABET,
  base64url,
  constantTimeEqual,
  formatJoinCode,
  formatToken,
  generateJoinCode,
  normaliseJoinCode,
  parseToken,
  randomId,
} from '@core/room';
import { countingRandom, realRandom } from './helpers';

describe('join codes', () => {
  test('six characters from the unambiguous alphabet', () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    for (let i = 0; i < 200; i++) expect(generateJoinCode(realRandom)).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
  });

  test('maps bytes below 248 by remainder and skips the biased tail 248-255', () => {
    // 31 letters: 248 = 8 * 31 is the largest multiple; bytes 248..255 would favour the first letters.
    const bytes = [248, 255, 0, 30, 31, 247, 62, 1, 250, 2, 3, 4];
    let i = 0;
    const random = (n: number) => Uint8Array.from({ length: n }, () => bytes[i++ % bytes.length]!);
    // 248, 255 skipped; 0->A, 30->'9', 31->A, 247->247%31=30->'9', 62->A, 1->B
    expect(generateJoinCode(random)).toBe('A9A9AB');
  });

  test('every letter is equally likely over all accepted bytes', () => {
    const counts = new Map<string, number>();
    for (let b = 0; b < 248; b++) {
      const letter = generateJoinCode(() => Uint8Array.from([b, b, b, b, b, b, b, b, b, b, b, b]), 1);
      counts.set(letter, (counts.get(letter) ?? 0) + 1);
    }
    expect(counts.size).toBe(31);
    expect(new Set(counts.values())).toEqual(new Set([8]));
  });

  test('what people type is normalised; the code is shown in two groups', () => {
    expect(normaliseJoinCode(' k7p-4qd ')).toBe('K7P4QD');
    expect(normaliseJoinCode('k7p 4qd')).toBe('K7P4QD');
    expect(formatJoinCode('K7P4QD')).toBe('K7P 4QD');
  });
});

describe('secrets', () => {
  test('base64url matches Node for every length and byte', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = realRandom(n);
      expect(base64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
    }
    expect(base64url(Uint8Array.from([251, 255, 191]))).toBe('-_-_');
  });

  test('a 32-byte secret has 43 characters and does not repeat', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) seen.add(randomId(realRandom, 32));
    expect(seen.size).toBe(500);
    expect([...seen][0]).toHaveLength(43);
  });

  test('constant-time comparison is still a correct comparison', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
    expect(constantTimeEqual('', 'a')).toBe(false);
    expect(constantTimeEqual('a\u0000', 'a')).toBe(false);
  });
});

describe('passes', () => {
  const token = { roomId: 'room12345', participantId: 'member_123', secret: randomId(countingRandom(), 32) };

  test('round-trips', () => {
    expect(parseToken(formatToken(token))).toEqual(token);
  });

  test.each([
    ['', 'empty'],
    ['a.b.c', 'parts too short'],
    ['room12345.member_123', 'two parts'],
    ['room12345.member_123.secret12.extra', 'four parts'],
    ['room12345.member 123.secret123', 'space'],
    ['room12345.member_123.secret12<script>', 'markup'],
    [`room12345.member_123.${'x'.repeat(300)}`, 'too long'],
  ])('refuses %j (%s)', (raw) => {
    expect(parseToken(raw)).toBeNull();
  });
});
