// Draws media/icon.png (128x128): a white shield with a keyhole-like bar on dark red.
// Pure Node (zlib) so it runs anywhere; rerun after changing the shape.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const N = 128, S = 4; // supersampling
const px = Buffer.alloc(N * N * 4);
const inRounded = (x, y) => { const r = 22, m = 4; const cx = Math.min(Math.max(x, m + r), N - m - r), cy = Math.min(Math.max(y, m + r), N - m - r); return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= m && x <= N - m && y >= m && y <= N - m; };
const inShield = (x, y) => {
  const cx = 64, top = 22, mid = 70, bottom = 110, half = 36;
  if (y < top || y > bottom) return false;
  if (y <= mid) return Math.abs(x - cx) <= half - (y < top + 8 ? (top + 8 - y) * 0.6 : 0);
  const t = (y - mid) / (bottom - mid);
  return Math.abs(x - cx) <= half * Math.sqrt(Math.max(0, 1 - t * t));
};
const inMark = (x, y) => (Math.abs(x - 64) <= 6 && y >= 40 && y <= 76) || (x - 64) ** 2 + (y - 90) ** 2 <= 49;
for (let y = 0; y < N; y++) for (let x = 0; x < N; x++) {
  let a = 0, w = 0, m = 0;
  for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
    const fx = x + (sx + 0.5) / S, fy = y + (sy + 0.5) / S;
    if (inRounded(fx, fy)) { a++; if (inShield(fx, fy)) { if (inMark(fx, fy)) m++; else w++; } }
  }
  const k = S * S, bg = [122, 18, 18], fg = [255, 255, 255], mk = [200, 30, 30];
  const i = (y * N + x) * 4;
  for (let c = 0; c < 3; c++) px[i + c] = Math.round(((a - w - m) * bg[c] + w * fg[c] + m * mk[c]) / Math.max(1, a));
  px[i + 3] = Math.round((255 * a) / k);
}
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) { raw[y * (N * 4 + 1)] = 0; px.copy(raw, y * (N * 4 + 1) + 1, y * N * 4, (y + 1) * N * 4); }
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (b) => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 255] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4); ihdr[8] = 8; ihdr[9] = 6;
writeFileSync('media/icon.png', Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
