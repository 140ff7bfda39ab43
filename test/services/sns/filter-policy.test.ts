import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FilterPolicyError, matchesFilterPolicy, parseFilterPolicy, type FilterPolicyScope, type FilterValue } from '../../../src/services/sns/filter-policy.js';

type Case = [policy: object, document: Record<string, FilterValue>, matches: boolean, scope?: FilterPolicyScope];

/** Cases from the operators in the AWS SNS documentation (string, numeric, key and IP matching, $or, nesting). */
const CASES: Record<string, Case[]> = {
  'exact string': [
    [{ customer_interests: ['rugby', 'tennis'] }, { customer_interests: 'rugby' }, true],
    [{ customer_interests: ['rugby', 'tennis'] }, { customer_interests: 'tennis' }, true],
    [{ customer_interests: ['rugby', 'tennis'] }, { customer_interests: ['rugby', 'tennis'] }, true],
    [{ customer_interests: ['rugby', 'tennis'] }, { customer_interests: 'baseball' }, false],
    [{ customer_interests: ['rugby', 'tennis'] }, { customer_interests: ['baseball'] }, false],
    [{ customer_interests: ['rugby'] }, { customer_interests: 'Rugby' }, false],
    [{ customer_interests: ['rugby'] }, {}, false],
    [{ store: ['example_corp'], event: ['order_placed'] }, { store: 'example_corp', event: 'order_placed' }, true],
    [{ store: ['example_corp'], event: ['order_placed'] }, { store: 'example_corp', event: 'order_cancelled' }, false],
  ],
  'anything-but': [
    [{ customer_interests: [{ 'anything-but': ['rugby', 'tennis'] }] }, { customer_interests: 'baseball' }, true],
    [{ customer_interests: [{ 'anything-but': ['rugby', 'tennis'] }] }, { customer_interests: 'rugby' }, false],
    [{ customer_interests: [{ 'anything-but': ['rugby', 'tennis'] }] }, { customer_interests: ['rugby', 'baseball'] }, false],
    [{ customer_interests: [{ 'anything-but': ['rugby', 'tennis'] }] }, { customer_interests: ['baseball', 'soccer'] }, true],
    [{ customer_interests: [{ 'anything-but': ['rugby', 'tennis'] }] }, {}, false],
    [{ customer_interests: [{ 'anything-but': 'rugby' }] }, { customer_interests: 'football' }, true],
    [{ price: [{ 'anything-but': [100, 500] }] }, { price: 100 }, false],
    [{ price: [{ 'anything-but': [100, 500] }] }, { price: 200 }, true],
    [{ event: [{ 'anything-but': { prefix: 'order-' } }] }, { event: 'order-cancelled' }, false],
    [{ event: [{ 'anything-but': { prefix: 'order-' } }] }, { event: 'data-entry' }, true],
    [{ event: [{ 'anything-but': { suffix: '-cancelled' } }] }, { event: 'order-cancelled' }, false],
    [{ event: [{ 'anything-but': { suffix: '-cancelled' } }] }, { event: 'order-placed' }, true],
  ],
  'prefix, suffix, equals-ignore-case': [
    [{ customer_interests: [{ prefix: 'bas' }] }, { customer_interests: 'baseball' }, true],
    [{ customer_interests: [{ prefix: 'bas' }] }, { customer_interests: 'basketball' }, true],
    [{ customer_interests: [{ prefix: 'bas' }] }, { customer_interests: 'rugby' }, false],
    [{ customer_interests: [{ prefix: 'bas' }] }, { customer_interests: ['rugby', 'basketball'] }, true],
    [{ customer_interests: [{ suffix: 'ball' }] }, { customer_interests: 'baseball' }, true],
    [{ customer_interests: [{ suffix: 'ball' }] }, { customer_interests: 'rugby' }, false],
    [{ customer_interests: [{ 'equals-ignore-case': 'tennis' }] }, { customer_interests: 'TENNIS' }, true],
    [{ customer_interests: [{ 'equals-ignore-case': 'tennis' }] }, { customer_interests: 'Tennis' }, true],
    [{ customer_interests: [{ 'equals-ignore-case': 'tennis' }] }, { customer_interests: 'baseball' }, false],
    [{ price: [{ prefix: '1' }] }, { price: 100 }, false],
  ],
  numeric: [
    [{ price_usd: [{ numeric: ['=', 301.5] }] }, { price_usd: 301.5 }, true],
    [{ price_usd: [{ numeric: ['=', 301.5] }] }, { price_usd: 3.015e2 }, true],
    [{ price_usd: [{ numeric: ['=', 301.5] }] }, { price_usd: 301.6 }, false],
    [{ price_usd: [{ numeric: ['<', 0] }] }, { price_usd: -1 }, true],
    [{ price_usd: [{ numeric: ['<', 0] }] }, { price_usd: 0 }, false],
    [{ price_usd: [{ numeric: ['>', 0, '<=', 150] }] }, { price_usd: 150 }, true],
    [{ price_usd: [{ numeric: ['>', 0, '<=', 150] }] }, { price_usd: 0 }, false],
    [{ price_usd: [{ numeric: ['>', 0, '<=', 150] }] }, { price_usd: 150.01 }, false],
    [{ price_usd: [{ numeric: ['>=', 100] }] }, { price_usd: 100 }, true],
    [{ price_usd: [{ numeric: ['>=', 100] }] }, { price_usd: '100' }, false],
    [{ price_usd: [301.5] }, { price_usd: 301.5 }, true],
    [{ price_usd: [301.5] }, { price_usd: '301.5' }, false],
  ],
  'key exists': [
    [{ store: [{ exists: true }] }, { store: 'example_corp' }, true],
    [{ store: [{ exists: true }] }, {}, false],
    [{ store: [{ exists: false }] }, {}, true],
    [{ store: [{ exists: false }] }, { store: 'example_corp' }, false],
    [{ store: [{ exists: false }], event: ['order_placed'] }, { event: 'order_placed' }, true],
  ],
  'IP address': [
    [{ source_ip: [{ cidr: '10.0.0.0/24' }] }, { source_ip: '10.0.0.255' }, true],
    [{ source_ip: [{ cidr: '10.0.0.0/24' }] }, { source_ip: '10.0.1.0' }, false],
    [{ source_ip: [{ cidr: '10.0.0.0/24' }] }, { source_ip: 'not-an-ip' }, false],
    [{ source_ip: [{ cidr: '2001:db8::/32' }] }, { source_ip: '2001:db8:1::1' }, true],
    [{ source_ip: [{ cidr: '2001:db8::/32' }] }, { source_ip: '10.0.0.1' }, false],
  ],
  '$or': [
    [{ source: ['aws.cloudwatch'], $or: [{ metricName: ['CPUUtilization'] }, { namespace: ['AWS/EC2'] }] }, { source: 'aws.cloudwatch', metricName: 'CPUUtilization' }, true],
    [{ source: ['aws.cloudwatch'], $or: [{ metricName: ['CPUUtilization'] }, { namespace: ['AWS/EC2'] }] }, { source: 'aws.cloudwatch', namespace: 'AWS/EC2' }, true],
    [{ source: ['aws.cloudwatch'], $or: [{ metricName: ['CPUUtilization'] }, { namespace: ['AWS/EC2'] }] }, { source: 'aws.cloudwatch', namespace: 'AWS/S3' }, false],
    [{ source: ['aws.cloudwatch'], $or: [{ metricName: ['CPUUtilization'] }, { namespace: ['AWS/EC2'] }] }, { source: 'aws.ec2', metricName: 'CPUUtilization' }, false],
    [{ $or: [{ price: [{ numeric: ['<', 10] }] }, { price: [{ numeric: ['>', 100] }] }] }, { price: 5 }, true],
    [{ $or: [{ price: [{ numeric: ['<', 10] }] }, { price: [{ numeric: ['>', 100] }] }] }, { price: 50 }, false],
  ],
  'message body': [
    [{ patient: { name: ['Alice'] } }, { patient: { name: 'Alice', age: 30 } }, true, 'MessageBody'],
    [{ patient: { name: ['Alice'] } }, { patient: { name: 'Bob' } }, false, 'MessageBody'],
    [{ patient: { name: ['Alice'] } }, { patient: 'Alice' }, false, 'MessageBody'],
    [{ patient: { address: { city: [{ prefix: 'San' }] } } }, { patient: { address: { city: 'San Jose' } } }, true, 'MessageBody'],
    [{ orders: { status: ['shipped'] } }, { orders: [{ status: 'pending' }, { status: 'shipped' }] }, true, 'MessageBody'],
    [{ flag: [true] }, { flag: true }, true, 'MessageBody'],
    [{ flag: [true] }, { flag: 'true' }, false, 'MessageBody'],
    [{ note: [null] }, { note: null }, true, 'MessageBody'],
    [{ patient: { age: [{ exists: false }] } }, { patient: { name: 'Alice' } }, true, 'MessageBody'],
    [{ patient: { age: [{ numeric: ['>=', 18] }] } }, { patient: { age: 17 } }, false, 'MessageBody'],
  ],
};

describe('SNS filter policy matching', () => {
  let total = 0;
  for (const [operator, cases] of Object.entries(CASES)) {
    for (const [policy, document, expected, scope = 'MessageAttributes'] of cases) {
      total++;
      it(`${operator}: ${JSON.stringify(policy)} ${expected ? 'matches' : 'does not match'} ${JSON.stringify(document)}`, () => {
        assert.equal(matchesFilterPolicy(parseFilterPolicy(JSON.stringify(policy), scope), document), expected);
      });
    }
  }
  it('has at least 60 cases', () => assert.ok(total >= 60, `${total} cases`));
});

describe('SNS filter policy checks', () => {
  const refused: Array<[string, string, FilterPolicyScope?]> = [
    ['not json', '{"a": [', undefined],
    ['not an object', '["a"]', undefined],
    ['six keys', JSON.stringify({ a: ['1'], b: ['1'], c: ['1'], d: ['1'], e: ['1'], f: ['1'] }), undefined],
    ['too many combinations', JSON.stringify({ a: Array.from({ length: 20 }, (_, i) => `${i}`), b: Array.from({ length: 10 }, (_, i) => `${i}`) }), undefined],
    ['nested in attribute scope', JSON.stringify({ a: { b: ['c'] } }), undefined],
    ['unknown operator', JSON.stringify({ a: [{ prefi: 'x' }] }), undefined],
    ['numeric out of range', JSON.stringify({ a: [{ numeric: ['>', 1e10] }] }), undefined],
    ['numeric bounds reversed', JSON.stringify({ a: [{ numeric: ['>', 10, '<', 5] }] }), undefined],
    ['numeric operator order', JSON.stringify({ a: [{ numeric: ['<', 10, '>', 5] }] }), undefined],
    ['exists not boolean', JSON.stringify({ a: [{ exists: 'yes' }] }), undefined],
    ['bad cidr', JSON.stringify({ a: [{ cidr: '10.0.0.0' }] }), undefined],
    ['empty array', JSON.stringify({ a: [] }), undefined],
    ['$or with one alternative', JSON.stringify({ $or: [{ a: ['b'] }] }), undefined],
    ['anything-but with booleans', JSON.stringify({ a: [{ 'anything-but': [true] }] }), undefined],
  ];
  for (const [what, policy, scope] of refused) {
    it(`refuses a policy: ${what}`, () => {
      assert.throws(() => parseFilterPolicy(policy, scope ?? 'MessageAttributes'), FilterPolicyError);
    });
  }
  it('accepts nesting in the body scope and five keys', () => {
    parseFilterPolicy(JSON.stringify({ a: { b: ['c'] } }), 'MessageBody');
    parseFilterPolicy(JSON.stringify({ a: ['1'], b: ['1'], c: ['1'], d: ['1'], e: ['1'] }), 'MessageAttributes');
  });
});
