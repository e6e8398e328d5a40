/** In-memory storages the AppManager keeps installed apps, their sources and their logs in. */
import type { AppStatus } from 'apps-engine-runtime/definition/AppStatus';
import type { IAppInfo } from 'apps-engine-runtime/definition/metadata';
import type { ISetting } from 'apps-engine-runtime/definition/settings';
import type { ILoggerStorageEntry } from 'apps-engine-runtime/server/logging';
import type { IMarketplaceInfo } from 'apps-engine-runtime/server/marketplace';
import type { IAppStorageItem } from 'apps-engine-runtime/server/storage';
import { AppLogStorage, AppMetadataStorage, AppSourceStorage } from 'apps-engine-runtime/server/storage';

export class MemoryMetadataStorage extends AppMetadataStorage {
	private readonly items = new Map<string, IAppStorageItem>();

	constructor() {
		super('memory');
	}

	public async create(item: IAppStorageItem): Promise<IAppStorageItem> {
		const stored = { ...item, _id: item.id, createdAt: new Date(), updatedAt: new Date() };
		this.items.set(item.id, stored);
		return stored;
	}

	public retrieveOne = async (id: string): Promise<IAppStorageItem | null> => this.items.get(id) ?? null;

	public retrieveAll = async (): Promise<Map<string, IAppStorageItem>> => new Map(this.items);

	public retrieveAllPrivate = async (): Promise<Map<string, IAppStorageItem>> => new Map(this.items);

	public async remove(id: string): Promise<{ success: boolean }> {
		return { success: this.items.delete(id) };
	}

	public async updatePartialAndReturnDocument(item: Partial<IAppStorageItem>): Promise<IAppStorageItem> {
		const id = (item._id ?? item.id) as string;
		const next = { ...(this.items.get(id) as IAppStorageItem), ...item };
		this.items.set(id, next);
		return next;
	}

	/** Engines before 1.55 save a whole item at each status or setting change (abstract in 1.55, gone by 1.57). */
	public async update(item: IAppStorageItem): Promise<IAppStorageItem> {
		const stored = { ...item, updatedAt: new Date() };
		this.items.set(item.id, stored);
		return stored;
	}

	private async patch(id: string, change: Partial<IAppStorageItem>): Promise<boolean> {
		const item = this.items.get(id);
		if (item) {
			this.items.set(id, { ...item, ...change });
		}
		return !!item;
	}

	public updateStatus = async (id: string, status: AppStatus): Promise<boolean> => this.patch(id, { status });

	public updateAppInfo = async (id: string, info: IAppInfo): Promise<boolean> => this.patch(id, { info });

	public updateMarketplaceInfo = async (id: string, marketplaceInfo: IMarketplaceInfo[]): Promise<boolean> =>
		this.patch(id, { marketplaceInfo });

	public async updateSetting(id: string, setting: ISetting): Promise<boolean> {
		const item = this.items.get(id);
		return !!item && this.patch(id, { settings: { ...item.settings, [setting.id]: setting } });
	}
}

export class MemorySourceStorage extends AppSourceStorage {
	private readonly zips = new Map<string, Buffer>();

	public async store(item: IAppStorageItem, zip: Buffer): Promise<string> {
		this.zips.set(item.id, zip);
		return item.id;
	}

	public fetch = async (item: IAppStorageItem): Promise<Buffer> => this.zips.get(item.id) as Buffer;

	public update = async (item: IAppStorageItem, zip: Buffer): Promise<string> => this.store(item, zip);

	public async remove(item: IAppStorageItem): Promise<void> {
		this.zips.delete(item.id);
	}
}

/** Hands every log entry the app writes to `sink` (the playground prints them on stderr). */
export class SinkLogStorage extends AppLogStorage {
	constructor(private readonly sink: (entry: ILoggerStorageEntry) => void) {
		super('memory');
	}

	public async storeEntries(entry: ILoggerStorageEntry): Promise<ILoggerStorageEntry> {
		this.sink(entry);
		return entry;
	}

	public find = async (): Promise<ILoggerStorageEntry[]> => [];

	public findPaginated = async (): Promise<{ logs: ILoggerStorageEntry[]; total: number }> => ({ logs: [], total: 0 });

	public getEntriesFor = async (): Promise<ILoggerStorageEntry[]> => [];

	public removeEntriesFor = async (): Promise<void> => undefined;
}
