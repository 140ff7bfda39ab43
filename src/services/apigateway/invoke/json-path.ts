/** The JSONPath subset mapping templates use: `$`, `$.a.b`, `$['a']`, `$.a[0]`, `$.a[*].b`, `$..b` is not supported. */
export function jsonPath(document: unknown, path: string): unknown {
  const steps = parseSteps(path.trim());
  let current: unknown[] = [document];
  let many = false;
  for (const step of steps) {
    const next: unknown[] = [];
    for (const value of current) {
      if (value === null || typeof value !== 'object') continue;
      if (step === '*') {
        many = true;
        next.push(...(Array.isArray(value) ? value : Object.values(value)));
      } else if (Array.isArray(value) && /^-?\d+$/.test(step)) {
        const index = Number(step);
        const item = value[index < 0 ? value.length + index : index];
        if (item !== undefined) next.push(item);
      } else if (Object.hasOwn(value, step)) {
        next.push((value as Record<string, unknown>)[step]);
      }
    }
    current = next;
  }
  return many ? current : current[0];
}

function parseSteps(path: string): string[] {
  if (!path.startsWith('$')) path = `$.${path}`;
  const steps: string[] = [];
  const pattern = /\.([^.[\]]+)|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]|\[\s*(-?\d+|\*)\s*\]/y;
  pattern.lastIndex = 1;
  while (pattern.lastIndex < path.length) {
    const match = pattern.exec(path);
    if (!match) break;
    steps.push(match[1] ?? match[2] ?? match[3] ?? match[4]!);
  }
  return steps;
}
