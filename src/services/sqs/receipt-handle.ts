import { randomBytes } from 'node:crypto';
import { receiptHandleIsInvalid } from './errors.js';

/** What a receipt handle names: the stored message and the receive that handed it out. */
export interface Receipt {
  messageKey: string;
  token: string;
}

const MARK = 'nimbus-sqs-1';

/** A new token for each receive, so every receive gets a handle of its own. */
export function newReceiptToken(): string {
  return randomBytes(16).toString('hex');
}

/** Opaque to clients, as SQS's are: base64 of the message's key and the receive's token. */
export function encodeReceiptHandle(receipt: Receipt): string {
  return Buffer.from(`${MARK}\n${receipt.messageKey}\n${receipt.token}`, 'utf8').toString('base64');
}

/** Reads a handle this queue handed out; anything else is ReceiptHandleIsInvalid. */
export function decodeReceiptHandle(handle: string, messagesPrefix: string): Receipt {
  const parts = /^[A-Za-z0-9+/]+={0,2}$/.test(handle) ? Buffer.from(handle, 'base64').toString('utf8').split('\n') : [];
  const [mark, messageKey, token] = parts;
  if (parts.length !== 3 || mark !== MARK || !messageKey?.startsWith(messagesPrefix) || !token) {
    throw receiptHandleIsInvalid(handle);
  }
  return { messageKey, token };
}
