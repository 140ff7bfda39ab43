import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** API Gateway's identifiers: lower-case letters and digits, 10 long for APIs, 7 for their parts. */
export function newId(length = 7): string {
  let id = '';
  for (const byte of randomBytes(length)) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
