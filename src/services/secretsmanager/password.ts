import { randomInt } from 'node:crypto';
import type { GetRandomPasswordRequest, GetRandomPasswordResponse } from './api.generated.js';
import { invalidParameter } from './errors.js';

/** The character classes GetRandomPassword draws from, as AWS documents them. */
const LOWERCASE = 'abcdefghijklmnopqrstuvwxyz';
const UPPERCASE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const NUMBERS = '0123456789';
const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const SPACE = ' ';

/** GetRandomPassword: 32 characters by default, at least one of each included class unless told otherwise. */
export function getRandomPassword(input: GetRandomPasswordRequest): GetRandomPasswordResponse {
  const length = input.PasswordLength ?? 32;
  const excluded = new Set(input.ExcludeCharacters ?? '');
  const classes = [
    input.ExcludeLowercase ? '' : LOWERCASE,
    input.ExcludeUppercase ? '' : UPPERCASE,
    input.ExcludeNumbers ? '' : NUMBERS,
    input.ExcludePunctuation ? '' : PUNCTUATION,
    input.IncludeSpace ? SPACE : '',
  ].map((set) => [...set].filter((char) => !excluded.has(char)).join('')).filter(Boolean);
  const alphabet = classes.join('');
  if (!alphabet) throw invalidParameter('All characters have been excluded. Please include at least one character class.');
  const required = input.RequireEachIncludedType ?? true;
  if (required && length < classes.length) throw invalidParameter(`Password length is too short based on the required types.`);
  const chars = Array.from({ length }, () => alphabet[randomInt(alphabet.length)]!);
  if (required) {
    // One character of each class goes to a distinct random position, so none is missing.
    const positions = shuffled(Array.from({ length }, (_, index) => index)).slice(0, classes.length);
    classes.forEach((set, index) => {
      chars[positions[index]!] = set[randomInt(set.length)]!;
    });
  }
  return { RandomPassword: chars.join('') };
}

function shuffled<T>(items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = randomInt(index + 1);
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}
