/**
 * The workspace reader's transport outside Apps-Engine: Node's own fetch, shaped as the app's IHttpGetter
 * (lib/api/client.ts), so lib/ reads the workspace exactly as the app does. Two things the engine cannot do: a redirect
 * is never followed (the token would go with it) but refused naming its target, and an answer is read only up to the
 * app's size bound (lib/api/bounds.ts), so a 20 MB answer costs no more than the bound.
 */
import { answerLimit } from '../lib/api/bounds';
import type { IHttpGetter } from '../lib/api/client';
import { ApiError } from '../lib/kit/errors';
import { hostOf } from '../lib/kit/transport';

type Answer = { statusCode: number; content?: string; headers?: Record<string, string> };

/** The body as text, stopped (and the connection released) once it passes `limitChars`. */
async function boundedText(response: Response, path: string, limitChars: number): Promise<string> {
	if (!response.body) {
		return '';
	}
	const reader = response.body.getReader();
	const decoder = new TextDecoder();
	let text = '';
	for (;;) {
		const { done, value } = await reader.read();
		if (done) {
			return text + decoder.decode();
		}
		text += decoder.decode(value, { stream: true });
		if (text.length > limitChars) {
			await reader.cancel().catch(() => undefined);
			throw new ApiError('too-large', { path, limitChars });
		}
	}
}

async function send(
	url: string,
	init: { method: string; headers: Record<string, string>; body?: string; timeout: number },
): Promise<Answer> {
	const target = new URL(url);
	const response = await fetch(target, {
		method: init.method,
		headers: init.headers,
		body: init.body,
		redirect: 'manual',
		signal: AbortSignal.timeout(init.timeout),
	});
	if (response.status >= 300 && response.status < 400) {
		const location = response.headers.get('location') ?? '';
		await response.body?.cancel().catch(() => undefined);
		throw new ApiError('redirected', {
			path: target.pathname,
			status: response.status,
			host: hostOf(new URL(location, target).href) ?? '?',
		});
	}
	const headers: Record<string, string> = {};
	response.headers.forEach((value, name) => {
		headers[name] = value;
	});
	return { statusCode: response.status, content: await boundedText(response, target.pathname, answerLimit(target.pathname)), headers };
}

type PostOptions = { headers: Record<string, string>; data?: object; content?: string; timeout: number };

export const nodeHttp: IHttpGetter & { post(url: string, options: PostOptions): Promise<Answer> } = {
	get(url, { headers, params, timeout }) {
		const target = new URL(url);
		for (const [name, value] of Object.entries(params ?? {})) {
			target.searchParams.set(name, value);
		}
		return send(target.href, { method: 'GET', headers, timeout });
	},
	post(url: string, { headers, data, content, timeout }: PostOptions) {
		const body = content ?? JSON.stringify(data ?? {});
		return send(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body, timeout });
	},
};
