/**
 * factsSchema.ts: a finding or notice read back from a saved state, field by field: what this version knows is read
 * whole, what it does not know is skipped, and a known record of the wrong shape is refused naming the field.
 */
import { isKnownId, readFacts, readFinding, readNotice } from '../../../../lib/domain/findings/factsSchema';
import type { IFinding } from '../../../../lib/domain/findings/types';
import { Invalid } from '../../../../lib/kit/json';

const EXPIRY: IFinding = {
	id: 'expiry:2026-12-01T12:00:00.000Z',
	level: 'warning',
	severity: 986,
	facts: { type: 'expiry', trial: false, date: '2026-12-01T12:00:00.000Z', days: 14 },
};

/** The field an Invalid names, or "read" when the value was read. */
function refusal(read: () => unknown): string {
	try {
		read();
		return 'read';
	} catch (error) {
		return error instanceof Invalid ? error.message : `not Invalid: ${String(error)}`;
	}
}

describe('readFinding', () => {
	it('reads back what was saved, through JSON', () => {
		expect(readFinding(JSON.parse(JSON.stringify(EXPIRY)), 'f')).toEqual(EXPIRY);
	});

	it('skips facts of a kind this version does not know, or stored under an id of another kind', () => {
		expect(readFinding({ ...EXPIRY, facts: { type: 'comet', days: 1 } }, 'f')).toBeUndefined();
		expect(readFinding({ ...EXPIRY, id: 'airgap' }, 'f')).toBeUndefined();
	});

	it('refuses a known finding of the wrong shape, naming the field', () => {
		expect(refusal(() => readFinding({ ...EXPIRY, level: 'panic' }, 'f'))).toContain('f.level');
		expect(refusal(() => readFinding({ ...EXPIRY, facts: { ...EXPIRY.facts, days: '14' } }, 'f'))).toContain('f.facts.days');
		expect(refusal(() => readFinding({ ...EXPIRY, facts: { ...EXPIRY.facts, date: 'soon' } }, 'f'))).toContain('f.facts.date');
	});
});

describe('readFacts and isKnownId', () => {
	it('reads a limit only of a kind the snapshot knows, and skips another', () => {
		const limit = { kind: 'activeUsers', used: 185, max: 200, behaviors: [], prevented: false };
		expect(readFacts('limit:activeUsers', { type: 'limit', limit, percent: 90 }, 'f')).toEqual({ type: 'limit', limit, percent: 90 });
		expect(readFacts('limit:rooms', { type: 'limit', limit: { ...limit, kind: 'rooms' }, percent: 90 }, 'f')).toBeUndefined();
	});

	it('knows the ids of every kind and no other', () => {
		expect(isKnownId('airgap')).toBe(true);
		expect(isKnownId('forecast:contacts:2026-11')).toBe(true);
		expect(isKnownId('comet')).toBe(false);
	});
});

describe('readNotice', () => {
	it('reads raised, recovered and unblocked notices with their finding, news of a known kind, and the digest', () => {
		expect(readNotice({ kind: 'raised', finding: EXPIRY }, 'n')).toEqual({ kind: 'raised', finding: EXPIRY });
		expect(readNotice({ kind: 'news', news: 'renewed', plan: 'Enterprise' }, 'n')).toEqual({
			kind: 'news',
			news: 'renewed',
			plan: 'Enterprise',
		});
		expect(readNotice({ kind: 'digest' }, 'n')).toEqual({ kind: 'digest' });
	});

	it('skips a notice or news of a kind this version does not know', () => {
		expect(readNotice({ kind: 'shout' }, 'n')).toBeUndefined();
		expect(readNotice({ kind: 'news', news: 'party' }, 'n')).toBeUndefined();
	});
});
