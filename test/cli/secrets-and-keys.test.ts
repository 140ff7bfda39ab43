import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Nimbus } from '../../src/index.js';
import { startTestNimbus } from '../support/nimbus.js';
import { uniqueName } from '../support/calls.js';
import { AWS, awsV2, cli } from './support.js';

describe('AWS CLI: secretsmanager get-secret-value, kms encrypt and decrypt', { concurrency: true }, async () => {
  const v2 = await awsV2();
  let nimbus: Nimbus;
  let dir: string;
  before(async () => {
    nimbus = await startTestNimbus();
    dir = await mkdtemp(join(tmpdir(), 'nimbus-cli-'));
  });
  after(async () => {
    await nimbus?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const ok = async (binary: string, args: string[]): Promise<string> => {
    const answer = await cli(binary, nimbus.endpoint, args);
    assert.equal(answer.code, 0, answer.stderr);
    return answer.stdout;
  };

  for (const [label, binary] of [['v1', AWS], ['v2', v2]] as const) {
    it(`creates a secret and reads it back, as JSON and as text (CLI ${label})`, { skip: !binary && 'no AWS CLI v2' }, async () => {
      const name = uniqueName('app/db');
      const created = JSON.parse(await ok(binary!, ['secretsmanager', 'create-secret', '--name', name, '--secret-string', '{"user":"admin","password":"p@ss"}', '--output', 'json'])) as { ARN: string; VersionId: string };
      const value = JSON.parse(await ok(binary!, ['secretsmanager', 'get-secret-value', '--secret-id', name, '--output', 'json'])) as Record<string, unknown>;
      assert.equal(value.ARN, created.ARN);
      assert.equal(value.Name, name);
      assert.equal(value.VersionId, created.VersionId);
      assert.equal(value.SecretString, '{"user":"admin","password":"p@ss"}');
      assert.deepEqual(value.VersionStages, ['AWSCURRENT']);
      assert.equal(await ok(binary!, ['secretsmanager', 'get-secret-value', '--secret-id', created.ARN, '--query', 'SecretString', '--output', 'text']), '{"user":"admin","password":"p@ss"}\n');

      const bytes = Buffer.from([0, 1, 2, 0xfe, 0xff, ...Buffer.from('binary')]);
      await writeFile(join(dir, `${label}-secret.bin`), bytes);
      await ok(binary!, ['secretsmanager', 'create-secret', '--name', `${name}-binary`, '--secret-binary', `fileb://${join(dir, `${label}-secret.bin`)}`]);
      const binaryValue = await ok(binary!, ['secretsmanager', 'get-secret-value', '--secret-id', `${name}-binary`, '--query', 'SecretBinary', '--output', 'text']);
      assert.deepEqual(Buffer.from(binaryValue.trim(), 'base64'), bytes);

      const missing = await cli(binary!, nimbus.endpoint, ['secretsmanager', 'get-secret-value', '--secret-id', `${name}-missing`]);
      assert.equal(missing.code, label === 'v1' ? 255 : 254);
      assert.match(missing.stderr, /An error occurred \(ResourceNotFoundException\) when calling the GetSecretValue operation: Secrets Manager can't find the specified secret\./);
    });

    it(`encrypts a file and decrypts it back, base64-decoding the text output as the KMS docs show (CLI ${label})`, { skip: !binary && 'no AWS CLI v2' }, async () => {
      const keyId = (await ok(binary!, ['kms', 'create-key', '--description', 'cli round trip', '--query', 'KeyMetadata.KeyId', '--output', 'text'])).trim();
      const plaintext = Buffer.concat([Buffer.from('top secret \u00e9 '), Buffer.from([0, 0xff, 0x10])]);
      const plainFile = join(dir, `${label}-plain.bin`);
      await writeFile(plainFile, plaintext);
      const encrypted = await ok(binary!, ['kms', 'encrypt', '--key-id', keyId, '--plaintext', `fileb://${plainFile}`, '--encryption-context', 'purpose=cli-test', '--query', 'CiphertextBlob', '--output', 'text']);
      const cipherFile = join(dir, `${label}-cipher.bin`);
      await writeFile(cipherFile, Buffer.from(encrypted.trim(), 'base64'));
      assert.ok(!(await readFile(cipherFile)).includes(plaintext));

      const decrypted = await ok(binary!, ['kms', 'decrypt', '--ciphertext-blob', `fileb://${cipherFile}`, '--encryption-context', 'purpose=cli-test', '--query', 'Plaintext', '--output', 'text']);
      assert.deepEqual(Buffer.from(decrypted.trim(), 'base64'), plaintext);

      const wrongContext = await cli(binary!, nimbus.endpoint, ['kms', 'decrypt', '--ciphertext-blob', `fileb://${cipherFile}`, '--encryption-context', 'purpose=other']);
      assert.equal(wrongContext.code, label === 'v1' ? 255 : 254);
      assert.match(wrongContext.stderr, /An error occurred \(InvalidCiphertextException\) when calling the Decrypt operation/);
    });
  }
});
