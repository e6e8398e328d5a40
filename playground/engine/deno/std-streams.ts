// Stand-in for jsr:@std/streams: the runtime only uses toArrayBuffer.
export async function toArrayBuffer(stream: ReadableStream<Uint8Array>): Promise<ArrayBuffer> {
	return new Response(stream).arrayBuffer();
}
