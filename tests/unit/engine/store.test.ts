import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';

import { EMPTY_HISTORY } from '../../../lib/domain/trend/history';
import { loadHistory, saveHistory } from '../../../lib/engine/store';

/** One record per association, as the engine keeps them. */
function memoryPersistence(): IPersistence & IPersistenceRead & { records: Map<string, unknown> } {
	const records = new Map<string, unknown>();
	const key = (association: unknown) => JSON.stringify(association);
	return {
		records,
		readByAssociation: async (association: unknown) => (records.has(key(association)) ? [records.get(key(association))] : []),
		updateByAssociation: async (association: unknown, data: unknown) => {
			records.set(key(association), data);
			return key(association);
		},
	} as unknown as IPersistence & IPersistenceRead & { records: Map<string, unknown> };
}

describe('the stored seat history', () => {
	it('keeps the trailing contact windows of each point, and reads points saved before they were kept', async () => {
		const persistence = memoryPersistence();
		const points = [
			{ day: '2026-11-23', seats: 184, guests: 20, contacts: 600, contacts30d: 730, contacts7d: 540, contacts1d: 170 },
			{ day: '2026-11-24', seats: 185, cap: 200, contacts: 610 },
		];
		await saveHistory(persistence, { ...EMPTY_HISTORY, points });
		expect((await loadHistory(persistence)).points).toEqual(points);
		const [stored] = [...persistence.records.values()] as Array<{ points: unknown[][] }>;
		// A record written by the previous version: five entries a point.
		stored.points = [['2026-11-22', 183, null, 20, 590]];
		expect((await loadHistory(persistence)).points).toEqual([{ day: '2026-11-22', seats: 183, guests: 20, contacts: 590 }]);
	});
});
