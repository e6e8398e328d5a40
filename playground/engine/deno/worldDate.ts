/**
 * Replaces the global `Date` with one that runs `offset()` milliseconds ahead of the host's clock, in Node (the
 * playground) and in Deno (the app's runtime) alike: `new Date()` and `Date.now()` read the world's clock; every other use
 * of `Date` is unchanged, and dates made before or after the switch are the same kind of object (`instanceof Date` holds
 * for both). It uses no API of either runtime, so both load this one file.
 */
type DateArgs = [] | [string | number | Date] | [number, number, number?, number?, number?, number?, number?];

/** Where a world `Date` keeps the host's: installing twice (a module loaded again) shifts from the host, not twice. */
const HOST = Symbol.for('licenseapp.hostDate');

/** Installs the world's clock and returns the function that puts the host's own clock back. */
export function installWorldDate(offset: () => number): () => void {
	const current = globalThis.Date as DateConstructor & { [HOST]?: DateConstructor };
	const HostDate = current[HOST] ?? current;
	const now = (): number => HostDate.now() + offset();
	function WorldDate(this: unknown, ...args: DateArgs): Date | string {
		if (!new.target) {
			// Called without `new`, Date returns the current time as text.
			return new HostDate(now()).toString();
		}
		return args.length === 0 ? new HostDate(now()) : new (HostDate as unknown as new (...a: DateArgs) => Date)(...args);
	}
	WorldDate.prototype = HostDate.prototype;
	Object.defineProperties(WorldDate, {
		now: { value: now, writable: true, configurable: true },
		parse: { value: HostDate.parse, writable: true, configurable: true },
		UTC: { value: HostDate.UTC, writable: true, configurable: true },
		[HOST]: { value: HostDate },
	});
	globalThis.Date = WorldDate as unknown as DateConstructor;
	return () => {
		globalThis.Date = HostDate;
	};
}
