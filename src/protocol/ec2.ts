import { AwsError } from '../common/aws-error.js';
import type { Codec, ResponseContext } from './codec.js';
import { errorStatus } from './errors.js';
import type { HttpResponse } from './http-message.js';
import type { OperationModel } from './model.js';
import { decodeForm, operationFromAction } from './query.js';
import { EC2_NAMING } from './query-form.js';
import { escapeXml, XmlWriter } from './xml-writer.js';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * The EC2 query protocol: form-encoded `Action`, `Version` and members named by EC2's rules, XML
 * answers `<OpResponse>` with a `<requestId>` first and no result wrapper, lists of `<item>`.
 */
export const ec2Codec: Codec = {
  protocol: 'ec2',

  resolveOperation: operationFromAction,

  decodeRequest(request, operation, model) {
    return decodeForm(request, operation, model, EC2_NAMING, (message) => new AwsError('InvalidParameterValue', message, 400));
  },

  encodeResponse(output: Record<string, unknown>, operation: OperationModel, context: ResponseContext): HttpResponse {
    const { model } = context;
    // The model's xmlNamespace lacks the trailing slash that EC2's answers carry.
    const namespace = `http://ec2.amazonaws.com/doc/${model.metadata.apiVersion}/`;
    const xml = new XmlWriter(model, { listMemberDefault: 'item', timestampFormat: 'iso8601' })
      .raw(`${XML_DECLARATION}<${operation.name}Response xmlns="${escapeXml(namespace)}">`)
      .raw(`<requestId>${escapeXml(context.requestId)}</requestId>`);
    if (operation.output) xml.members(output, operation.output);
    xml.raw(`</${operation.name}Response>`);
    return { status: 200, headers: xmlHeaders(context), body: xml.toString() };
  },

  encodeError(error: AwsError, context: ResponseContext): HttpResponse {
    const body =
      `${XML_DECLARATION}<Response><Errors><Error>` +
      `<Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message>` +
      `</Error></Errors><RequestID>${escapeXml(context.requestId)}</RequestID></Response>`;
    return { status: errorStatus(context.model, error), headers: { ...xmlHeaders(context), ...error.headers }, body };
  },
};

function xmlHeaders(context: ResponseContext): Record<string, string> {
  return { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': context.requestId };
}
