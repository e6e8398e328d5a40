/** The simulated workspace and world hold to Rocket.Chat's rules: its request validators and its message rules. */
import type { IMessage } from 'apps-engine-runtime/definition/messages';

import { Messages } from '../../../playground/engine/dataBridges';
import { MessageRefused, groupMentions, refuseMessage } from '../../../playground/engine/messageRules';
import { World, makeUser } from '../../../playground/engine/world';
import type { LicensesInfoBody } from '../../../playground/workspace/fixtures';
import { DEFAULT_PERMISSION_ROLES, answerRoute, getScenario } from '../../../playground/workspace/scenarios';
import { validateQuery } from '../../../playground/workspace/server';
import { ROUTE_VALIDATORS, validateRequest } from '../../../playground/workspace/validators';
import { markupFrom, nodeTexts, parseMessage } from '../../support/messageParser';

describe("request validation with the server's own validators", () => {
	it("licenses.info refuses an unknown parameter with the legacy route's 400 body", () => {
		expect(validateRequest('licenses.info', { loadValues: 'true', verbose: '1' })).toEqual({
			status: 400,
			body: { success: false, error: 'must NOT have additional properties [invalid-params]', errorType: 'invalid-params' },
		});
	});

	it('licenses.info coerces "true"/"false" as the server does and refuses other values', () => {
		expect(validateRequest('licenses.info', { loadValues: 'true' })).toBeUndefined();
		expect(validateRequest('licenses.info', { loadValues: 'false' })).toBeUndefined();
		expect(validateRequest('licenses.info', {})).toBeUndefined();
		expect(validateRequest('licenses.info', { loadValues: 'yes' })?.body).toMatchObject({ error: 'must be boolean [invalid-params]' });
	});

	it("the coercion does not change the caller's query", () => {
		const query = { loadValues: 'true' };
		validateRequest('licenses.info', query);
		expect(query).toEqual({ loadValues: 'true' });
	});

	it('typed routes (permissions.listAll, statistics) answer with error-invalid-params and no suffix', () => {
		expect(validateRequest('permissions.listAll', { since: 'x' })).toEqual({
			status: 400,
			body: { success: false, errorType: 'error-invalid-params', error: 'must NOT have additional properties' },
		});
		expect(validateRequest('permissions.listAll', { updatedSince: '2025-01-01T00:00:00.000Z' })).toBeUndefined();
		expect(validateRequest('statistics', { refresh: 'true' })).toBeUndefined();
		expect(validateRequest('statistics', { fields: 'x' })?.body).toMatchObject({ errorType: 'error-invalid-params' });
	});

	it('routes added later find their validator in the same table', () => {
		expect(validateRequest('statistics.list', { count: '10', offset: '0' })).toBeUndefined();
		expect(validateRequest('statistics.list', { limit: '10' })?.status).toBe(400);
		expect(validateRequest('users.listByStatus', { status: 'active', count: '50' })).toBeUndefined();
		expect(validateRequest('users.listByStatus', { status: 'asleep' })?.status).toBe(400);
		expect(validateRequest('users.setActiveStatus', { userId: 'u1' })?.body).toMatchObject({
			error: "must have required property 'activeStatus' [invalid-params]",
		});
		expect(Object.values(ROUTE_VALIDATORS).every((entry) => typeof entry.validate === 'function')).toBe(true);
	});

	it('routes without a validator accept any query, as the real ones do', () => {
		expect(validateRequest('licenses.maxActiveUsers', { anything: '1' })).toBeUndefined();
		expect(validateRequest('licenses.requestSeatsLink', { anything: '1' })).toBeUndefined();
		expect(validateQuery('licenses.get', { anything: '1' })).toBeUndefined();
	});

	it("the simulator's query check uses the table for the routes it serves", () => {
		expect(validateQuery('licenses.info', { extra: '1' })?.status).toBe(400);
		expect(validateQuery('permissions', { extra: '1' })?.body).toMatchObject({ errorType: 'error-invalid-params' });
		expect(validateQuery('licenses.maxActiveUsers', { extra: '1' })).toBeUndefined();
	});
});

describe('the simulated license', () => {
	it('takes a company name from the workspace options, verbatim', () => {
		const company = '*PWNED* @all [x](javascript:alert(1))';
		const ctx = { now: new Date('2025-06-02T10:00:00.000Z'), query: {}, authenticated: true };
		const body = (options: { company?: string }) =>
			answerRoute(getScenario('healthy'), 'licenses.info', { ...ctx, ...options }).body as LicensesInfoBody;
		expect(body({ company }).license.license?.information.grantedTo?.company).toBe(company);
		expect(body({}).license.license?.information.grantedTo?.company).toBe('Example Corp');
	});
});

describe('message rules: @here and @all need mention-here and mention-all', () => {
	it('finds group mentions where the server does, and only there', () => {
		expect(groupMentions('@here License check')).toEqual(['here']);
		expect(groupMentions('Seats\n@all look')).toEqual(['all']);
		expect(groupMentions('mail me@here.com or x@here')).toEqual([]);
		expect(groupMentions('@herewith @here_ @here.')).toEqual([]);
		expect(groupMentions('see [@here](https://example.com)')).toEqual([]);
		expect(groupMentions('@all and @here')).toEqual(['all', 'here']);
	});

	it("refuses the app role, which holds neither permission by default, with the server's error", () => {
		const refused = refuseMessage('@here *License check*', ['app'], DEFAULT_PERMISSION_ROLES);
		expect(refused).toBeInstanceOf(MessageRefused);
		expect(refused?.message).toBe('Notify here in this room not allowed [error-action-not-allowed]');
		expect(refuseMessage('@all hi', ['app'], DEFAULT_PERMISSION_ROLES)?.message).toBe(
			'Notify all in this room not allowed [error-action-not-allowed]',
		);
	});

	it('lets admins and users mention, and the app once a server grants it the permission', () => {
		expect(refuseMessage('@here hi', ['admin'], DEFAULT_PERMISSION_ROLES)).toBeUndefined();
		expect(refuseMessage('@all hi', ['user'], DEFAULT_PERMISSION_ROLES)).toBeUndefined();
		expect(refuseMessage('@here hi', ['app'], { ...DEFAULT_PERMISSION_ROLES, 'mention-here': ['app'] })).toBeUndefined();
		expect(refuseMessage('no mention', ['app'], DEFAULT_PERMISSION_ROLES)).toBeUndefined();
	});

	it("the world's message bridge refuses an @here from the app user and saves nothing", async () => {
		const world = new World({ siteUrl: 'http://127.0.0.1:9' });
		const bot = makeUser('bot-1', 'licenseapp.bot', ['app'], { appId: 'app-1' });
		world.users.set(bot.id, bot);
		const bridge = new Messages(world) as unknown as { create(message: IMessage, appId: string): Promise<string> };
		const room = world.roomByName('admins');
		const message = (text: string, sender = bot) => ({ room, sender, text }) as unknown as IMessage;

		await expect(bridge.create(message('@here 🚨 Seat cap reached'), 'app-1')).rejects.toThrow(
			'Notify here in this room not allowed [error-action-not-allowed]',
		);
		expect(world.messages).toEqual([]);
		expect(world.refused).toEqual([
			{ room: 'admins', sender: 'licenseapp.bot', text: '@here 🚨 Seat cap reached', error: expect.stringContaining('Notify here') },
		]);

		// The roles the server stores decide, not the ones a message claims.
		await expect(bridge.create(message('@here hi', { ...bot, roles: ['admin'] }), 'app-1')).rejects.toThrow(MessageRefused);
		await bridge.create(message('🚨 Seat cap reached'), 'app-1');
		await bridge.create(message('@here from an admin', world.userByName('admin')), 'app-1');
		expect(world.messages.map((posted) => posted.text)).toEqual(['🚨 Seat cap reached', '@here from an admin']);
	});
});

describe('the message parser helpers', () => {
	it("read emphasis and code as Rocket.Chat's clients do", () => {
		const ast = parseMessage('*Seats*\n`██████░░░░` 60% · _note_');
		expect(nodeTexts(ast, 'BOLD')).toEqual(['Seats']);
		expect(nodeTexts(ast, 'INLINE_CODE')).toEqual(['██████░░░░']);
		expect(nodeTexts(ast, 'ITALIC')).toEqual(['note']);
	});

	it('report markup that a license string would inject, and nothing for a plain one', () => {
		const hostile = '*PWNED* @all [x](javascript:alert(1))';
		expect(markupFrom(`*Granted to*: Ada, ${hostile}`, hostile)).toEqual([
			{ type: 'BOLD', text: 'PWNED' },
			{ type: 'MENTION_USER', text: 'all' },
			{ type: 'LINK', text: 'x' },
		]);
		expect(markupFrom('*Granted to*: Ada Admin, Example Corp', 'Example Corp')).toEqual([]);
	});
});
