/** For the parts of a Rocket.Chat server this app never touches: a call fails loudly instead of passing silently. */
export const unused = (what: string): never => {
	throw new Error(`The playground does not provide ${what}`);
};

/** A bridge the engine may hold but this app never calls: any method call throws. */
export const unusedBridge = (what: string): never =>
	new Proxy({}, { get: (_target, key) => (key === 'then' ? undefined : () => unused(`${what} (${String(key)})`)) }) as never;
