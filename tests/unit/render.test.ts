/**
 * Every reply the app renders: what it must say for each case, in UIKit blocks and in a complete plain text, with no
 * raw sentinel ever showing, in each of the four languages.
 */
import {
	END,
	NOW,
	blockTexts,
	community,
	enterprise,
	isoIn,
	legacyV2,
	renderProblems,
	textOf,
	trial,
	unlimited,
	withSeats,
} from './helpers';
import { ApiError } from '../../lib/api/errors';
import type { ApiErrorKind } from '../../lib/api/errors';
import type { IFinding, IRememberedLicense, Notice } from '../../lib/domain/findings/types';
import type { ISnapshot } from '../../lib/domain/snapshot/types';
import { limitOf } from '../../lib/domain/snapshot/types';
import type { Language } from '../../lib/i18n/texts';
import { renderCheckReport, renderFallbackNote, renderNotices } from '../../lib/render/checkView';
import { errorReason, renderError, renderInternalError, renderRefusal } from '../../lib/render/errorView';
import { renderHelp } from '../../lib/render/helpView';
import { renderLimits, renderModules, renderSummary } from '../../lib/render/licenseView';
import type { IRendered } from '../../lib/render/message';
import { renderSeats } from '../../lib/render/seatsView';
import { viewFor } from '../../lib/render/view';

const en = viewFor('en', NOW);

/** Every rendering goes through here: blocks and plain text agree, and nothing raw leaks. */
function clean(rendered: IRendered): string {
	expect(renderProblems(rendered)).toEqual([]);
	return rendered.text;
}

/** The lines of the plain text, trimmed. */
const lines = (text: string) => text.split('\n').map((l) => l.trim());

describe('the renderers keep blocks and plain text in step', () => {
	it('textOf reads every section and context of the blocks', () => {
		const rendered = renderSummary(en, enterprise());
		expect(rendered.blocks.map((b) => b.type)).toEqual(['section', 'section', 'context']);
		expect(blockTexts(rendered)).toHaveLength(3);
		for (const text of blockTexts(rendered)) {
			expect(rendered.text).toContain(text);
		}
		expect(textOf(rendered)).toContain('December 1, 2026');
	});

	it('renderProblems notices a block line missing from the text and raw sentinels', () => {
		const broken: IRendered = {
			text: 'Seats: 3 of -1',
			blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Seats: 3 of -1\nMaximum: NaN' } }],
		} as IRendered;
		const problems = renderProblems(broken);
		expect(problems.some((p) => p.includes('lacks block line: Maximum: NaN'))).toBe(true);
		expect(problems.some((p) => p.includes('/-1/'))).toBe(true);
	});
});

describe('/license summary', () => {
	it('a paid license: plan from tags, not a trial, date with days left, auto-renew, grantee, modules, all clear, where details are', () => {
		const text = clean(renderSummary(en, enterprise({ autoRenew: true })));
		expect(text).toContain('License');
		expect(text).toContain('*Plan*: Enterprise');
		expect(text).toContain('*Trial*: no');
		expect(text).toContain('*Expires*: December 1, 2026, 12 days left · renews automatically');
		expect(text).toContain('*Granted to*: Ada Admin, Example Corp');
		expect(text).not.toContain('it@example.com');
		expect(text).toContain('4 active modules');
		expect(text).toContain('Every limit is below 80% of its cap.');
		expect(text).toMatch(/Details: .*\/license limits.*\/license modules.*\/seats.*\/license help/);
		expect(text).not.toContain('licenses.get');
	});

	it('says when a license does not renew automatically', () => {
		expect(clean(renderSummary(en, enterprise({ autoRenew: false })))).toContain('does not renew automatically');
	});

	it('a trial', () => {
		const text = clean(renderSummary(en, trial()));
		expect(text).toContain('*Plan*: Pro Trial');
		expect(text).toContain('*Trial*: yes');
		expect(text).toContain('12 days left');
	});

	it('a license without a plan name or an end date still reads plainly', () => {
		const noEnd: ISnapshot = {
			...enterprise(),
			license: {
				...(enterprise().license as NonNullable<ISnapshot['license']>),
				plan: undefined,
				tags: [],
				visualExpiry: undefined,
				enforcedExpiry: undefined,
			},
		};
		const noEndText = clean(renderSummary(en, noEnd));
		expect(noEndText).toContain('Enterprise (no plan name)');
		expect(noEndText).toContain('*Expires*: no end date');
	});

	it('one day left is singular', () => {
		expect(clean(renderSummary(en, enterprise({ enforcedExpiry: isoIn(1) })))).toContain('November 20, 2026, 1 day left');
	});

	it('expiring today reads "today", not "0 days left"', () => {
		const text = clean(renderSummary(en, enterprise({ enforcedExpiry: '2026-11-19T18:00:00.000Z' })));
		expect(text).toContain('*Expires*: today, November 19, 2026');
		expect(text).not.toMatch(/0 days/);
	});

	it('expired (an old server still lists it) reads "expired", with how long ago', () => {
		const text = clean(renderSummary(en, legacyV2({ enforcedExpiry: '2026-11-16T12:00:00.000Z' })));
		expect(text).toContain('*Expires*: expired on November 16, 2026, 3 days ago');
		expect(text).not.toContain('left');
	});

	it('expired earlier today reads "expired today"', () => {
		const text = clean(renderSummary(en, legacyV2({ enforcedExpiry: '2026-11-19T06:00:00.000Z' })));
		expect(text).toContain('expired today, November 19, 2026');
	});

	it('one line per limit near or at its cap, none for the others', () => {
		const snapshot = enterprise({
			limits: {
				activeUsers: { used: 50, max: 100 },
				monthlyActiveContacts: { used: 850, max: 1000 },
				privateApps: { used: 10, max: 10, prevented: true },
			},
		});
		const text = clean(renderSummary(en, snapshot));
		const attention = lines(text).filter((l) => (l.startsWith('⚠️') || l.startsWith('⛔')) && !l.includes('*Expires*'));
		expect(attention).toHaveLength(2);
		expect(attention[0]).toMatch(/^⚠️ \*Monthly active contacts\*: 850 of 1,000 · 85%$/);
		expect(attention[1]).toContain('⛔ *Private apps*: 10 of 10 · 100%');
		expect(attention[1]).toContain('reached');
		expect(attention[1]).toContain('more private apps cannot be installed or enabled');
		expect(text).not.toContain('Seats (active users)');
		expect(text).not.toContain('Every limit is below');
	});

	it('near cap follows the configured lowest threshold', () => {
		const snapshot = enterprise({ limits: { activeUsers: { used: 75, max: 100 } } });
		expect(clean(renderSummary(en, snapshot))).not.toContain('⚠️ *Seats');
		expect(clean(renderSummary(viewFor('en', NOW, 70), snapshot))).toContain('⚠️ *Seats (active users)*: 75 of 100 · 75%');
	});

	it('an unlimited license has no attention line and no raw -1', () => {
		const text = clean(renderSummary(en, unlimited()));
		expect(text).toContain('Every limit is below 80% of its cap.');
	});

	it('Community says so plainly and shows the default limits with usage', () => {
		const text = clean(renderSummary(en, community()));
		expect(text).toContain('No Enterprise license: this workspace runs on Community.');
		expect(text).toContain('The Community limits apply');
		expect(text).toContain('*Private apps*: 2 of 3');
		expect(text).toContain('*Marketplace apps*: 1 of 5');
		expect(text).toContain('*Seats (active users)*: 42 (unlimited)');
		expect(text).not.toContain('*Plan*');
		expect(text).not.toContain('*Trial*');
		expect(text).toContain('/license limits');
	});

	it('an old server (licenses.get) shows what the V2 shape carries, and says where the data came from', () => {
		const text = clean(renderSummary(en, legacyV2()));
		expect(text).toContain('*Plan*: Enterprise');
		expect(text).toContain('December 1, 2026, 12 days left');
		expect(text).toContain('licenses.get');
		expect(text).toContain('older than 6.5');
		// A V2 license carries no auto-renew flag and no grantee: nothing invented.
		expect(text).not.toContain('renew');
		expect(text).not.toContain('Granted to');
		expect(text).toContain('⚠️ *Seats (active users)*: 180 of 200 · 90%');
	});

	it('the expiry line adds the enforced end when it falls on another day than the date shown', () => {
		const graced = enterprise({ visualExpiry: END, enforcedExpiry: '2026-12-08T12:00:00.000Z' });
		expect(clean(renderSummary(en, graced))).toContain(
			'*Expires*: December 1, 2026, 12 days left · enforced end December 8, 2026 · does not renew automatically',
		);
	});

	it('no enforced end when it falls on the day shown, or when only one date is known', () => {
		const sameDay = clean(renderSummary(en, enterprise({ visualExpiry: '2026-12-01T00:00:00.000Z', enforcedExpiry: END })));
		expect(sameDay).toContain('*Expires*: December 1, 2026, 12 days left · does not renew automatically');
		expect(sameDay).not.toContain('enforced end');
		expect(clean(renderSummary(en, enterprise({ visualExpiry: undefined })))).not.toContain('enforced end');
		expect(clean(renderSummary(en, enterprise()))).not.toContain('enforced end');
	});

	it('the enforced end in German', () => {
		const graced = enterprise({ visualExpiry: END, enforcedExpiry: '2026-12-08T12:00:00.000Z' });
		expect(clean(renderSummary(viewFor('de', NOW), graced))).toContain('verbindliches Ende 8. Dezember 2026');
	});

	describe('Community after a license was seen', () => {
		const remembered: IRememberedLicense = {
			plan: 'Enterprise',
			trial: false,
			enforcedExpiry: '2026-11-17T12:00:00.000Z',
			seenAt: '2026-11-16T09:00:00.000Z',
		};

		it('first says the license last seen is no longer active, then that Community applies', () => {
			const text = clean(renderSummary(en, community(), remembered));
			const shown = lines(text);
			const lapsed = shown.indexOf('The Enterprise license last seen on November 16, 2026 is no longer active.');
			expect(lapsed).toBeGreaterThan(0);
			expect(shown.indexOf('No Enterprise license: this workspace runs on Community.')).toBeGreaterThan(lapsed);
			expect(text).toContain('The Community limits apply');
		});

		it('a remembered license without a plan name still reads plainly', () => {
			const text = clean(renderSummary(en, community(), { trial: true, seenAt: '2026-11-16T09:00:00.000Z' }));
			expect(text).toContain('The Enterprise (no plan name) license last seen on November 16, 2026 is no longer active.');
		});

		it('in German', () => {
			expect(clean(renderSummary(viewFor('de', NOW), community(), remembered))).toContain(
				'Die zuletzt am 16. November 2026 gesehene Lizenz Enterprise ist nicht mehr aktiv.',
			);
		});

		it('without a remembered license, or with a license present, nothing is said about a lapse', () => {
			expect(clean(renderSummary(en, community()))).not.toContain('no longer active');
			expect(clean(renderSummary(en, enterprise(), remembered))).not.toContain('no longer active');
		});
	});

	it('Community limits carry the ⛔ / ⚠️ marks and "reached", like /license limits', () => {
		const text = clean(renderSummary(en, community({ privateApps: { used: 3, max: 3 }, marketplaceApps: { used: 4, max: 5 } })));
		const items = lines(text).filter((l) => l.startsWith('•'));
		expect(items).toHaveLength(5);
		const apps = items.find((l) => l.includes('Private apps')) ?? '';
		expect(apps).toMatch(/^• ⛔ \*Private apps\*: 3 of 3 · 100% · \*reached\*/);
		expect(apps).toContain('When reached: more private apps cannot be installed or enabled');
		expect(items.find((l) => l.includes('Marketplace apps'))).toBe('• ⚠️ *Marketplace apps*: 4 of 5 · 80%');
		expect(items.find((l) => l.includes('Seats'))).toBe('• *Seats (active users)*: 42 (unlimited)');
	});
});

describe('/license limits', () => {
	const snapshot = enterprise({
		limits: {
			activeUsers: { used: 100, max: 100, prevented: true },
			guestUsers: { used: 3, max: 20 },
			monthlyActiveContacts: { used: 850, max: 1000, behaviors: ['start_fair_policy'] },
			privateApps: { used: 2, max: 'unlimited' },
		},
	});
	const text = clean(renderLimits(en, snapshot));
	const items = lines(text).filter((l) => l.startsWith('•'));

	it('lists every limit, in order, with used/max and percent', () => {
		expect(items).toHaveLength(5);
		expect(items[0]).toContain('Seats (active users)*: 100 of 100 · 100%');
		expect(items[1]).toContain('Guests*: 3 of 20 · 15%');
		expect(items[2]).toContain('Monthly active contacts*: 850 of 1,000 · 85%');
		expect(items[3]).toContain('Private apps');
		expect(items[4]).toContain('Marketplace apps*: 4 of 50 · 8%');
	});

	it('says plainly when there is no cap', () => {
		expect(items[3]).toContain('*Private apps*: 2 (unlimited)');
		expect(items[3]).not.toContain('%');
	});

	it('says what happens at each cap: prevent_action blocks new users, start_fair_policy starts a fair-use policy', () => {
		expect(items[0]).toContain('When reached: new users cannot be created or activated');
		expect(items[1]).toContain('When reached: new guests cannot be added');
		expect(items[2]).toContain('When reached: a fair-use policy starts');
		expect(items[3]).not.toContain('When reached');
	});

	it('marks which are reached and which are near', () => {
		expect(items[0]).toMatch(/^• ⛔ .*\*reached\*/);
		expect(items[2]).toMatch(/^• ⚠️ /);
		expect(items[2]).not.toContain('*reached*');
		expect(items[1]).not.toMatch(/⛔|⚠️/);
		expect(text).toContain('⛔ marks a limit already reached, ⚠️ one at 80% or more of its cap.');
	});

	it('on an old server, unknown usage shows the cap and the source note', () => {
		const legacy = clean(renderLimits(en, legacyV2()));
		expect(legacy).toContain('*Guests*: usage not reported, cap 50');
		expect(legacy).toContain('licenses.get');
	});

	it('an unlimited license', () => {
		const open = clean(renderLimits(en, unlimited()));
		expect(lines(open).filter((l) => l.startsWith('•'))).toHaveLength(5);
		expect(open).toContain('1,234 (unlimited)');
		expect(
			lines(open)
				.filter((l) => l.startsWith('•'))
				.some((l) => /⛔|⚠️|reached|When reached/.test(l)),
		).toBe(false);
	});
});

describe('/license modules', () => {
	it('shows readable names, sorted, and an id it does not know as sent', () => {
		const text = clean(
			renderModules(en, enterprise({ modules: ['livechat-enterprise', 'auditing', 'brand-new-module', 'engagement-dashboard'] })),
		);
		expect(text).toContain('4 modules are active:');
		const names = lines(text).filter((l) => l.startsWith('•'));
		expect(names).toEqual(['• brand-new-module', '• Engagement dashboard', '• Message auditing', '• Omnichannel Enterprise']);
		expect(text).not.toContain('livechat-enterprise');
	});

	it('one module is singular', () => {
		expect(clean(renderModules(en, enterprise({ modules: ['ldap-enterprise'] })))).toContain('1 module is active:');
	});

	it('no modules', () => {
		expect(clean(renderModules(en, community()))).toContain('No Enterprise modules are active.');
	});

	it('in German', () => {
		expect(clean(renderModules(viewFor('de', NOW), enterprise({ modules: ['auditing', 'custom-roles'] })))).toMatch(
			/Benutzerdefinierte Rollen[\s\S]*Nachrichtenprüfung/,
		);
	});
});

describe('/seats', () => {
	it('used, maximum, percentage, remaining, a bar, guests and whether new users are blocked', () => {
		const text = clean(renderSeats(en, withSeats(23, 25)));
		expect(text).toContain('Seats');
		expect(text).toContain('`█████████░` 92%');
		expect(text).toContain('*Used*: 23 · *Maximum*: 25');
		expect(text).toContain('*Remaining*: 2');
		expect(text).toContain('*Guests*: 3 of 20');
		expect(text).toContain('*New users*: can be added');
	});

	it('0 of N: an empty bar, 0 %, everything remaining', () => {
		const text = clean(renderSeats(en, withSeats(0, 25)));
		expect(text).toContain('`░░░░░░░░░░` 0%');
		expect(text).toContain('*Used*: 0 · *Maximum*: 25');
		expect(text).toContain('*Remaining*: 25');
		expect(text).toContain('can be added');
	});

	it('over the cap with the action blocked: how far over, and that new users are blocked', () => {
		const text = clean(renderSeats(en, withSeats(27, 25, true)));
		expect(text).toContain('`██████████` 108%');
		expect(text).toContain('*Over the cap by*: 2');
		expect(text).not.toContain('Remaining');
		expect(text).toContain('*New users*: ⛔ blocked');
		expect(text).toContain('new users cannot be created or activated');
	});

	it('at the cap with prevent_action counts as blocked even before the server flag', () => {
		expect(clean(renderSeats(en, withSeats(25, 25, false)))).toContain('⛔ blocked');
	});

	it('at the cap with a fair-use policy: not blocked, and says what happens instead', () => {
		const snapshot = enterprise({ limits: { activeUsers: { used: 25, max: 25, behaviors: ['start_fair_policy'] } } });
		const text = clean(renderSeats(en, snapshot));
		expect(text).toContain('*New users*: can be added');
		expect(text).toContain('When reached: a fair-use policy starts');
	});

	it('an unlimited license says "unlimited" plainly', () => {
		const text = clean(renderSeats(en, unlimited()));
		expect(text).toContain('This license has no seat cap.');
		expect(text).toContain('*Used*: 1,234 · *Maximum*: unlimited');
		expect(text).not.toContain('█');
		expect(text).not.toContain('%');
	});

	it('Community gives the active-user count', () => {
		const text = clean(renderSeats(en, community()));
		expect(text).toContain('Active users: 42');
		expect(text).toContain('*Maximum*: unlimited');
	});

	it('an old server: seats from licenses.maxActiveUsers, guest usage not reported, source note', () => {
		const text = clean(renderSeats(en, legacyV2()));
		expect(text).toContain('`█████████░` 90%');
		expect(text).toContain('*Remaining*: 20');
		expect(text).toContain('*Guests*: usage not reported, cap 50');
		expect(text).toContain('licenses.get');
	});

	it('seat usage the server did not report is said so, with no bar', () => {
		const snapshot = legacyV2({ limits: { activeUsers: { used: 'unknown', max: 200 } } });
		const text = clean(renderSeats(en, snapshot));
		expect(text).toContain('*Used*: not reported · *Maximum*: 200');
		expect(text).not.toContain('█');
		expect(text).not.toContain('Remaining');
	});

	it('the bar grows with usage', () => {
		const cells = (used: number) => (/`([█░]+)`/.exec(renderSeats(en, withSeats(used, 100)).text)?.[1] ?? '').split('█').length - 1;
		expect([0, 14, 50, 86, 100].map(cells)).toEqual([0, 1, 5, 9, 10]);
	});
});

describe('/license help', () => {
	it('lists both commands and every sub-command, privately', () => {
		const text = clean(renderHelp(en));
		for (const command of ['`/license`', '`/license limits`', '`/license modules`', '`/license check`', '`/license help`', '`/seats`']) {
			expect(text).toContain(command);
		}
		expect(text).toContain('visible only to you');
		expect(text).not.toContain('did not understand');
	});

	it('an unknown sub-command: help plus a note naming what was not understood', () => {
		const rendered = renderHelp(en, 'frobnicate');
		const text = clean(rendered);
		expect(lines(text)[0]).toBe('I did not understand “frobnicate”.');
		expect(text).toContain('`/license limits`');
	});

	it('a very long argument is cut', () => {
		const text = clean(renderHelp(en, 'x'.repeat(500)));
		expect(text).toContain('x'.repeat(80));
		expect(text).not.toContain('x'.repeat(81));
	});
});

describe('errors', () => {
	const url = 'https://chat.example.com:3000/api/v1/licenses.info?access_token=SECRETTOKEN';

	const cases: Array<[ApiErrorKind, ApiError, RegExp]> = [
		['not-configured', new ApiError('not-configured', { missing: ['user_id', 'access_token'] }), /missing: user id, access token/],
		['invalid-url', new ApiError('invalid-url'), /not an http\(s\) address/],
		['unauthorized', new ApiError('unauthorized', { status: 401, path: '/api/v1/licenses.info' }), /HTTP 401/],
		['forbidden', new ApiError('forbidden', { status: 403 }), /view-privileged-setting/],
		['not-found', new ApiError('not-found', { status: 404, path: '/api/v1/licenses.info' }), /\/api\/v1\/licenses\.info \(HTTP 404\)/],
		['rate-limited', new ApiError('rate-limited', { retryAfterSeconds: 42 }), /Try again in 42 seconds/],
		['server-error', new ApiError('server-error', { status: 502 }), /HTTP 502/],
		['timeout', new ApiError('timeout', { timeoutSeconds: 10 }), /within 10 seconds/],
		['unreachable', new ApiError('unreachable', { path: '/api/v1/licenses.info' }), /at chat\.example\.com:3000 could not be reached/],
		[
			'malformed',
			new ApiError('malformed', { path: '/api/v1/licenses.info', field: 'license.limits.activeUsers.max' }),
			/license\.limits\.activeUsers\.max/,
		],
	];

	it.each(cases)('%s: a title and specific advice, nothing secret', (_kind, error, advice) => {
		const text = clean(renderError(en, error, url));
		expect(lines(text)[0]).toMatch(/^\*.+\.\*$/);
		expect(lines(text)[0]).not.toContain('your permission');
		expect(text).toMatch(advice);
		expect(text).not.toContain('SECRETTOKEN');
		expect(text).not.toContain('access_token');
	});

	it('not-configured shows the 4 setup steps, in order', () => {
		const text = clean(renderError(en, new ApiError('not-configured', { missing: ['access_token'] })));
		const steps = lines(text).filter((l) => /^\d\. /.test(l));
		expect(steps.map((s) => s[0])).toEqual(['1', '2', '3', '4']);
		expect(text).toContain('Personal Access Tokens');
		expect(text).toContain('Ignore Two Factor Authentication');
	});

	it('other kinds show no setup steps', () => {
		expect(clean(renderError(en, new ApiError('unauthorized')))).not.toMatch(/^1\. /m);
	});

	it('rate-limited without a reported wait still names a number of seconds', () => {
		expect(clean(renderError(en, new ApiError('rate-limited')))).toMatch(/Try again in \d+ seconds/);
	});

	it('unreachable shows the host only, never a path or query', () => {
		const text = clean(renderError(en, new ApiError('unreachable'), 'https://chat.example.com/some/path?token=abc123'));
		expect(text).toContain('chat.example.com');
		expect(text).not.toContain('/some/path');
		expect(text).not.toContain('abc123');
	});

	it('unreachable never shows credentials written into the server URL (user:password@host)', () => {
		const text = clean(renderError(en, new ApiError('unreachable'), 'https://admin:hunter2@chat.example.com/'));
		expect(text).not.toContain('hunter2');
		expect(text).toContain('chat.example.com');
	});

	it('rate-limited seconds in German number format', () => {
		expect(clean(renderError(viewFor('de', NOW), new ApiError('rate-limited', { retryAfterSeconds: 1500 })))).toContain(
			'in 1.500 Sekunden',
		);
	});

	it('not-configured names the missing settings by their translated names, and an unknown id as sent', () => {
		expect(clean(renderError(en, { kind: 'not-configured', detail: { missing: ['user_id'] } }))).toContain('(missing: user id)');
		expect(clean(renderError(en, { kind: 'not-configured', detail: { missing: ['access_token', 'server_url'] } }))).toContain(
			'(missing: access token, server_url)',
		);
		const de = clean(renderError(viewFor('de', NOW), { kind: 'not-configured', detail: { missing: ['user_id', 'access_token'] } }));
		expect(de).toContain('Benutzer-ID, Zugangsschlüssel');
		expect(de).not.toContain('user_id');
	});

	it("errorReason takes plain data (a notice's facts), not only an ApiError", () => {
		expect(errorReason(en, { kind: 'rate-limited', detail: { retryAfterSeconds: 1 } })).toBe(
			'The workspace is rate-limiting these requests. Try again in 1 second.',
		);
		expect(errorReason(en, { kind: 'server-error', detail: { status: 503 } })).toContain('HTTP 503');
		expect(errorReason(en, { kind: 'unreachable', detail: {} }, 'https://chat.example.com/x')).toContain('at chat.example.com could');
		expect(errorReason(en, { kind: 'unreachable', detail: {} })).toContain('The workspace at ? could not be reached');
	});

	it('a fault after /license check says where the notice was posted', () => {
		const rendered = renderError(en, new ApiError('timeout', { timeoutSeconds: 10 }), url, '#admins');
		const text = clean(rendered);
		expect(text).toContain('within 10 seconds');
		expect(blockTexts(rendered)).toContain('Posted to #admins.');
		expect(clean(renderError(en, new ApiError('timeout', { timeoutSeconds: 10 }), url))).not.toContain('Posted to');
	});

	it('an internal error points at the app logs, and shows nothing of the error itself', () => {
		const text = clean(renderInternalError(en));
		expect(lines(text)[0]).toBe('*LicenseApp could not read the license.*');
		expect(text).toContain('LicenseApp hit an unexpected error. The details are in Administration → Apps → LicenseApp → Logs.');
		expect(clean(renderInternalError(viewFor('de', NOW)))).not.toMatch(/unexpected error/);
	});

	it('refusal names the permission needed', () => {
		const text = clean(renderRefusal(en));
		expect(text).toContain('view-privileged-setting');
		expect(text).not.toContain('December');
	});
});

describe('the daily check report and admin-room notices', () => {
	const seatsFinding: IFinding = {
		id: 'limit:activeUsers',
		level: 'critical',
		severity: 1000,
		facts: { type: 'limit', limit: limitOf(withSeats(25, 25, true), 'activeUsers'), percent: 100 },
	};
	const expiryFinding: IFinding = {
		id: `expiry:${END}`,
		level: 'info',
		severity: 986,
		facts: { type: 'expiry', trial: false, date: END, days: 12 },
	};

	it('says so when notices could not be posted anywhere', () => {
		const text = clean(renderCheckReport(en, [], { snapshot: enterprise() }, { undelivered: true }));
		expect(text).toContain('The notices could not be posted anywhere');
		expect(text).not.toContain('Posted to');
	});

	it('all clear and nothing posted: just the all-clear line', () => {
		const text = clean(renderCheckReport(en, [], { snapshot: enterprise() }));
		expect(lines(text)).toEqual(['*License check*', '✅ All clear: nothing in the license needs attention.']);
		expect(text).not.toContain('Nothing new to post');
	});

	it('findings already in the admin room: nothing new to post', () => {
		const text = clean(renderCheckReport(en, [expiryFinding], { snapshot: enterprise() }));
		expect(text).toContain('ℹ️ The license expires in 12 days');
		expect(text).toContain('Nothing new to post: the admin room already has these.');
		expect(text).not.toContain('Posted to');
	});

	it('findings, and where they were posted', () => {
		const text = clean(renderCheckReport(en, [seatsFinding, expiryFinding], { snapshot: withSeats(25, 25, true) }, { where: '#admins' }));
		expect(text).toContain('🚨 Seat cap reached: 25 of 25 used');
		expect(text).toContain('new users cannot be created or activated');
		expect(text).toContain('ℹ️ The license expires in 12 days, on December 1, 2026');
		expect(text).toContain('Posted to #admins.');
		expect(text).not.toContain('All clear');
	});

	it('notices with @here in front when asked, and without it otherwise', () => {
		const notices: Notice[] = [
			{ kind: 'raised', finding: seatsFinding },
			{ kind: 'news', news: 'new', plan: 'Enterprise', date: END },
		];
		const loud = clean(renderNotices(en, notices, { snapshot: withSeats(25, 25, true) }, true));
		expect(lines(loud)[0]).toBe('@here');
		expect(loud).toContain('*License check*');
		expect(loud).toContain('🚨 Seat cap reached');
		expect(loud).toContain('✅ A license is now active: Enterprise, valid until December 1, 2026.');
		const quiet = clean(renderNotices(en, notices, { snapshot: withSeats(25, 25, true) }, false));
		expect(quiet).not.toContain('@here');
		expect(quiet).toContain('🚨 Seat cap reached');
	});

	it('every kind of notice renders without raw values', () => {
		const notices: Notice[] = [
			{
				kind: 'raised',
				finding: { id: 'lapsed', level: 'critical', severity: 1, facts: { type: 'lapsed', plan: 'Enterprise', date: END, expired: true } },
			},
			{ kind: 'raised', finding: { id: 'lapsed', level: 'critical', severity: 1, facts: { type: 'lapsed', date: END, expired: false } } },
			{
				kind: 'raised',
				finding: {
					id: 'unreadable',
					level: 'warning',
					severity: 1,
					facts: { type: 'unreadable', kind: 'timeout', detail: {}, since: END, reminder: false },
				},
			},
			{
				kind: 'raised',
				finding: {
					id: 'unreadable',
					level: 'critical',
					severity: 2,
					facts: { type: 'unreadable', kind: 'unreachable', detail: {}, since: END, reminder: true },
				},
			},
			{ kind: 'raised', finding: { ...expiryFinding, facts: { type: 'expiry', trial: true, date: END, days: 0 } } },
			{ kind: 'recovered', finding: { ...seatsFinding, severity: 0 } },
			{ kind: 'recovered', finding: { ...expiryFinding, severity: 0 } },
			{ kind: 'unblocked', finding: { ...seatsFinding, level: 'warning', severity: 90 } },
			{
				kind: 'recovered',
				finding: {
					id: 'unreadable',
					level: 'info',
					severity: 0,
					facts: { type: 'unreadable', kind: 'timeout', detail: {}, since: END, reminder: false },
				},
			},
			{ kind: 'news', news: 'active-again' },
			{ kind: 'news', news: 'changed', plan: 'Pro', date: END },
			{ kind: 'digest' },
		];
		const text = clean(renderNotices(en, notices, { snapshot: community() }, false));
		expect(text).toContain('Your Enterprise license expired on December 1, 2026');
		expect(text).toContain('The Enterprise (no plan name) license is no longer active (noticed on December 1, 2026).');
		expect(text).toContain('The trial ends today, December 1, 2026');
		expect(text).toContain('not been readable since December 1, 2026');
		expect(text).toContain('Daily license status: Community');
	});

	it("an unblocked limit: seats can be added again, other limits are no longer blocked, with today's numbers", () => {
		const wasBlocked = (kind: 'activeUsers' | 'privateApps', used: number, max: number): IFinding => ({
			id: `limit:${kind}`,
			level: 'warning',
			severity: 90,
			facts: {
				type: 'limit',
				limit: limitOf(enterprise({ limits: { [kind]: { used, max } } }), kind),
				percent: 90,
			},
		});
		const today = enterprise({ limits: { activeUsers: { used: 95, max: 100 }, privateApps: { used: 9, max: 10 } } });
		const text = clean(
			renderNotices(
				en,
				[
					{ kind: 'unblocked', finding: wasBlocked('activeUsers', 96, 100) },
					{ kind: 'unblocked', finding: wasBlocked('privateApps', 9, 10) },
				],
				{ snapshot: today },
				false,
			),
		);
		expect(lines(text)).toEqual([
			'*License check*',
			'✅ New users can be created and activated again: 95 of 100 seats used.',
			'✅ Private apps: no longer blocked, 9 of 10.',
		]);
		// Without today's reading, the finding's own numbers.
		const alone = clean(renderNotices(en, [{ kind: 'unblocked', finding: wasBlocked('activeUsers', 96, 100) }], {}, false));
		expect(alone).toContain('96 of 100 seats used');
		expect(
			clean(renderNotices(viewFor('de', NOW), [{ kind: 'unblocked', finding: wasBlocked('activeUsers', 96, 100) }], {}, false)),
		).toContain('96 von 100');
	});

	it('the fallback note names the room it could not use', () => {
		expect(clean(renderFallbackNote(en, 'admins'))).toContain('“admins”');
		expect(clean(renderFallbackNote(en, undefined))).toContain('No admin room is set');
	});
});

describe('nothing raw ever shows, in any case and language', () => {
	const snapshots: Array<[string, ISnapshot]> = [
		['enterprise', enterprise()],
		['trial', trial()],
		['unlimited', unlimited()],
		['community', community()],
		['legacy V2', legacyV2()],
		['legacy, unknown seats', legacyV2({ limits: { activeUsers: { used: 'unknown', max: 'unlimited' } } })],
		['over the cap', withSeats(27, 25, true)],
		['0 of N', withSeats(0, 25)],
		['expired', legacyV2({ enforcedExpiry: '2026-11-01T00:00:00.000Z' })],
	];
	const languages: Language[] = ['en', 'de', 'es', 'pt-BR'];

	for (const language of languages) {
		it.each(snapshots)(`${language}: %s`, (_name, snapshot) => {
			const view = viewFor(language, NOW);
			for (const rendered of [
				renderSummary(view, snapshot),
				renderLimits(view, snapshot),
				renderModules(view, snapshot),
				renderSeats(view, snapshot),
				renderSummary(view, snapshot, { plan: 'Enterprise', trial: false, seenAt: END }),
			]) {
				clean(rendered);
			}
		});

		it(`${language}: every fault reply`, () => {
			const view = viewFor(language, NOW);
			const fault = { kind: 'not-configured' as const, detail: { missing: ['user_id', 'access_token'] } };
			for (const rendered of [
				renderError(view, fault),
				renderError(view, new ApiError('unreachable'), 'https://chat.example.com', 'admins'),
				renderInternalError(view),
			]) {
				clean(rendered);
			}
		});
	}
});

describe('each language renders a summary in its own words and formats', () => {
	// 1,234 of 1,500 seats (82.3 %), 12,345 of 15,000 monthly contacts: both near the cap.
	const snapshot = enterprise({
		limits: { activeUsers: { used: 1234, max: 1500 }, monthlyActiveContacts: { used: 12345, max: 15000 } },
	});

	it('English', () => {
		const text = clean(renderSummary(viewFor('en', NOW), snapshot));
		expect(text).toContain('December 1, 2026, 12 days left');
		expect(text).toContain('1,234 of 1,500 · 82.3%');
		expect(text).toContain('12,345 of 15,000');
	});

	it('German: "1.234", "Dezember", decimal comma', () => {
		const text = clean(renderSummary(viewFor('de', NOW), snapshot));
		expect(text).toContain('*Lizenz*');
		expect(text).toContain('*Testversion*: nein');
		expect(text).toContain('1. Dezember 2026, noch 12 Tage');
		expect(text).toContain('1.234 von 1.500 · 82,3');
		expect(text).toContain('12.345 von 15.000');
		expect(text).toContain('4 aktive Module');
		expect(text).not.toMatch(/December|days left|Trial/);
	});

	it('Spanish: "diciembre", "quedan … días"', () => {
		const text = clean(renderSummary(viewFor('es', NOW), snapshot));
		expect(text).toContain('*Licencia*');
		expect(text).toContain('*Prueba*: no');
		expect(text).toContain('1 de diciembre de 2026, quedan 12 días');
		expect(text).toContain('12.345 de 15.000');
		expect(text).toContain('82,3');
		expect(text).not.toMatch(/December|days left/);
	});

	it('Brazilian Portuguese: "dezembro", "faltam … dias"', () => {
		const text = clean(renderSummary(viewFor('pt-BR', NOW), snapshot));
		expect(text).toContain('*Licença*');
		expect(text).toContain('*Avaliação*: não');
		expect(text).toContain('1 de dezembro de 2026, faltam 12 dias');
		expect(text).toContain('1.234 de 1.500');
		expect(text).toContain('12.345 de 15.000');
		expect(text).toContain('4 módulos ativos');
		expect(text).not.toMatch(/December|days left/);
	});

	it('the Community summary in German', () => {
		const text = clean(renderSummary(viewFor('de', NOW), community()));
		expect(text).toContain('Keine Enterprise-Lizenz');
		expect(text).toContain('2 von 3');
	});

	it('/seats in German and Portuguese', () => {
		const de = clean(renderSeats(viewFor('de', NOW), withSeats(1234, 1500)));
		expect(de).toContain('*Belegt*: 1.234 · *Maximum*: 1.500');
		expect(de).toContain('*Verbleibend*: 266');
		const pt = clean(renderSeats(viewFor('pt-BR', NOW), unlimited()));
		expect(pt).toContain('ilimitado');
	});
});
