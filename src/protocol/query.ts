import { AwsError } from '../common/aws-error.js';
import type { Codec, ResponseContext } from './codec.js';
import { errorStatus, queryErrorCode } from './errors.js';
import { header, readBody, type HttpRequest, type HttpResponse } from './http-message.js';
import type { OperationModel, ServiceModel } from './model.js';
import { formTree, QUERY_NAMING, unflatten, type FormNaming } from './query-form.js';
import { quirksOf } from './quirks/index.js';
import { ShapeReader } from './shape-reader.js';
import { escapeXml, XmlWriter } from './xml-writer.js';

export const QUERY_BODY_LIMIT = 16 * 1024 * 1024;

/** The form parameters of a query request: the URL's and the urlencoded body's together. */
export async function formParams(request: HttpRequest): Promise<URLSearchParams> {
  const params = new URLSearchParams(request.rawQuery);
  const type = header(request, 'content-type') ?? '';
  if (request.method === 'POST' && type.startsWith('application/x-www-form-urlencoded')) {
    const body = await readBody(request, QUERY_BODY_LIMIT);
    for (const [name, value] of new URLSearchParams(body.toString('utf8'))) params.append(name, value);
  }
  return params;
}

export function malformedQuery(message: string): AwsError {
  return new AwsError('MalformedQueryString', message, 400);
}

/** Decodes query-style forms under a naming scheme; shared by the query and ec2 codecs. */
export async function decodeForm(request: HttpRequest, operation: OperationModel, model: ServiceModel, naming: FormNaming, invalid: (m: string) => AwsError): Promise<Record<string, unknown>> {
  if (!operation.input) return {};
  const tree = formTree(await formParams(request));
  const wire = unflatten(model, tree, operation.input, naming);
  return new ShapeReader(model, invalid, (member) => member).read(wire, operation.input) as Record<string, unknown>;
}

export async function operationFromAction(request: HttpRequest, model: ServiceModel): Promise<OperationModel | undefined> {
  const action = (await formParams(request)).get('Action');
  return action ? model.operations[action] : undefined;
}

/** The query protocol: form-encoded `Action` and members, XML answers wrapped in `<OpResponse>`. */
export const queryCodec: Codec = {
  protocol: 'query',

  resolveOperation: operationFromAction,

  decodeRequest(request, operation, model) {
    return decodeForm(request, operation, model, QUERY_NAMING, (message) => new AwsError('InvalidParameterValue', message, 400));
  },

  encodeResponse(output: Record<string, unknown>, operation: OperationModel, context: ResponseContext): HttpResponse {
    const { model } = context;
    const namespace = model.metadata.xmlNamespace ?? `https://${model.metadata.endpointPrefix}.amazonaws.com/doc/${model.metadata.apiVersion}/`;
    const xml = new XmlWriter(model).raw(`<${operation.name}Response xmlns="${escapeXml(namespace)}">`);
    if (operation.output) {
      const wrapper = operation.output.resultWrapper ?? quirksOf(context.service).resultWrapper?.(operation);
      if (wrapper) xml.raw(`<${wrapper}>`);
      xml.members(output, operation.output);
      if (wrapper) xml.raw(`</${wrapper}>`);
    }
    xml.raw(`<ResponseMetadata><RequestId>${context.requestId}</RequestId></ResponseMetadata></${operation.name}Response>`);
    return { status: 200, headers: xmlHeaders(context), body: xml.toString() };
  },

  encodeError(error: AwsError, context: ResponseContext): HttpResponse {
    const namespace = context.model.metadata.xmlNamespace;
    const body =
      `<ErrorResponse${namespace ? ` xmlns="${escapeXml(namespace)}"` : ''}><Error>` +
      `<Type>${error.senderFault ? 'Sender' : 'Receiver'}</Type>` +
      `<Code>${escapeXml(queryErrorCode(context.model, error))}</Code>` +
      `<Message>${escapeXml(error.message)}</Message>` +
      `</Error><RequestId>${context.requestId}</RequestId></ErrorResponse>`;
    return { status: errorStatus(context.model, error), headers: { ...xmlHeaders(context), ...error.headers }, body };
  },
};

function xmlHeaders(context: ResponseContext): Record<string, string> {
  return { 'content-type': 'text/xml', 'x-amzn-requestid': context.requestId };
}
