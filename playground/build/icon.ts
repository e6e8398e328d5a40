/**
 * Draws icon.png (256×256): a license certificate with a seal and a check mark on Rocket.Chat blue. Run
 * `npx tsx playground/build/icon.ts` after changing the drawing; the PNG is committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

type RGBA = [number, number, number, number];
type Shape = { inside: (x: number, y: number) => boolean; color: RGBA };

const SIZE = 256;
const SAMPLES = 4;

const roundRect = (x0: number, y0: number, x1: number, y1: number, r: number) => (x: number, y: number) => {
	const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
	const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
	return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const circle = (cx: number, cy: number, r: number) => (x: number, y: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const triangle = (a: number[], b: number[], c: number[]) => (x: number, y: number) => {
	const side = (p: number[], q: number[]) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
	const s1 = side(a, b);
	const s2 = side(b, c);
	const s3 = side(c, a);
	return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
};
/** A thick segment from p to q. */
const stroke = (p: number[], q: number[], width: number) => (x: number, y: number) => {
	const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
	const t = Math.max(0, Math.min(1, ((x - p[0]) * dx + (y - p[1]) * dy) / (dx * dx + dy * dy)));
	return (x - p[0] - t * dx) ** 2 + (y - p[1] - t * dy) ** 2 <= (width / 2) ** 2;
};

const BLUE: RGBA = [29, 116, 245, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const LINE: RGBA = [190, 205, 230, 255];
const RED: RGBA = [245, 69, 92, 255];
const DARK_RED: RGBA = [200, 40, 64, 255];

// Painted in order: later shapes cover earlier ones.
const SHAPES: Shape[] = [
	{ inside: roundRect(0, 0, 256, 256, 52), color: BLUE },
	{ inside: roundRect(52, 36, 204, 204, 16), color: WHITE },
	{ inside: roundRect(76, 66, 180, 78, 6), color: LINE },
	{ inside: roundRect(76, 94, 180, 104, 5), color: LINE },
	{ inside: roundRect(76, 118, 146, 128, 5), color: LINE },
	{ inside: triangle([138, 190], [158, 190], [134, 236]), color: DARK_RED },
	{ inside: triangle([166, 190], [186, 190], [190, 236]), color: DARK_RED },
	{ inside: circle(162, 176, 36), color: RED },
	{ inside: stroke([146, 177], [157, 189], 9), color: WHITE },
	{ inside: stroke([157, 189], [179, 163], 9), color: WHITE },
];

function pixel(px: number, py: number): RGBA {
	const sum = [0, 0, 0, 0];
	for (let sy = 0; sy < SAMPLES; sy++) {
		for (let sx = 0; sx < SAMPLES; sx++) {
			const [x, y] = [px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES];
			const shape = [...SHAPES].reverse().find((candidate) => candidate.inside(x, y));
			const color = shape?.color ?? [0, 0, 0, 0];
			color.forEach((value, channel) => {
				sum[channel] += channel < 3 ? value * color[3] : value;
			});
		}
	}
	const alpha = sum[3] / (SAMPLES * SAMPLES);
	return [...sum.slice(0, 3).map((value) => (alpha ? Math.round(value / sum[3]) : 0)), Math.round(alpha)] as RGBA;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) {
		c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	}
	return c >>> 0;
});

function chunk(type: string, data: Buffer): Buffer {
	const body = Buffer.concat([Buffer.from(type), data]);
	let crc = 0xffffffff;
	for (const byte of body) {
		crc = CRC_TABLE[(crc ^ byte) & 255] ^ (crc >>> 8);
	}
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const check = Buffer.alloc(4);
	check.writeUInt32BE((crc ^ 0xffffffff) >>> 0);
	return Buffer.concat([length, body, check]);
}

export function drawIcon(): Buffer {
	const rows = Buffer.alloc((SIZE * 4 + 1) * SIZE);
	for (let y = 0; y < SIZE; y++) {
		for (let x = 0; x < SIZE; x++) {
			Buffer.from(pixel(x, y)).copy(rows, y * (SIZE * 4 + 1) + 1 + x * 4);
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(SIZE, 0);
	header.writeUInt32BE(SIZE, 4);
	header[8] = 8; // bit depth
	header[9] = 6; // RGBA
	const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
	return Buffer.concat([
		signature,
		chunk('IHDR', header),
		chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

if (require.main === module) {
	fs.writeFileSync(path.resolve(__dirname, '..', '..', 'icon.png'), drawIcon());
}
