import { presentedSecret, sameSecret } from '../../../lib/domain/secrets';

describe('sameSecret', () => {
	it('accepts the exact secret only', () => {
		expect(sameSecret('s3cret', 's3cret')).toBe(true);
		expect(sameSecret('s3creT', 's3cret')).toBe(false);
		expect(sameSecret('s3cre', 's3cret')).toBe(false);
		expect(sameSecret('s3crets', 's3cret')).toBe(false);
		expect(sameSecret('', 's3cret')).toBe(false);
		expect(sameSecret('ünï', 'ünï')).toBe(true);
	});

	it('never matches an empty expected secret', () => {
		expect(sameSecret('', '')).toBe(false);
		expect(sameSecret('x', '')).toBe(false);
	});
});

describe('presentedSecret', () => {
	it('reads a bearer token first, then ?token=', () => {
		expect(presentedSecret({ authorization: 'Bearer abc' }, { token: 'xyz' })).toBe('abc');
		expect(presentedSecret({ authorization: 'bearer   abc ' }, {})).toBe('abc');
		expect(presentedSecret({}, { token: 'xyz' })).toBe('xyz');
		expect(presentedSecret({ authorization: 'Basic abc' }, {})).toBeUndefined();
		expect(presentedSecret({}, {})).toBeUndefined();
	});
});
