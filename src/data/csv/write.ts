/**
 * A CSV file written record by record (node only): each record through THE writer's csvLine
 * (src/lib/csv/write.ts), encoded into a 1 MB buffer and written when it is full, the file's
 * SHA-256 kept on the way, so that a file of any size is never held whole and can be compared with
 * another by its hash.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { csvLine, type CsvValue, type WriteOptions } from '../../lib/csv/write.ts';

const PIECE_BYTES = 1 << 20;

export class CsvFileWriter {
  private readonly fd: number;
  private readonly options: WriteOptions;
  private readonly eol: string;
  private readonly hash: Hash = createHash('sha256');
  /** each record is encoded here at once, so that its text dies young (no string of many records is built) */
  private readonly piece = Buffer.allocUnsafe(PIECE_BYTES);
  private used = 0;
  private closed = false;
  /** records written so far */
  records = 0;

  /** Creates (or empties) the file at `path`. */
  constructor(path: string, options: WriteOptions = {}) {
    this.fd = openSync(path, 'w');
    this.options = options;
    this.eol = options.eol ?? '\n';
    if (options.bom) this.put('\uFEFF');
  }

  /** Appends one record and its line end. */
  record(values: readonly CsvValue[]): void {
    this.put(csvLine(values, this.options) + this.eol);
    this.records++;
  }

  /**
   * Writes what is left and closes the file (also after an error: call it in `finally`).
   * @returns the SHA-256 of the whole file, hex
   */
  close(): string {
    if (!this.closed) {
      try {
        this.flush();
      } finally {
        this.closed = true;
        closeSync(this.fd);
      }
    }
    return this.hash.copy().digest('hex');
  }

  private put(text: string): void {
    // a UTF-8 character takes at most 3 bytes per UTF-16 code unit
    if (this.used + text.length * 3 > PIECE_BYTES) this.flush();
    if (text.length * 3 > PIECE_BYTES) {
      this.out(Buffer.from(text, 'utf8'));
      return;
    }
    this.used += this.piece.write(text, this.used, 'utf8');
  }

  private flush(): void {
    if (this.used === 0) return;
    this.out(this.piece.subarray(0, this.used));
    this.used = 0;
  }

  private out(bytes: Buffer): void {
    this.hash.update(bytes);
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done);
  }
}

/**
 * The SHA-256 of a file, read in pieces.
 * @returns hex digest
 */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
