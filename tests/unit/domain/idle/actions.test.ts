/** When Undo is over for a deactivation: exactly UNDO_DAYS after it, not a moment before. */
import { UNDO_DAYS, undoExpired } from '../../../../lib/domain/idle/actions';

test('Undo lasts UNDO_DAYS from the deactivation, then is over', () => {
	const at = '2026-11-10T12:00:00.000Z';
	const after = (ms: number) => new Date(Date.parse(at) + ms);
	const days = UNDO_DAYS * 24 * 60 * 60 * 1000;
	expect(undoExpired(at, after(0))).toBe(false);
	expect(undoExpired(at, after(days))).toBe(false);
	expect(undoExpired(at, after(days + 1))).toBe(true);
});
