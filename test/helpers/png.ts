/** What a PNG file says about itself: its signature and its IHDR chunk (the first). */
export function pngInfo(buf: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(buf);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (b.length < 33 || !b.subarray(0, 8).equals(signature)) throw new Error('not a PNG: bad signature');
  if (b.readUInt32BE(8) !== 13 || b.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG: no IHDR first');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
