import { Readable } from 'node:stream';
import { AwsError } from '../common/aws-error.js';
import type { Codec, ResponseContext } from './codec.js';
import { errorStatus } from './errors.js';
import type { HttpRequest, HttpResponse } from './http-message.js';
import type { OperationModel, ServiceModel, ShapeRef } from './model.js';
import { quirksOf } from './quirks/index.js';
import { bindRequest, bindResponse, bindTrailers, bodyMembers, matchOperation } from './rest-bindings.js';
import { ShapeReader } from './shape-reader.js';
import { contentEncodingOfObject, decodeRequestBody, isAwsChunked } from './streaming/request-body.js';
import { parseXmlDocument, xmlToWire } from './xml-reader.js';
import { escapeXml, XmlWriter } from './xml-writer.js';

/** XML documents in requests (bucket configurations, delete lists) are small; object bodies stream. */
export const XML_BODY_LIMIT = 16 * 1024 * 1024;

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * The rest-xml protocol: members bound to the URI, query string and headers; the rest in an XML
 * document, or one payload member that is the body itself, passed on as a stream when it is a blob.
 */
export const restXmlCodec: Codec = {
  protocol: 'rest-xml',

  async resolveOperation(request, model) {
    return matchOperation(request, model);
  },

  async decodeRequest(request, operation, model) {
    if (isAwsChunked(request)) {
      const encoding = contentEncodingOfObject(request);
      if (encoding === undefined) delete request.headers['content-encoding'];
      else request.headers['content-encoding'] = encoding;
    }
    const input = bindRequest(request, operation, model, invalidArgument);
    const body = bodyMembers(operation.input, model);
    if (body.payload) {
      const [member, ref] = body.payload;
      const value = await readPayload(request, ref, model, input, operation.input!, operation);
      if (value !== undefined) input[member] = value;
    } else if (body.members.length) {
      const document = await readDocument(request, operation);
      if (document) Object.assign(input, readStructure(document.node, operation.input!, model));
    } else {
      request.body.resume();
    }
    return input;
  },

  encodeResponse(output: Record<string, unknown>, operation: OperationModel, context: ResponseContext): HttpResponse {
    const { model } = context;
    const quirks = quirksOf(context.service);
    const bound = bindResponse(output, operation, model);
    const status = quirks.responseStatus?.(operation, output) ?? bound.status;
    const headers = { ...bound.headers, ...requestIdHeaders(context) };
    const body = bodyMembers(operation.output, model);
    if (body.payload) {
      const [member, ref] = body.payload;
      const value = output[member];
      if (value === undefined || value === null) return { status, headers };
      const shape = model.shapes[ref.shape]!;
      if (shape.type === 'blob' || shape.type === 'string') return { status, headers, body: payloadBody(value) };
      const root = ref.locationName ?? shape.locationName ?? ref.shape;
      return xmlResponse(status, headers, documentOf(root, value, ref, context));
    }
    if (!body.members.length) return { status, headers };
    const root = quirks.xmlRootName?.(operation, model) ?? model.shapes[operation.output!.shape]!.locationName ?? operation.output!.shape;
    return xmlResponse(status, headers, documentOf(root, output, operation.output!, context));
  },

  encodeError(error: AwsError, context: ResponseContext): HttpResponse {
    const quirks = quirksOf(context.service);
    const fields = Object.entries(error.fields)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([name, value]) => `<${name}>${escapeXml(String(value))}</${name}>`)
      .join('');
    const core = `<Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message>${fields}`;
    const body = quirks.bareXmlError
      ? `${XML_DECLARATION}<Error>${core}<RequestId>${context.requestId}</RequestId>${hostIdOf(context)}</Error>`
      : `${XML_DECLARATION}<ErrorResponse><Error><Type>${error.senderFault ? 'Sender' : 'Receiver'}</Type>${core}</Error><RequestId>${context.requestId}</RequestId></ErrorResponse>`;
    const headers = { ...requestIdHeaders(context), ...error.headers, 'content-type': 'application/xml' };
    return { status: errorStatus(context.model, error), headers, body };
  },
};

async function readPayload(request: HttpRequest, ref: ShapeRef, model: ServiceModel, input: Record<string, unknown>, inputRef: ShapeRef, operation: OperationModel): Promise<unknown> {
  const shape = model.shapes[ref.shape]!;
  if (shape.type === 'blob' || shape.type === 'string') {
    const { stream, trailers } = decodeRequestBody(request, operation.httpChecksum !== undefined);
    // Trailing headers exist only once the body has been read: they join the input then.
    stream.once('end', () => Object.assign(input, bindTrailers(trailers, inputRef, model, invalidArgument)));
    if (ref.streaming || shape.streaming) return stream;
    const bytes = await collect(stream, XML_BODY_LIMIT);
    return shape.type === 'string' ? bytes.toString('utf8') : bytes;
  }
  const document = await readDocument(request, operation);
  return document ? readStructure(document.node, ref, model) : undefined;
}

async function readDocument(request: HttpRequest, operation: OperationModel): Promise<ReturnType<typeof parseXmlDocument>> {
  const bytes = await collect(decodeRequestBody(request, operation.httpChecksum !== undefined).stream, XML_BODY_LIMIT);
  if (!bytes.length) return undefined;
  const document = parseXmlDocument(bytes.toString('utf8'));
  if (!document) throw malformedXml();
  return document;
}

function readStructure(node: Parameters<typeof xmlToWire>[0], ref: ShapeRef, model: ServiceModel): unknown {
  const wire = xmlToWire(node, ref, model);
  return new ShapeReader(model, () => malformedXml(), (member) => member).read(wire, ref);
}

async function collect(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      stream.destroy();
      throw new AwsError('MaxMessageLengthExceeded', 'Your request was too big.', 400);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function payloadBody(value: unknown): Readable | Buffer | string {
  if (value instanceof Readable || typeof value === 'string' || Buffer.isBuffer(value)) return value;
  return Buffer.from(value as Uint8Array);
}

function documentOf(root: string, value: unknown, ref: ShapeRef, context: ResponseContext): string {
  const namespace = quirksOf(context.service).xmlNamespace ?? context.model.metadata.xmlNamespace;
  return XML_DECLARATION + new XmlWriter(context.model, { listMemberDefault: 'member', timestampFormat: 'iso8601' }).element(root, value, ref, namespace).toString();
}

function xmlResponse(status: number, headers: Record<string, string>, body: string): HttpResponse {
  return { status, headers: { ...headers, 'content-type': 'application/xml' }, body };
}

function requestIdHeaders(context: ResponseContext): Record<string, string> {
  return quirksOf(context.service).responseHeaders?.(context.requestId) ?? { 'x-amzn-requestid': context.requestId };
}

function hostIdOf(context: ResponseContext): string {
  const hostId = quirksOf(context.service).hostId?.(context.requestId);
  return hostId ? `<HostId>${escapeXml(hostId)}</HostId>` : '';
}

function invalidArgument(message: string): AwsError {
  return new AwsError('InvalidArgument', message, 400);
}

function malformedXml(): AwsError {
  return new AwsError('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema', 400);
}
