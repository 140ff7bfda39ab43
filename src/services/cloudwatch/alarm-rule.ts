import type { StateValue } from './api.generated.js';

/** A composite alarm's AlarmRule as a tree. */
export type AlarmRule =
  | { type: 'state'; state: StateValue; alarm: string }
  | { type: 'constant'; value: boolean }
  | { type: 'not'; operand: AlarmRule }
  | { type: 'and' | 'or'; left: AlarmRule; right: AlarmRule };

export class AlarmRuleError extends Error {}

const STATES: Record<string, StateValue> = { ALARM: 'ALARM', OK: 'OK', INSUFFICIENT_DATA: 'INSUFFICIENT_DATA' };

/**
 * Parses the AlarmRule language: ALARM(name), OK(name), INSUFFICIENT_DATA(name) (names bare, quoted,
 * or alarm ARNs), TRUE, FALSE, AND, OR, NOT and parentheses.
 */
export function parseAlarmRule(source: string): AlarmRule {
  const tokens = source.match(/"(?:[^"\\]|\\.)*"|\(|\)|[^\s()"]+/g) ?? [];
  let index = 0;
  const orRule = (): AlarmRule => {
    let left = andRule();
    while (tokens[index] === 'OR') {
      index++;
      left = { type: 'or', left, right: andRule() };
    }
    return left;
  };
  const andRule = (): AlarmRule => {
    let left = unary();
    while (tokens[index] === 'AND') {
      index++;
      left = { type: 'and', left, right: unary() };
    }
    return left;
  };
  const unary = (): AlarmRule => {
    const token = tokens[index++];
    if (token === undefined) throw new AlarmRuleError('Unexpected end of the alarm rule');
    if (token === 'NOT') return { type: 'not', operand: unary() };
    if (token === 'TRUE' || token === 'FALSE') return { type: 'constant', value: token === 'TRUE' };
    if (token === '(') {
      const inner = orRule();
      if (tokens[index++] !== ')') throw new AlarmRuleError('Unbalanced parentheses in the alarm rule');
      return inner;
    }
    const state = STATES[token];
    if (!state || tokens[index] !== '(') throw new AlarmRuleError(`Unexpected ${token} in the alarm rule`);
    index++;
    const name = tokens[index++];
    if (name === undefined || name === ')' || tokens[index++] !== ')') throw new AlarmRuleError(`${token}() needs one alarm name`);
    return { type: 'state', state, alarm: unquote(name) };
  };
  const rule = orRule();
  if (index < tokens.length) throw new AlarmRuleError(`Unexpected ${tokens[index]} in the alarm rule`);
  return rule;
}

function unquote(text: string): string {
  return text.startsWith('"') ? text.slice(1, -1).replace(/\\(.)/g, '$1') : text;
}

/** The alarm names a rule refers to (ARNs reduced to names). */
export function alarmsOf(rule: AlarmRule): string[] {
  switch (rule.type) {
    case 'state':
      return [nameOf(rule.alarm)];
    case 'not':
      return alarmsOf(rule.operand);
    case 'and':
    case 'or':
      return [...alarmsOf(rule.left), ...alarmsOf(rule.right)];
    default:
      return [];
  }
}

export function nameOf(alarm: string): string {
  const arn = /^arn:aws[a-z-]*:cloudwatch:[^:]*:\d{12}:alarm:(.+)$/.exec(alarm);
  return arn ? arn[1]! : alarm;
}

/** Evaluates a rule against the children's states; also names the children whose state made it true. */
export function evaluateAlarmRule(rule: AlarmRule, stateOf: (name: string) => StateValue): { value: boolean; triggering: string[] } {
  switch (rule.type) {
    case 'constant':
      return { value: rule.value, triggering: [] };
    case 'state': {
      const name = nameOf(rule.alarm);
      const value = stateOf(name) === rule.state;
      return { value, triggering: value ? [name] : [] };
    }
    case 'not': {
      const inner = evaluateAlarmRule(rule.operand, stateOf);
      return { value: !inner.value, triggering: [] };
    }
    case 'and': {
      const [left, right] = [evaluateAlarmRule(rule.left, stateOf), evaluateAlarmRule(rule.right, stateOf)];
      return { value: left.value && right.value, triggering: left.value && right.value ? [...left.triggering, ...right.triggering] : [] };
    }
    case 'or': {
      const [left, right] = [evaluateAlarmRule(rule.left, stateOf), evaluateAlarmRule(rule.right, stateOf)];
      return { value: left.value || right.value, triggering: [...left.triggering, ...right.triggering] };
    }
  }
}
