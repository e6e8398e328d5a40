/** `value` without its undefined fields, so a record saved and read back compares equal to the one written. */
export const compact = <T extends object>(value: T): T =>
	Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
