/** access.ts: who may see license data, as Rocket.Chat decides: the roles holding a permission, and the guest whitelist under a license. */
import { GUEST_WHITELIST, MENTION_HERE, REQUIRED_PERMISSION, dependsOnLicense, holdsPermission, mayUse } from '../../../lib/domain/access';

describe('mayUse: Rocket.Chat’s rule, guests included', () => {
	const table = { [REQUIRED_PERMISSION]: ['admin', 'license-viewer'], [MENTION_HERE]: ['admin', 'user'] };

	it('a role holding the permission lets the user in', () => {
		expect(mayUse(['user', 'license-viewer'], REQUIRED_PERMISSION, table, true)).toBe(true);
		expect(mayUse(['user'], REQUIRED_PERMISSION, table, true)).toBe(false);
	});

	it('with a valid license, a user holding guest is refused view-privileged-setting whatever other roles they hold', () => {
		expect(mayUse(['guest', 'admin'], REQUIRED_PERMISSION, table, true)).toBe(false);
		expect(mayUse(['admin', 'guest', 'license-viewer'], REQUIRED_PERMISSION, table, true)).toBe(false);
	});

	it('without a license there is no guest whitelist: the roles decide', () => {
		expect(mayUse(['guest', 'admin'], REQUIRED_PERMISSION, table, false)).toBe(true);
	});

	it('the whitelist is Rocket.Chat’s four permissions, and view-privileged-setting is not among them', () => {
		expect([...GUEST_WHITELIST].sort()).toEqual(['start-discussion', 'view-d-room', 'view-joined-room', 'view-p-room']);
		expect(mayUse(['guest'], 'view-d-room', { 'view-d-room': ['guest'] }, true)).toBe(true);
	});

	it('the app role lacks mention-here by Rocket.Chat’s defaults, and holds it once granted', () => {
		expect(mayUse(['app'], MENTION_HERE, table, false)).toBe(false);
		expect(mayUse(['app'], MENTION_HERE, { [MENTION_HERE]: ['admin', 'app'] }, false)).toBe(true);
	});

	it('only a guest-holding caller whose roles allow them needs the license to decide', () => {
		expect(dependsOnLicense(['guest', 'admin'], REQUIRED_PERMISSION, table)).toBe(true);
		expect(dependsOnLicense(['admin'], REQUIRED_PERMISSION, table)).toBe(false);
		expect(dependsOnLicense(['guest'], REQUIRED_PERMISSION, table)).toBe(false);
	});
});

describe('holdsPermission', () => {
	it('lets in a user with any allowed role, custom roles included', () => {
		const allowed = ['admin', 'license-viewer'];
		expect(holdsPermission(['user', 'license-viewer'], allowed)).toBe(true);
		expect(holdsPermission(['admin'], allowed)).toBe(true);
		expect(holdsPermission(['user', 'moderator'], allowed)).toBe(false);
		expect(holdsPermission([], allowed)).toBe(false);
		expect(holdsPermission(undefined, allowed)).toBe(false);
		expect(holdsPermission(['admin'], [])).toBe(false);
	});

	it('compares role names exactly', () => {
		expect(holdsPermission(['Admin'], ['admin'])).toBe(false);
		expect(holdsPermission(['admin-lite'], ['admin'])).toBe(false);
	});
});
