import { createHash } from 'node:crypto';

export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const TITLES: Record<number, string> = { 403: '403 Forbidden', 404: '404 Not Found', 405: '405 Method Not Allowed' };

/** The HTML error page of S3 website endpoints, listing the error's code, message and request ids. */
export function errorPage(status: number, code: string, message: string, requestId: string, details: Record<string, string> = {}): string {
  const title = TITLES[status] ?? `${status} Error`;
  const items = [
    `<li>Code: ${escapeText(code)}</li>`,
    `<li>Message: ${escapeText(message)}</li>`,
    ...Object.entries(details).map(([name, value]) => `<li>${escapeText(name)}: ${escapeText(value)}</li>`),
    `<li>RequestId: ${escapeText(requestId)}</li>`,
    `<li>HostId: ${escapeText(createHash('sha384').update(requestId).digest('base64'))}</li>`,
  ];
  return `<html>\n<head><title>${title}</title></head>\n<body>\n<h1>${title}</h1>\n<ul>\n${items.join('\n')}\n</ul>\n<hr/>\n</body>\n</html>\n`;
}
