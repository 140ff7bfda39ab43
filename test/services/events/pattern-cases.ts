/**
 * Event pattern cases taken from the operators and examples of the EventBridge user guide
 * ("Creating event patterns", "Content filtering", "Comparison operators"): pattern, event, whether
 * it matches.
 */
export interface PatternCase {
  name: string;
  pattern: unknown;
  event: Record<string, unknown>;
  matches: boolean;
}

const ec2 = (detail: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-12-22T18:43:48Z',
  region: 'us-west-1',
  resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
  detail,
  ...extra,
});

const running = ec2({ 'instance-id': 'i-1234567890abcdef0', state: 'running' });
const c = (name: string, pattern: unknown, event: Record<string, unknown>, matches: boolean): PatternCase => ({ name, pattern, event, matches });

export const PATTERN_CASES: PatternCase[] = [
  // Exact values and arrays as OR
  c('source equals', { source: ['aws.ec2'] }, running, true),
  c('source differs', { source: ['aws.s3'] }, running, false),
  c('one of several sources', { source: ['aws.s3', 'aws.ec2'] }, running, true),
  c('detail-type and source', { source: ['aws.ec2'], 'detail-type': ['EC2 Instance State-change Notification'] }, running, true),
  c('all fields must match', { source: ['aws.ec2'], 'detail-type': ['Other'] }, running, false),
  c('nested detail value', { detail: { state: ['running'] } }, running, true),
  c('nested detail value differs', { detail: { state: ['stopped'] } }, running, false),
  c('nested OR', { detail: { state: ['stopped', 'running'] } }, running, true),
  c('empty pattern matches all', {}, running, true),
  c('matching is case sensitive', { detail: { state: ['Running'] } }, running, false),
  c('missing field never matches a value', { detail: { zone: ['a'] } }, running, false),
  c('deep nesting', { detail: { a: { b: { c: ['x'] } } } }, ec2({ a: { b: { c: 'x' } } }), true),
  c('deep nesting differs', { detail: { a: { b: { c: ['x'] } } } }, ec2({ a: { b: { c: 'y' } } }), false),
  c('nested pattern on a scalar', { detail: { state: { x: ['1'] } } }, running, false),
  c('resources array contains value', { resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'] }, running, true),
  c('resources array lacks value', { resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-0'] }, running, false),
  c('array event field, any element', { detail: { tags: ['b'] } }, ec2({ tags: ['a', 'b', 'c'] }), true),
  c('array event field, no element', { detail: { tags: ['z'] } }, ec2({ tags: ['a', 'b'] }), false),
  c('pattern list against array field', { detail: { tags: ['z', 'a'] } }, ec2({ tags: ['a', 'b'] }), true),
  c('array of objects, any element', { detail: { items: { sku: ['B'] } } }, ec2({ items: [{ sku: 'A' }, { sku: 'B' }] }), true),
  c('array of objects, none', { detail: { items: { sku: ['C'] } } }, ec2({ items: [{ sku: 'A' }, { sku: 'B' }] }), false),
  c('array of objects, fields from one element', { detail: { items: { sku: ['A'], qty: [2] } } }, ec2({ items: [{ sku: 'A', qty: 1 }, { sku: 'B', qty: 2 }] }), false),
  c('array of objects, same element', { detail: { items: { sku: ['B'], qty: [2] } } }, ec2({ items: [{ sku: 'A', qty: 1 }, { sku: 'B', qty: 2 }] }), true),
  // Numbers, booleans, null and empty strings
  c('number equals', { detail: { count: [5] } }, ec2({ count: 5 }), true),
  c('number equals decimal form', { detail: { count: [5] } }, ec2({ count: 5.0 }), true),
  c('number differs', { detail: { count: [5] } }, ec2({ count: 6 }), false),
  c('number does not match string', { detail: { count: [5] } }, ec2({ count: '5' }), false),
  c('string does not match number', { detail: { count: ['5'] } }, ec2({ count: 5 }), false),
  c('boolean true', { detail: { ok: [true] } }, ec2({ ok: true }), true),
  c('boolean false differs', { detail: { ok: [true] } }, ec2({ ok: false }), false),
  c('null matches null', { detail: { reason: [null] } }, ec2({ reason: null }), true),
  c('null does not match missing', { detail: { reason: [null] } }, ec2({}), false),
  c('null does not match empty string', { detail: { reason: [null] } }, ec2({ reason: '' }), false),
  c('empty string matches empty string', { detail: { reason: [''] } }, ec2({ reason: '' }), true),
  c('empty string does not match null', { detail: { reason: [''] } }, ec2({ reason: null }), false),
  c('null or value', { detail: { reason: [null, 'x'] } }, ec2({ reason: 'x' }), true),
  // prefix
  c('prefix', { time: [{ prefix: '2017-12-22' }] }, running, true),
  c('prefix differs', { time: [{ prefix: '2018' }] }, running, false),
  c('prefix on number', { detail: { count: [{ prefix: '1' }] } }, ec2({ count: 12 }), false),
  c('prefix empty string matches all strings', { detail: { state: [{ prefix: '' }] } }, running, true),
  c('prefix equals-ignore-case', { detail: { state: [{ prefix: { 'equals-ignore-case': 'RUN' } }] } }, running, true),
  c('prefix is case sensitive', { detail: { state: [{ prefix: 'RUN' }] } }, running, false),
  c('prefix in array field', { resources: [{ prefix: 'arn:aws:ec2' }] }, running, true),
  // suffix
  c('suffix', { detail: { key: [{ suffix: '.png' }] } }, ec2({ key: 'photos/cat.png' }), true),
  c('suffix differs', { detail: { key: [{ suffix: '.png' }] } }, ec2({ key: 'photos/cat.jpg' }), false),
  c('suffix equals-ignore-case', { detail: { key: [{ suffix: { 'equals-ignore-case': '.PNG' } }] } }, ec2({ key: 'cat.png' }), true),
  c('suffix is case sensitive', { detail: { key: [{ suffix: '.PNG' }] } }, ec2({ key: 'cat.png' }), false),
  c('one of prefix or suffix', { detail: { key: [{ prefix: 'docs/' }, { suffix: '.png' }] } }, ec2({ key: 'docs/a.txt' }), true),
  // anything-but
  c('anything-but value', { detail: { state: [{ 'anything-but': 'initializing' }] } }, running, true),
  c('anything-but excluded value', { detail: { state: [{ 'anything-but': 'running' }] } }, running, false),
  c('anything-but list', { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } }, running, true),
  c('anything-but list excluded', { detail: { state: [{ 'anything-but': ['stopped', 'running'] }] } }, running, false),
  c('anything-but number', { detail: { x: [{ 'anything-but': 0 }] } }, ec2({ x: 5 }), true),
  c('anything-but number excluded', { detail: { x: [{ 'anything-but': 0 }] } }, ec2({ x: 0 }), false),
  c('anything-but number list', { detail: { x: [{ 'anything-but': [100, 200, 300] }] } }, ec2({ x: 200 }), false),
  c('anything-but does not match missing', { detail: { zone: [{ 'anything-but': 'a' }] } }, running, false),
  c('anything-but prefix', { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } }, running, true),
  c('anything-but prefix excluded', { detail: { state: [{ 'anything-but': { prefix: 'run' } }] } }, running, false),
  c('anything-but suffix', { detail: { key: [{ 'anything-but': { suffix: '.txt' } }] } }, ec2({ key: 'a.png' }), true),
  c('anything-but suffix excluded', { detail: { key: [{ 'anything-but': { suffix: '.txt' } }] } }, ec2({ key: 'a.txt' }), false),
  c('anything-but equals-ignore-case', { detail: { state: [{ 'anything-but': { 'equals-ignore-case': 'RUNNING' } }] } }, running, false),
  c('anything-but equals-ignore-case list', { detail: { state: [{ 'anything-but': { 'equals-ignore-case': ['STOPPED', 'PENDING'] } }] } }, running, true),
  c('anything-but wildcard', { detail: { key: [{ 'anything-but': { wildcard: '*/lib/*' } }] } }, ec2({ key: '/usr/bin/x' }), true),
  c('anything-but wildcard excluded', { detail: { key: [{ 'anything-but': { wildcard: '*/lib/*' } }] } }, ec2({ key: '/usr/lib/x' }), false),
  // numeric
  c('numeric greater than', { detail: { c: [{ numeric: ['>', 0] }] } }, ec2({ c: 5 }), true),
  c('numeric greater than, equal', { detail: { c: [{ numeric: ['>', 5] }] } }, ec2({ c: 5 }), false),
  c('numeric at least', { detail: { c: [{ numeric: ['>=', 5] }] } }, ec2({ c: 5 }), true),
  c('numeric less than', { detail: { c: [{ numeric: ['<', 10] }] } }, ec2({ c: 9.99 }), true),
  c('numeric at most', { detail: { c: [{ numeric: ['<=', 10] }] } }, ec2({ c: 10.01 }), false),
  c('numeric equals', { detail: { c: [{ numeric: ['=', 3.018e2] }] } }, ec2({ c: 301.8 }), true),
  c('numeric range inside', { detail: { c: [{ numeric: ['>', 0, '<=', 5] }] } }, ec2({ c: 5 }), true),
  c('numeric range below', { detail: { c: [{ numeric: ['>', 0, '<=', 5] }] } }, ec2({ c: 0 }), false),
  c('numeric range above', { detail: { c: [{ numeric: ['>', 0, '<=', 5] }] } }, ec2({ c: 6 }), false),
  c('numeric negative', { detail: { c: [{ numeric: ['<', 0] }] } }, ec2({ c: -1.5 }), true),
  c('numeric against string', { detail: { c: [{ numeric: ['>', 0] }] } }, ec2({ c: '5' }), false),
  c('numeric against array', { detail: { c: [{ numeric: ['>', 10] }] } }, ec2({ c: [1, 20] }), true),
  c('numeric missing field', { detail: { c: [{ numeric: ['>', 0] }] } }, ec2({}), false),
  // exists
  c('exists true, present', { detail: { state: [{ exists: true }] } }, running, true),
  c('exists true, missing', { detail: { zone: [{ exists: true }] } }, running, false),
  c('exists false, missing', { detail: { zone: [{ exists: false }] } }, running, true),
  c('exists false, present', { detail: { state: [{ exists: false }] } }, running, false),
  c('exists true, null value', { detail: { reason: [{ exists: true }] } }, ec2({ reason: null }), true),
  c('exists false, parent missing', { detail: { a: { b: [{ exists: false }] } } }, running, true),
  c('exists true, parent missing', { detail: { a: { b: [{ exists: true }] } } }, running, false),
  c('exists false, empty array', { detail: { tags: [{ exists: false }] } }, ec2({ tags: [] }), true),
  c('exists false with other field', { source: ['aws.ec2'], detail: { zone: [{ exists: false }] } }, running, true),
  // equals-ignore-case
  c('equals-ignore-case', { 'detail-type': [{ 'equals-ignore-case': 'ec2 instance state-change notification' }] }, running, true),
  c('equals-ignore-case differs', { 'detail-type': [{ 'equals-ignore-case': 'ec2 instance' }] }, running, false),
  c('equals-ignore-case non-ascii', { detail: { city: [{ 'equals-ignore-case': 'ZÜRICH' }] } }, ec2({ city: 'zürich' }), true),
  c('equals-ignore-case not on numbers', { detail: { c: [{ 'equals-ignore-case': '5' }] } }, ec2({ c: 5 }), false),
  // cidr
  c('cidr ipv4 inside', { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } }, ec2({ sourceIPAddress: '10.0.0.255' }), true),
  c('cidr ipv4 outside', { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } }, ec2({ sourceIPAddress: '10.0.1.1' }), false),
  c('cidr ipv4 /32', { detail: { ip: [{ cidr: '192.168.1.7/32' }] } }, ec2({ ip: '192.168.1.7' }), true),
  c('cidr ipv4 /0', { detail: { ip: [{ cidr: '0.0.0.0/0' }] } }, ec2({ ip: '8.8.8.8' }), true),
  c('cidr odd prefix length', { detail: { ip: [{ cidr: '172.16.0.0/12' }] } }, ec2({ ip: '172.31.255.1' }), true),
  c('cidr odd prefix length outside', { detail: { ip: [{ cidr: '172.16.0.0/12' }] } }, ec2({ ip: '172.32.0.1' }), false),
  c('cidr ipv6 inside', { detail: { ip: [{ cidr: '2001:db8::/32' }] } }, ec2({ ip: '2001:db8:1234::1' }), true),
  c('cidr ipv6 outside', { detail: { ip: [{ cidr: '2001:db8::/32' }] } }, ec2({ ip: '2001:db9::1' }), false),
  c('cidr not an address', { detail: { ip: [{ cidr: '10.0.0.0/8' }] } }, ec2({ ip: 'ten' }), false),
  c('cidr ipv4 against ipv6 range', { detail: { ip: [{ cidr: '2001:db8::/32' }] } }, ec2({ ip: '10.0.0.1' }), false),
  // wildcard
  c('wildcard suffix of path', { detail: { key: [{ wildcard: 'dir/*.png' }] } }, ec2({ key: 'dir/cat.png' }), true),
  c('wildcard crosses slashes', { detail: { key: [{ wildcard: 'dir/*.png' }] } }, ec2({ key: 'dir/sub/cat.png' }), true),
  c('wildcard differs', { detail: { key: [{ wildcard: 'dir/*.png' }] } }, ec2({ key: 'other/cat.png' }), false),
  c('wildcard several stars', { detail: { key: [{ wildcard: '*/lib/*.so' }] } }, ec2({ key: '/usr/lib/libc.so' }), true),
  c('wildcard no star is exact', { detail: { key: [{ wildcard: 'abc' }] } }, ec2({ key: 'abc' }), true),
  c('wildcard escaped star is literal', { detail: { key: [{ wildcard: 'a\\*b' }] } }, ec2({ key: 'a*b' }), true),
  c('wildcard escaped star does not glob', { detail: { key: [{ wildcard: 'a\\*b' }] } }, ec2({ key: 'axxb' }), false),
  c('wildcard star matches empty', { detail: { key: [{ wildcard: 'a*b' }] } }, ec2({ key: 'ab' }), true),
  c('wildcard regex characters are literal', { detail: { key: [{ wildcard: 'a.b*' }] } }, ec2({ key: 'axb1' }), false),
  // $or
  c('$or first branch', { detail: { $or: [{ c: [{ numeric: ['>', 0, '<', 5] }] }, { d: [{ numeric: ['<', 10] }] }] } }, ec2({ c: 1, d: 100 }), true),
  c('$or second branch', { detail: { $or: [{ c: [{ numeric: ['>', 0, '<', 5] }] }, { d: [{ numeric: ['<', 10] }] }] } }, ec2({ c: 9, d: 1 }), true),
  c('$or no branch', { detail: { $or: [{ c: [{ numeric: ['>', 0, '<', 5] }] }, { d: [{ numeric: ['<', 10] }] }] } }, ec2({ c: 9, d: 100 }), false),
  c('$or at top level', { $or: [{ source: ['aws.s3'] }, { 'detail-type': ['EC2 Instance State-change Notification'] }] }, running, true),
  c('$or with sibling fields', { source: ['aws.s3'], $or: [{ detail: { state: ['running'] } }, { region: ['us-west-1'] }] }, running, false),
  c('$or nested branches', { $or: [{ detail: { $or: [{ a: ['1'] }, { b: ['2'] }] } }, { source: ['x'] }] }, ec2({ b: '2' }), true),
  c('$or with exists', { detail: { $or: [{ zone: [{ exists: true }] }, { state: ['running'] }] } }, running, true),
  // Combinations from the guide's content filtering examples
  c('s3 object created with prefix and size', {
    source: ['aws.s3'], 'detail-type': ['Object Created'],
    detail: { bucket: { name: ['my-bucket'] }, object: { key: [{ prefix: 'uploads/' }], size: [{ numeric: ['>', 1024] }] } },
  }, { source: 'aws.s3', 'detail-type': 'Object Created', detail: { bucket: { name: 'my-bucket' }, object: { key: 'uploads/a.bin', size: 2048 } } }, true),
  c('s3 object created too small', {
    source: ['aws.s3'], detail: { object: { size: [{ numeric: ['>', 1024] }] } },
  }, { source: 'aws.s3', detail: { object: { key: 'uploads/a.bin', size: 10 } } }, false),
  c('mixed matchers in one list', { detail: { state: ['pending', { prefix: 'run' }, { numeric: ['=', 1] }] } }, running, true),
  c('field named like an operator is a field', { detail: { prefix: ['x'] } }, ec2({ prefix: 'x' }), true),
];
