import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** API Gateway's identifiers: lower-case letters and digits, 10 long for APIs and keys, 6 for their parts. */
export function newId(length = 6): string {
  const bytes = randomBytes(length);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

/** An API key's secret value: 40 letters and digits, mixed case, as API Gateway generates them. */
export function newApiKeyValue(): string {
  return randomBytes(30).toString('base64').replace(/[^A-Za-z0-9]/g, '').padEnd(40, 'x').slice(0, 40);
}
