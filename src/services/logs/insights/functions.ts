import { QuerySyntaxError } from './tokens.js';

export type Value = string | number | boolean | null | undefined;

/** Scalar functions of the query language that filters and fields commonly use. */
export const FUNCTIONS: Record<string, (...args: Value[]) => Value> = {
  ispresent: (value) => value !== undefined && value !== null,
  isempty: (value) => value === undefined || value === null || value === '',
  isblank: (value) => value === undefined || value === null || String(value).trim() === '',
  strlen: (value) => (value === undefined || value === null ? undefined : String(value).length),
  tolower: (value) => (value === undefined || value === null ? value : String(value).toLowerCase()),
  toupper: (value) => (value === undefined || value === null ? value : String(value).toUpperCase()),
  trim: (value) => (value === undefined || value === null ? value : String(value).trim()),
  concat: (...values) => values.map((value) => (value === undefined || value === null ? '' : String(value))).join(''),
  substr: (value, start, length) => (value === undefined || value === null ? value : String(value).substr(Number(start), length === undefined ? undefined : Number(length))),
  replace: (value, search, replacement) => (value === undefined || value === null ? value : String(value).split(String(search)).join(String(replacement))),
  strcontains: (value, search) => (value === undefined || value === null ? false : String(value).includes(String(search))),
  abs: (value) => Math.abs(Number(value)),
  ceil: (value) => Math.ceil(Number(value)),
  floor: (value) => Math.floor(Number(value)),
  round: (value) => Math.round(Number(value)),
  tonumber: (value) => (value === undefined || value === null || value === '' ? undefined : Number(value)),
  tostring: (value) => (value === undefined || value === null ? value : String(value)),
};

export function callFunction(name: string, args: Value[]): Value {
  const fn = FUNCTIONS[name];
  if (!fn) throw new QuerySyntaxError(`unknown function ${name}`);
  return fn(...args);
}

/** Numbers compare numerically when both sides read as numbers, otherwise as text. */
export function toNumber(value: Value): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}
