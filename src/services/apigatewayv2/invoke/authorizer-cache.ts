const MAX_ENTRIES = 10_000;

/**
 * Lambda authorizer answers kept for `AuthorizerResultTtlInSeconds` of clock time, keyed by the
 * authorizer and its identity source values, as API Gateway caches them. An IAM policy is kept as
 * the function gave it and evaluated again for each route it is used on.
 */
export class AuthorizerCache {
  private readonly answers = new Map<string, { answer: Record<string, unknown>; expiresAt: number }>();

  get(key: string, now: number): Record<string, unknown> | undefined {
    const entry = this.answers.get(key);
    if (entry && entry.expiresAt > now) return entry.answer;
    this.answers.delete(key);
    return undefined;
  }

  put(key: string, answer: Record<string, unknown>, now: number, ttlSeconds: number): void {
    if (ttlSeconds <= 0) return;
    if (this.answers.size >= MAX_ENTRIES) for (const [stale, entry] of this.answers) if (entry.expiresAt <= now) this.answers.delete(stale);
    this.answers.set(key, { answer, expiresAt: now + ttlSeconds * 1000 });
  }
}
