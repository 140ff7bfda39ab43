/**
 * CRC-32 checksums (the zlib polynomial and Castagnoli's), computed eight bytes per step with
 * precomputed tables: object bodies run to gigabytes, and a byte-at-a-time CRC would dominate
 * the cost of an upload.
 */
export class Crc32 {
  private crc = 0xffffffff;

  constructor(private readonly tables: Int32Array[]) {}

  update(data: Uint8Array): this {
    const [t0, t1, t2, t3, t4, t5, t6, t7] = this.tables as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
    let crc = this.crc;
    let i = 0;
    const whole = data.length - (data.length % 8);
    for (; i < whole; i += 8) {
      const a = crc ^ (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24));
      crc =
        t7[a & 0xff]! ^ t6[(a >>> 8) & 0xff]! ^ t5[(a >>> 16) & 0xff]! ^ t4[a >>> 24]! ^
        t3[data[i + 4]!]! ^ t2[data[i + 5]!]! ^ t1[data[i + 6]!]! ^ t0[data[i + 7]!]!;
    }
    for (; i < data.length; i++) crc = t0[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
    this.crc = crc;
    return this;
  }

  /** The checksum as four big-endian bytes, the form S3 base64-encodes into its headers. */
  digest(): Buffer {
    const out = Buffer.alloc(4);
    out.writeUInt32BE((this.crc ^ 0xffffffff) >>> 0);
    return out;
  }
}

function slicingTables(reversedPolynomial: number): Int32Array[] {
  const tables = Array.from({ length: 8 }, () => new Int32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? reversedPolynomial ^ (c >>> 1) : c >>> 1;
    tables[0]![n] = c;
  }
  for (let n = 0; n < 256; n++) {
    for (let t = 1; t < 8; t++) tables[t]![n] = tables[0]![tables[t - 1]![n]! & 0xff]! ^ (tables[t - 1]![n]! >>> 8);
  }
  return tables;
}

const CRC32_TABLES = slicingTables(0xedb88320);
const CRC32C_TABLES = slicingTables(0x82f63b78);

export const crc32 = (): Crc32 => new Crc32(CRC32_TABLES);
export const crc32c = (): Crc32 => new Crc32(CRC32C_TABLES);
