/** compact.ts: a record without its undefined fields, so that what is saved and read back compares equal. */
import { compact } from '../../../lib/domain/compact';

describe('compact', () => {
	it('drops undefined fields and keeps every other value, falsy ones included', () => {
		const value = { a: undefined, b: 0, c: '', d: null, e: false, f: 'x' };
		expect(Object.keys(compact(value))).toEqual(['b', 'c', 'd', 'e', 'f']);
	});

	it('makes a record equal to itself after a JSON round trip', () => {
		const value = { id: 'x', date: undefined as string | undefined };
		expect(JSON.parse(JSON.stringify(value))).toStrictEqual(compact(value));
		expect(JSON.parse(JSON.stringify(value))).not.toStrictEqual(value);
	});
});
