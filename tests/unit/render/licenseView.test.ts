/** licenseView.ts: /license, /license limits and /license modules, in English. */
import type { IRememberedLicense } from '../../../lib/domain/findings/types';
import type { ISnapshot } from '../../../lib/domain/snapshot';
import { renderLimits, renderModules, renderSummary } from '../../../lib/render/licenseView';
import { viewFor } from '../../../lib/render/view';
import { END, NOW, clean, community, enView as en, enterprise, isoIn, legacyV2, lines, trial, unlimited } from '../../support/kit';

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

describe('private-app slots and add-ons', () => {
	it('/license always shows private apps against their cap, LicenseApp included', () => {
		const text = clean(renderSummary(en, enterprise({ limits: { privateApps: { used: 2, max: 5 } } })));
		expect(lines(text)).toContain('*Private apps*: 2 of 5, LicenseApp included');
	});

	it('/license says it once when private apps are already among the limits near their cap', () => {
		const text = clean(renderSummary(en, enterprise({ limits: { privateApps: { used: 5, max: 5 } } })));
		expect(text.match(/Private apps/g)).toHaveLength(1);
		expect(text).toContain('*Private apps*: 5 of 5 · 100% · *reached* · LicenseApp included');
	});

	it('/license limits counts LicenseApp among the private apps, Community at a cap of 0 too', () => {
		const text = clean(renderLimits(en, community({ privateApps: { used: 1, max: 0 } })));
		expect(lines(text).find((line) => line.includes('Private apps'))).toMatch(/^• ⛔ \*Private apps\*: .* · LicenseApp included/);
	});

	const withAddOns: ISnapshot = { ...enterprise(), addOns: ['com.example.translation', 'com.example.recordings'] };

	it('/license names add-ons as add-ons, apart from the module count, and says they end with the license', () => {
		const text = clean(renderSummary(en, withAddOns));
		// Ids are made inert (lib/render/inert.ts): the dots come escaped.
		expect(text).toContain('*Add-ons*: com\\.example\\.translation, com\\.example\\.recordings (they end with the license)');
		expect(text).toContain('4 active modules');
		expect(clean(renderSummary(en, enterprise()))).not.toContain('Add-ons');
	});

	it('/license modules lists add-ons in a section of their own', () => {
		const text = clean(renderModules(en, withAddOns));
		const at = lines(text).indexOf('*Add-ons*');
		expect(at).toBeGreaterThan(lines(text).indexOf('• Message auditing'));
		expect(lines(text).indexOf('• Message auditing')).toBeGreaterThan(0);
		expect(lines(text).slice(at + 1, at + 4)).toEqual([
			'Add-ons granted by the license; they end when it ends:',
			'• com\\.example\\.translation',
			'• com\\.example\\.recordings',
		]);
		expect(clean(renderModules(en, { ...withAddOns, modules: [] }))).toContain('• com\\.example\\.recordings');
	});

	it('every language names the add-ons line', () => {
		for (const language of ['pt-BR', 'es', 'de'] as const) {
			const text = clean(renderSummary(viewFor(language, NOW), withAddOns));
			expect(text).toContain('com\\.example\\.translation');
			expect(text).not.toContain('they end with the license');
		}
	});
});
