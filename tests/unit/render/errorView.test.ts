/** errorView.ts: a specific, translated message for every fault, with nothing secret in it. */
import { ApiError, BODY_NOT_JSON } from '../../../lib/kit/errors';
import type { ApiErrorKind } from '../../../lib/kit/errors';
import { errorReason, renderError, renderInternalError, renderRefusal } from '../../../lib/render/errorView';
import { viewFor } from '../../../lib/render/view';
import { NOW, blockTexts, clean, enView as en, lines } from '../../support/kit';

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
		['redirect-loop', new ApiError('redirect-loop', { path: '/api/v1/licenses.info' }), /chat\.example\.com:3000 keeps redirecting/],
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

	it('rate-limited without a reported wait still names a wait', () => {
		expect(clean(renderError(en, new ApiError('rate-limited')))).toContain('Try again in 1 minute.');
	});

	it.each([
		['en', 'Try again in 1 hour.', 'Try again in 2 minutes.'],
		['pt-BR', 'Tente novamente em 1 hora.', 'Tente novamente em 2 minutos.'],
		['es', 'Vuelve a intentarlo en 1 hora.', 'Vuelve a intentarlo en 2 minutos.'],
		['de', 'Versuchen Sie es in 1 Stunde erneut.', 'Versuchen Sie es in 2 Minuten erneut.'],
	] as const)('%s: the rate-limit wait is a duration, the one-hour cap included', (language, hour, minutes) => {
		const view = viewFor(language, NOW);
		expect(clean(renderError(view, new ApiError('rate-limited', { retryAfterSeconds: 3600 })))).toContain(hour);
		expect(clean(renderError(view, new ApiError('rate-limited', { retryAfterSeconds: 61 })))).toContain(minutes);
	});

	it.each(['en', 'pt-BR', 'es', 'de'] as const)(
		'%s: a timeout by the run’s deadline gives no advice about the request timeout setting, a request timeout does',
		(language) => {
			const view = viewFor(language, NOW);
			const setting = view.texts.t('setting_label_request_timeout').replace(/ \(.*\)$/, '');
			const deadline = clean(renderError(view, new ApiError('timeout', { timeoutSeconds: 8, deadline: true })));
			expect(deadline).toContain('8');
			expect(deadline.toLowerCase()).not.toContain(setting.toLowerCase());
			expect(clean(renderError(view, new ApiError('timeout', { timeoutSeconds: 10 }))).toLowerCase()).toContain(setting.toLowerCase());
		},
	);

	it.each([
		['en', 'something that is not JSON'],
		['pt-BR', 'algo que não é JSON'],
		['es', 'algo que no es JSON'],
		['de', 'das kein JSON ist'],
	] as const)('%s: a body that is not JSON is said in the reader’s language', (language, words) => {
		const text = clean(
			renderError(viewFor(language, NOW), new ApiError('malformed', { path: '/api/v1/licenses.info', field: BODY_NOT_JSON })),
		);
		expect(text).toContain(words);
		expect(text).not.toContain('body is not JSON');
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
		expect(lines(text)[0]).toMatch(/^\*.+\.\*$/);
		expect(lines(text)[0]).not.toContain('your permission');
		expect(text).toContain('LicenseApp hit an unexpected error. The details are in Administration → Apps → LicenseApp → Logs.');
		expect(clean(renderInternalError(viewFor('de', NOW)))).not.toMatch(/unexpected error/);
	});

	it('refusal names the permission needed', () => {
		const text = clean(renderRefusal(en));
		expect(text).toContain('view-privileged-setting');
		expect(text).not.toContain('December');
	});
});
