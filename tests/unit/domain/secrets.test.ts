import { metricsAccess, sameSecret } from '../../../lib/domain/secrets';

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

describe('metricsAccess', () => {
	const SECRET = 's3cret';

	it('is off while no secret is set, whatever is sent', () => {
		expect(metricsAccess('', true, { authorization: 'Bearer x' }, { token: 'x' })).toBe('off');
	});

	it('grants the secret sent as a bearer token, in any case and spacing, and refuses any other', () => {
		expect(metricsAccess(SECRET, false, { authorization: 'Bearer s3cret' }, {})).toBe('granted');
		expect(metricsAccess(SECRET, false, { authorization: 'bearer   s3cret ' }, {})).toBe('granted');
		expect(metricsAccess(SECRET, false, { authorization: 'Bearer s3creT' }, {})).toBe('refused');
		expect(metricsAccess(SECRET, false, { authorization: 'Basic s3cret' }, {})).toBe('refused');
		expect(metricsAccess(SECRET, false, {}, {})).toBe('refused');
	});

	it('refuses ?token= by default, even the right secret, saying the query is off', () => {
		expect(metricsAccess(SECRET, false, {}, { token: SECRET })).toBe('query-off');
		expect(metricsAccess(SECRET, false, {}, { token: 'wrong' })).toBe('query-off');
	});

	it('takes ?token= when the setting allows it; the header still comes first', () => {
		expect(metricsAccess(SECRET, true, {}, { token: SECRET })).toBe('granted');
		expect(metricsAccess(SECRET, true, {}, { token: 'wrong' })).toBe('refused');
		expect(metricsAccess(SECRET, true, { authorization: 'Bearer wrong' }, { token: SECRET })).toBe('refused');
		expect(metricsAccess(SECRET, false, { authorization: 'Bearer s3cret' }, { token: 'x' })).toBe('granted');
	});
});
