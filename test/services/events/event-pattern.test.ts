import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InvalidPatternError, matchesPattern, parseEventPattern } from '../../../src/services/events/event-pattern.js';
import { PATTERN_CASES } from './pattern-cases.js';

describe('EventBridge event patterns (table from the user guide)', () => {
  it('has at least 100 cases', () => {
    assert.ok(PATTERN_CASES.length >= 100, `only ${PATTERN_CASES.length} cases`);
  });

  for (const { name, pattern, event, matches } of PATTERN_CASES) {
    it(`${matches ? 'matches' : 'does not match'}: ${name}`, () => {
      assert.equal(matchesPattern(parseEventPattern(JSON.stringify(pattern)), event), matches);
    });
  }
});

const INVALID: Array<[string, string]> = [
  ['not JSON', '{"source": '],
  ['not an object', '["aws.ec2"]'],
  ['a leaf that is not an array', '{"source": "aws.ec2"}'],
  ['an empty array', '{"source": []}'],
  ['an unknown operator', '{"source": [{"regex": "a.*"}]}'],
  ['two operators in one object', '{"source": [{"prefix": "a", "suffix": "b"}]}'],
  ['a numeric prefix', '{"source": [{"prefix": 5}]}'],
  ['exists that is not boolean', '{"source": [{"exists": "yes"}]}'],
  ['numeric with an unknown operator', '{"c": [{"numeric": ["!=", 5]}]}'],
  ['numeric with a string bound', '{"c": [{"numeric": [">", "5"]}]}'],
  ['numeric range upside down', '{"c": [{"numeric": [">", 10, "<", 5]}]}'],
  ['numeric with odd length', '{"c": [{"numeric": [">"]}]}'],
  ['cidr that is not a range', '{"ip": [{"cidr": "10.0.0.1"}]}'],
  ['cidr with a prefix too long', '{"ip": [{"cidr": "10.0.0.0/33"}]}'],
  ['wildcard with consecutive stars', '{"k": [{"wildcard": "a**b"}]}'],
  ['anything-but with an object list', '{"k": [{"anything-but": [{"prefix": "a"}]}]}'],
  ['anything-but with an unknown operator', '{"k": [{"anything-but": {"numeric": [">", 1]}}]}'],
  ['$or with one branch', '{"$or": [{"source": ["a"]}]}'],
  ['$or that is not a list of objects', '{"$or": ["a", "b"]}'],
  ['equals-ignore-case with a number', '{"k": [{"equals-ignore-case": 5}]}'],
];

describe('EventBridge event patterns refused', () => {
  for (const [name, text] of INVALID) {
    it(`refuses ${name}`, () => {
      assert.throws(() => parseEventPattern(text), (error: unknown) => error instanceof InvalidPatternError && error.message.startsWith('Event pattern is not valid.'));
    });
  }
});
