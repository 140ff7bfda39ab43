import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function randomText(length: number, alphabet = ALPHABET): string {
  const bytes = randomBytes(length);
  let text = '';
  for (const byte of bytes) text += alphabet[byte % alphabet.length];
  return text;
}

/** Unique ids as IAM prints them: a four-letter prefix naming the kind (AIDA user, AROA role …) and 17 characters. */
export const uniqueId = (prefix: 'AIDA' | 'AROA' | 'AGPA' | 'ANPA' | 'AIPA') => `${prefix}${randomText(17)}`;

export const accessKeyId = (prefix: 'AKIA' | 'ASIA') => `${prefix}${randomText(16)}`;

export const secretAccessKey = () => randomText(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');

export const sessionToken = () => `FwoGZXIvYXdzE${randomBytes(180).toString('base64')}`;
