/** actions.ts: what idle-seat buttons carry in their block ids and values, read back defensively. */
import {
	IDLE_ACTION,
	actionOf,
	blockIdFor,
	daysOf,
	idsOf,
	idsValue,
	offsetOf,
	positionOf,
	positionValue,
	windowOf,
	UNDO_DAYS,
	undoExpired,
	undoUntil,
} from '../../../../lib/domain/idle/actions';

describe('button values', () => {
	it('reads ids from a value and drops anything that is not one', () => {
		expect(idsOf('a1,b2, a1 ,{"$ne":1},,x'.repeat(1))).toEqual(['a1', 'b2', 'x']);
		expect(idsOf(undefined)).toEqual([]);
	});

	it('carries the days in the block id and the offset in "Show more"', () => {
		expect(daysOf(blockIdFor(60), 30)).toBe(60);
		expect(daysOf('licenseapp_idle:0', 30)).toBe(30);
		expect(daysOf('other', 30)).toBe(30);
		expect(offsetOf('20')).toBe(20);
		expect(offsetOf('-3')).toBe(0);
	});

	it('carries a long list\'s window position in the block id and in "Show more", apart from a plain offset', () => {
		expect(blockIdFor(30, 1200)).toBe('licenseapp_idle:30@1200');
		expect(daysOf(blockIdFor(45, 1200), 30)).toBe(45);
		expect(windowOf(blockIdFor(45, 1200))).toBe(1200);
		expect(windowOf(blockIdFor(45))).toBeUndefined();
		expect(windowOf('licenseapp_idle:30@-1')).toBeUndefined();
		expect(positionOf(positionValue(1210))).toBe(1210);
		expect(positionOf('1210')).toBeUndefined();
		expect(offsetOf(positionValue(1210))).toBe(0);
	});
});

describe('action ids', () => {
	it('map back to their action, and nothing else does', () => {
		for (const [name, id] of Object.entries(IDLE_ACTION)) {
			expect(actionOf(id)).toBe(name);
		}
		expect(actionOf('licenseapp_idle_unknown')).toBeUndefined();
		expect(actionOf('')).toBeUndefined();
	});

	it('are distinct', () => {
		expect(new Set(Object.values(IDLE_ACTION)).size).toBe(Object.keys(IDLE_ACTION).length);
	});
});

describe('ids as a button value', () => {
	it('round-trip, each id once', () => {
		expect(idsOf(idsValue(['a1', 'b-2', 'a1']))).toEqual(['a1', 'b-2']);
	});

	it('drop ids longer than 64 characters', () => {
		expect(idsOf(`${'a'.repeat(65)},ok`)).toEqual(['ok']);
	});
});

describe('undo expiry', () => {
	test('Undo lasts UNDO_DAYS from the deactivation, then is over', () => {
		const at = '2026-11-10T12:00:00.000Z';
		const after = (ms: number) => new Date(Date.parse(at) + ms);
		const days = UNDO_DAYS * 24 * 60 * 60 * 1000;
		expect(undoExpired(at, after(0))).toBe(false);
		expect(undoExpired(at, after(days))).toBe(false);
		expect(undoExpired(at, after(days + 1))).toBe(true);
	});

	test('the audit post and the record name the moment Undo ends: the last one it still works', () => {
		const at = '2026-11-10T12:00:00.000Z';
		const until = undoUntil(at);
		expect(until).toBe('2026-11-17T12:00:00.000Z');
		expect(undoExpired(at, new Date(until))).toBe(false);
		expect(undoExpired(at, new Date(Date.parse(until) + 1))).toBe(true);
	});
});
