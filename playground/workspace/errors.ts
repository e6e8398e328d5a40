/**
 * Error answers as Rocket.Chat (apps/meteor/app/api/server/api.ts) and a reverse proxy in front of it send them.
 * Bodies differ between majors: 8.0 switched on the "breaking changes" branch of the API class.
 */

export interface IAnswer {
	status: number;
	/** An object is sent as JSON; a string is sent as is with `contentType`. */
	body: unknown;
	contentType?: string;
	headers?: Record<string, string>;
}

export const json = (status: number, body: unknown, headers?: Record<string, string>): IAnswer => ({ status, body, headers });

export function unauthorized(major: number): IAnswer {
	const message = 'You must be logged in to do this.';
	return json(401, major >= 8 ? { success: false, error: message } : { status: 'error', message });
}

/** Permission missing on a route with permissionsRequired (engagement dashboard). */
export function forbidden(major: number): IAnswer {
	const error = 'User does not have the permissions required for this action';
	return major >= 8
		? json(403, { success: false, error: `${error} [error-forbidden]` })
		: json(403, { success: false, error: `${error} [error-unauthorized]`, errorType: 'error-unauthorized' });
}

/** licenses.get checks view-privileged-setting itself and answers API.v1.unauthorized() (a 403 despite the name). */
export const licensesGetForbidden = (): IAnswer => json(403, { success: false, error: 'unauthorized' });

export const invalidParams = (message: string): IAnswer =>
	json(400, { success: false, error: `${message} [invalid-params]`, errorType: 'invalid-params' });

export const matchError = (field: string): IAnswer =>
	json(400, { success: false, error: `Match error: Failed Match.Where validation in field ${field}`, errorType: 'Match.Error' });

export const notAllowed = (): IAnswer =>
	json(400, { success: false, error: 'Not allowed [error-not-allowed]', errorType: 'error-not-allowed' });

export const enterpriseOnly = (): IAnswer =>
	json(400, { success: false, error: 'This is an enterprise feature [error-action-not-allowed]', errorType: 'error-action-not-allowed' });

export function tooManyRequests(seconds: number, headers: Record<string, string>): IAnswer {
	const error = `Error, too many requests. Please slow down. You must wait ${seconds} seconds before trying this endpoint again. [error-too-many-requests]`;
	return json(429, { success: false, error }, headers);
}

/**
 * Unknown route. Pre-7 servers (Restivus) answer a JSON message; newer ones fall through the router with a plain-text 404.
 * Clients should key on the status only.
 */
export function notFound(major: number): IAnswer {
	return major >= 7
		? { status: 404, body: '404 Not Found', contentType: 'text/plain; charset=UTF-8' }
		: json(404, { status: 'error', message: 'API endpoint does not exist' });
}

export function badGateway(): IAnswer {
	const body = [
		'<html>',
		'<head><title>502 Bad Gateway</title></head>',
		'<body>',
		'<center><h1>502 Bad Gateway</h1></center>',
		'<hr><center>nginx/1.24.0</center>',
		'</body>',
		'</html>',
		'',
	].join('\r\n');
	return { status: 502, body, contentType: 'text/html', headers: { server: 'nginx/1.24.0' } };
}

/** What a misrouted proxy or the web client's catch-all serves: the single-page app with a 200. */
export function spaPage(): IAnswer {
	const body =
		'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Rocket.Chat</title></head>\n' +
		'<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="react-root"></div></body></html>\n';
	return { status: 200, body, contentType: 'text/html; charset=utf-8' };
}
