/** Wildcards and policy variables, as IAM matches actions, resources and `*Like` conditions. */

const PATTERNS = new Map<string, RegExp>();

/** `*` is any run of characters, `?` any one character; actions match case-insensitively. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const cacheKey = `${ignoreCase ? 'i' : 's'}${pattern}`;
  let regex = PATTERNS.get(cacheKey);
  if (!regex) {
    const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    regex = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
    if (PATTERNS.size > 5000) PATTERNS.clear();
    PATTERNS.set(cacheKey, regex);
  }
  return regex.test(value);
}

export function actionMatches(pattern: string, action: string): boolean {
  return pattern === '*' || wildcardMatch(pattern, action, true);
}

/**
 * ARNs match part by part: the first five colon-separated parts each as wildcards, the rest (the
 * resource, which may hold colons) as one wildcard.
 */
export function arnMatches(pattern: string, arn: string): boolean {
  if (pattern === '*') return true;
  const patternParts = splitArn(pattern);
  const arnParts = splitArn(arn);
  if (!patternParts || !arnParts) return wildcardMatch(pattern, arn);
  return patternParts.every((part, index) => wildcardMatch(part, arnParts[index]!));
}

function splitArn(arn: string): string[] | undefined {
  const parts = arn.split(':');
  if (parts.length < 6) return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/** Condition and variable values of a request: keys are compared case-insensitively, so stored lower-case. */
export type ContextKeys = Record<string, string[] | undefined>;

export function contextValues(keys: ContextKeys, name: string): string[] | undefined {
  return keys[name.toLowerCase()];
}

/**
 * Replaces `${aws:username}`-style variables with the request's values; `${*}`, `${?}` and `${$}`
 * stand for those characters. A variable the request lacks leaves the text unmatchable,
 * unless it names a default (`${aws:username, 'x'}`).
 */
export function substituteVariables(text: string, keys: ContextKeys): string | undefined {
  if (!text.includes('${')) return text;
  let unresolved = false;
  const result = text.replace(/\$\{([^}]+)\}/g, (_whole, body: string) => {
    if (body === '*' || body === '?' || body === '$') return body;
    const [name, fallback] = body.split(',').map((part) => part.trim());
    const value = contextValues(keys, name!)?.[0] ?? fallback?.replace(/^'(.*)'$/, '$1');
    if (value === undefined) unresolved = true;
    return value ?? '';
  });
  return unresolved ? undefined : result;
}
