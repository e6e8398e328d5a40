import { createHmac, createHash } from 'crypto';

import { hmacSha256, hmacSha256Hex, sha256, toHex, utf8Bytes } from '../../../lib/kit/hmac';

const hex = (text: string) => (text.match(/[0-9a-f]{2}/gi) ?? []).map((pair) => parseInt(pair, 16));
const repeat = (byte: number, count: number) => new Array<number>(count).fill(byte);

describe('HMAC-SHA256: the RFC 4231 test vectors', () => {
	it.each([
		['1', repeat(0x0b, 20), utf8Bytes('Hi There'), 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'],
		['2', utf8Bytes('Jefe'), utf8Bytes('what do ya want for nothing?'), '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'],
		['3', repeat(0xaa, 20), repeat(0xdd, 50), '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe'],
		[
			'4',
			hex('0102030405060708090a0b0c0d0e0f10111213141516171819'),
			repeat(0xcd, 50),
			'82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
		],
		[
			'6',
			repeat(0xaa, 131),
			utf8Bytes('Test Using Larger Than Block-Size Key - Hash Key First'),
			'60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
		],
		[
			'7',
			repeat(0xaa, 131),
			utf8Bytes(
				'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.',
			),
			'9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
		],
	])('test case %s', (_name, key, data, expected) => {
		expect(toHex(hmacSha256(key, data))).toBe(expected);
	});

	it('agrees with Node for UTF-8 text and lengths around the block boundaries', () => {
		for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
			const body = `{"text":"${'é'.repeat(length % 7)}${'x'.repeat(length)}"}`;
			expect(toHex(sha256(utf8Bytes(body)))).toBe(createHash('sha256').update(body, 'utf8').digest('hex'));
			expect(hmacSha256Hex('s€cret 🔑', body)).toBe(createHmac('sha256', 's€cret 🔑').update(body, 'utf8').digest('hex'));
		}
	});
});
