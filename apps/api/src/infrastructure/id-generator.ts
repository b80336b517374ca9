import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';

/** Makes ids: random ones, and name-based ones that the same inputs always reproduce. */
export abstract class IdGenerator {
  abstract random(): string;

  /**
   * A name-based UUID: SHA-256 over the namespace and parts, laid out as UUIDv8 (RFC 9562 §B.2 shows this very
   * construction; v5 would be the same with the weaker SHA-1). Parts are length-prefixed so no two part lists
   * collide by concatenation.
   */
  derive(namespace: string, ...parts: readonly string[]): string {
    const hash = createHash('sha256');
    for (const part of [namespace, ...parts]) hash.update(`${Buffer.byteLength(part)}:${part};`);
    const bytes = hash.digest().subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

@Injectable()
export class RandomIdGenerator extends IdGenerator {
  random(): string {
    return randomUUID();
  }
}
