import type { Target } from './api.generated.js';
import type { EventEnvelope } from './state.js';

/** What the rule that matched contributes to a target's input (the predefined `aws.events.*` variables). */
export interface MatchedRule {
  arn: string;
  name: string;
}

/** The text a target receives for an event: the event itself, or what its Input, InputPath or InputTransformer make of it. */
export function targetInput(target: Target, event: EventEnvelope, rule: MatchedRule, ingestionTime: string): string {
  if (target.Input !== undefined) return target.Input;
  if (target.InputPath !== undefined) return JSON.stringify(selectPath(event, target.InputPath) ?? null);
  if (target.InputTransformer) {
    const values = new Map<string, unknown>([
      ['aws.events.rule-arn', rule.arn],
      ['aws.events.rule-name', rule.name],
      ['aws.events.event.ingestion-time', ingestionTime],
      ['aws.events.event', withoutDetail(event)],
      ['aws.events.event.json', event],
    ]);
    for (const [name, path] of Object.entries(target.InputTransformer.InputPathsMap ?? {})) values.set(name, selectPath(event, path));
    return fillTemplate(target.InputTransformer.InputTemplate, values);
  }
  return JSON.stringify(event);
}

function withoutDetail(event: EventEnvelope): Omit<EventEnvelope, 'detail'> {
  const { detail: _detail, ...rest } = event;
  return rest;
}

/** A JSONPath of the simple form EventBridge accepts: `$`, `$.a.b`, `$.a[0]`, `$['a b']`. */
export function selectPath(value: unknown, path: string): unknown {
  let current = value;
  for (const step of pathSteps(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}

function pathSteps(path: string): string[] {
  const steps: string[] = [];
  const pattern = /\.([^.[\]]+)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/g;
  for (const match of path.slice(1).matchAll(pattern)) steps.push(match[1] ?? match[2] ?? match[3] ?? match[4]!);
  return steps;
}

/**
 * Replaces each `<name>` of the map. Inside a JSON string literal a value goes in as its text,
 * unescaped as AWS documents; elsewhere as JSON (so a string keeps its quotes), and a path that
 * selected nothing becomes `null`. A template that is not JSON gets plain text. JSON that comes out
 * valid is passed on minified, as AWS does.
 */
function fillTemplate(template: string, values: Map<string, unknown>): string {
  const json = looksLikeJson(template);
  const filled = substitute(template, values, json);
  if (!json) return filled;
  try {
    return JSON.stringify(JSON.parse(filled));
  } catch {
    return filled;
  }
}

function substitute(template: string, values: Map<string, unknown>, json: boolean): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < template.length; i++) {
    const char = template[i]!;
    if (char === '\\' && inString) {
      out += char + (template[i + 1] ?? '');
      i++;
      continue;
    }
    if (char === '"') inString = !inString;
    if (char === '<') {
      const end = template.indexOf('>', i);
      const name = end > i ? template.slice(i + 1, end) : '';
      if (values.has(name)) {
        out += render(values.get(name), json, inString);
        i = end;
        continue;
      }
    }
    out += char;
  }
  return out;
}

function render(value: unknown, json: boolean, inString: boolean): string {
  if (inString || !json) {
    if (value === undefined) return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

function looksLikeJson(template: string): boolean {
  const trimmed = template.trim();
  return trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed.startsWith('"');
}
