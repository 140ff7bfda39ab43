import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FilterPatternError, parseFilterPattern } from '../../../src/services/logs/filter-pattern.js';

const APACHE = '127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] "GET /apache_pb.gif HTTP/1.0" 200 1534';
const APACHE_404 = '127.0.0.1 - - [10/Oct/2000:13:35:22 -0700] "GET /index.html HTTP/1.0" 404 -';
const CLOUDTRAIL = JSON.stringify({
  eventType: 'UpdateTrail', sourceIPAddress: '123.123.123.123', bandwidth: 80, latency: 500, errorCode: 'AccessDenied',
  user: { id: 1, email: 'John.Doe@example.com' }, users: [{ id: 2, email: 'John.Doe@example.com' }],
  arrayKey: ['value', 'another value'], objectList: [{ name: 'a', id: 1 }, { name: 'b', id: 2 }],
  SomeObject: null, ThisFlag: true, thatFlag: false,
});

/** [pattern, message, matches] — most taken from the filter pattern syntax pages of the AWS docs. */
const CASES: Array<[string, string, boolean]> = [
  ['', 'anything at all', true],
  ['ERROR', '[ERROR 400] BAD REQUEST', true],
  ['ERROR', '[WARN] all good', false],
  ['ERROR', 'error in lower case', false],
  ['ERROR ARGUMENTS', '[ERROR 400] BAD ARGUMENTS', true],
  ['ERROR ARGUMENTS', '[ERROR 400] BAD REQUEST', false],
  ['"INTERNAL SERVER ERROR"', '[ERROR 500] INTERNAL SERVER ERROR', true],
  ['"INTERNAL SERVER ERROR"', 'INTERNAL ERROR SERVER', false],
  ['?ERROR ?WARN', '[WARN] disk almost full', true],
  ['?ERROR ?WARN', '[ERROR 400] BAD REQUEST', true],
  ['?ERROR ?WARN', '[INFO] fine', false],
  ['ERROR -Exiting', '[ERROR] Exiting program', false],
  ['ERROR -Exiting', '[ERROR] retrying', true],
  ['"ERROR" -"Exiting"', '[ERROR] keep going', true],
  ['%ERROR|WARN%', '[WARN] regex', true],
  ['%[0-9]{3} ms%', 'took 250 ms', true],
  ['%[0-9]{3} ms%', 'took 25 ms', false],
  ['{ $.eventType = "UpdateTrail" }', CLOUDTRAIL, true],
  ['{ $.eventType = UpdateTrail }', CLOUDTRAIL, true],
  ['{ $.eventType = "CreateTrail" }', CLOUDTRAIL, false],
  ['{ $.eventType != "CreateTrail" }', CLOUDTRAIL, true],
  ['{ $.sourceIPAddress != 123.123.* }', CLOUDTRAIL, false],
  ['{ $.sourceIPAddress = 123.123.* }', CLOUDTRAIL, true],
  ['{ $.errorCode = "*Denied" }', CLOUDTRAIL, true],
  ['{ $.errorCode = "*UnauthorizedOperation" || $.errorCode = "AccessDenied*" }', CLOUDTRAIL, true],
  ['{ $.bandwidth > 75 }', CLOUDTRAIL, true],
  ['{ $.bandwidth < 75 }', CLOUDTRAIL, false],
  ['{ $.latency <= 500 }', CLOUDTRAIL, true],
  ['{ $.latency >= 501 }', CLOUDTRAIL, false],
  ['{ $.latency = 5e2 }', CLOUDTRAIL, true],
  ['{ $.user.id = 1 }', CLOUDTRAIL, true],
  ['{ ($.user.id = 1) && ($.users[0].email = "John.Doe@example.com") }', CLOUDTRAIL, true],
  ['{ ($.user.id = 2) && ($.users[0].email = "John.Doe@example.com") }', CLOUDTRAIL, false],
  ['{ ($.user.id = 2) || ($.users[0].id = 2) }', CLOUDTRAIL, true],
  ['{ $.user.id = 2 || $.bandwidth > 75 && $.latency < 100 }', CLOUDTRAIL, false],
  ['{ ($.user.id = 2 || $.bandwidth > 75) && $.latency <= 500 }', CLOUDTRAIL, true],
  ['{ $.arrayKey[0] = "value" }', CLOUDTRAIL, true],
  ['{ $.arrayKey[1] = "value" }', CLOUDTRAIL, false],
  ['{ $.objectList[1].id = 2 }', CLOUDTRAIL, true],
  ['{ $.SomeObject IS NULL }', CLOUDTRAIL, true],
  ['{ $.user IS NULL }', CLOUDTRAIL, false],
  ['{ $.SomeOtherObject NOT EXISTS }', CLOUDTRAIL, true],
  ['{ $.SomeObject NOT EXISTS }', CLOUDTRAIL, false],
  ['{ $.ThisFlag IS TRUE }', CLOUDTRAIL, true],
  ['{ $.thatFlag IS FALSE }', CLOUDTRAIL, true],
  ['{ $.thatFlag IS TRUE }', CLOUDTRAIL, false],
  ['{ $.eventType = %Update.*% }', CLOUDTRAIL, true],
  ['{ $.eventType = "UpdateTrail" }', 'not json at all', false],
  ['[ip, user, username, timestamp, request, status_code, bytes]', APACHE, true],
  ['[ip, user, username, timestamp, request, status_code]', APACHE, false],
  ['[ip, user, username, timestamp, request, status_code = 404, bytes]', APACHE_404, true],
  ['[ip, user, username, timestamp, request, status_code = 404, bytes]', APACHE, false],
  ['[ip, user, username, timestamp, request, status_code = 4*, bytes]', APACHE_404, true],
  ['[ip, user, username, timestamp, request = "*html*", status_code, bytes]', APACHE_404, true],
  ['[ip, user, username, timestamp, request = *.html*, status_code = 4*, bytes]', APACHE_404, true],
  ['[ip, user, username, timestamp, request = "*html*", status_code, bytes]', APACHE, false],
  ['[ip, user, username, timestamp, request, status_code >= 400 && status_code < 500, bytes]', APACHE_404, true],
  ['[ip, user, username, timestamp, request, status_code = 200 || status_code = 404, bytes]', APACHE, true],
  ['[ip, user, username, timestamp, request, status_code, bytes > 1000]', APACHE, true],
  ['[ip, user, username, timestamp, request, status_code, bytes > 2000]', APACHE, false],
  ['[ip, user = "-", ...]', APACHE, true],
  ['[ip, user != "-", ...]', APACHE, false],
  ['[..., status_code = 200, bytes]', APACHE, true],
  ['[ip, ..., bytes = 1534]', APACHE, true],
  ['[ip, ..., bytes = 1535]', APACHE, false],
];

describe('CloudWatch Logs filter patterns', () => {
  for (const [pattern, message, expected] of CASES) {
    it(`${expected ? 'matches' : 'rejects'} ${pattern || '(empty)'} for ${message.slice(0, 40)}`, () => {
      assert.equal(Boolean(parseFilterPattern(pattern).match(message)), expected);
    });
  }

  it('extracts named fields of space-delimited events, brackets and quotes removed', () => {
    const match = parseFilterPattern('[ip, user, username, timestamp, request, status_code, bytes]').match(APACHE);
    assert.deepEqual(match?.extractedValues, {
      $ip: '127.0.0.1', $user: '-', $username: 'frank', $timestamp: '10/Oct/2000:13:25:15 -0700',
      $request: 'GET /apache_pb.gif HTTP/1.0', $status_code: '200', $bytes: '1534',
    });
    assert.equal(match?.valueOf('$bytes'), '1534');
  });

  it('resolves JSON selectors as metric values', () => {
    const match = parseFilterPattern('{ $.latency > 0 }').match(CLOUDTRAIL);
    assert.equal(match?.valueOf('$.latency'), '500');
    assert.equal(match?.valueOf('$.user.email'), 'John.Doe@example.com');
  });

  for (const bad of ['{ $.a = ', '{ eventType = "x" }', '[a, b', '"unterminated', '{ $.a >> 1 }', 'foo{bar']) {
    it(`refuses the malformed pattern ${bad}`, () => {
      assert.throws(() => parseFilterPattern(bad), FilterPatternError);
    });
  }
});
