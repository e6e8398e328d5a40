/**
 * Uploads as the server takes them from apps (modify.getCreator().getUploadCreator().uploadBuffer): the file lands in its
 * room as a message from the uploader. The playground records it with its content, and prints its name and size.
 */
import type { IUpload } from 'apps-engine-runtime/definition/uploads';
import type { IUploadDetails } from 'apps-engine-runtime/definition/uploads/IUploadDetails';
import { UploadBridge } from 'apps-engine-runtime/server/bridges';

import { unused } from './unused';
import type { World } from './world';

export class Uploads extends UploadBridge {
	constructor(private readonly world: World) {
		super();
	}

	protected async createUpload(details: IUploadDetails, buffer: Buffer): Promise<IUpload> {
		const room = this.world.rooms.get(details.rid);
		if (!room) {
			throw new Error('error-invalid-room: the upload names a room that does not exist');
		}
		const bytes = Buffer.from(buffer);
		const uploader = [...this.world.users.values()].find((user) => user.id === details.userId);
		this.world.record({
			room: room.slugifiedName,
			ephemeral: false,
			sender: uploader?.username ?? '?',
			text: '',
			blocks: [],
			upload: { filename: details.name, size: bytes.length, type: details.type, content: bytes.toString('utf8') },
		});
		const now = new Date();
		return {
			id: `upload-${this.world.messages.length}`,
			name: details.name,
			size: String(bytes.length),
			room,
			updatedAt: now,
			uploadedAt: now,
		} as IUpload;
	}

	protected getById = async (): Promise<IUpload> => unused('upload reads');

	protected getBuffer = async (): Promise<Buffer> => unused('upload reads');
}
