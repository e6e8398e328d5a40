import type { IHttp, ILogger, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';

/** The Apps-Engine accessors a command or a job run hands to lib/: the two ends of the data flow use them. */
export interface IAccessors {
	read: IRead;
	modify: IModify;
	http: IHttp;
	persis: IPersistence;
	logger: ILogger;
}
