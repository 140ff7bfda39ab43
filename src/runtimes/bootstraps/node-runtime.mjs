// The Node.js runtime of Nimbus's Lambda: loads the handler named by _HANDLER from
// LAMBDA_TASK_ROOT (CommonJS or ES module), then serves events from the Lambda Runtime API.
import { existsSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';

const api = process.env.AWS_LAMBDA_RUNTIME_API;
const [apiHost, apiPort] = api.split(':');
let currentRequestId;
// One connection carries next, response, next…: a new one per call costs both processes a connect and an accept.
const agent = new Agent({ keepAlive: true });

function call(method, path, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: apiHost, port: Number(apiPort), method, path: `/2018-06-01/runtime${path}`, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

// Lambda's console: every line carries its time, request id and level.
for (const [method, level] of [['log', 'INFO'], ['info', 'INFO'], ['warn', 'WARN'], ['error', 'ERROR'], ['debug', 'DEBUG'], ['trace', 'TRACE']]) {
  console[method] = (...args) => {
    const text = format(...args).replace(/\n/g, '\r');
    process.stdout.write(`${new Date().toISOString()}\t${currentRequestId ?? 'undefined'}\t${level}\t${text}\n`);
  };
}

function errorJson(error) {
  if (error instanceof Error) {
    return { errorType: error.name || 'Error', errorMessage: error.message, trace: (error.stack ?? '').split('\n') };
  }
  return { errorType: typeof error, errorMessage: String(error), trace: [] };
}

// Response streaming, as the Node.js runtimes of Lambda offer it: a handler wrapped by
// awslambda.streamifyResponse gets a writable responseStream, whose bytes reach the caller as written.
const STREAMING = Symbol('awslambda.streaming');
globalThis.awslambda = {
  streamifyResponse: (handler) => Object.assign(handler, { [STREAMING]: true }),
  HttpResponseStream: {
    // A function URL reads the status and headers from this prelude, ended by eight zero bytes.
    from(responseStream, prelude) {
      responseStream.setContentType('application/vnd.awslambda.http-integration-response');
      responseStream.write(JSON.stringify(prelude ?? {}));
      responseStream.write(Buffer.alloc(8));
      return responseStream;
    },
  },
};

async function loadHandler() {
  const handlerName = process.env._HANDLER ?? '';
  const root = process.env.LAMBDA_TASK_ROOT;
  const dot = handlerName.lastIndexOf('.');
  if (dot < 0) throw Object.assign(new Error(`Bad handler ${handlerName}: missing module part`), { name: 'Runtime.MalformedHandlerName' });
  const modulePath = handlerName.slice(0, dot);
  const functionPath = handlerName.slice(dot + 1);
  const file = ['.js', '.mjs', '.cjs'].map((ext) => join(root, modulePath + ext)).find((candidate) => existsSync(candidate));
  if (!file) throw Object.assign(new Error(`Error: Cannot find module '${modulePath}'`), { name: 'Runtime.ImportModuleError' });
  let module;
  try {
    module = await import(pathToFileURL(file).href);
  } catch (error) {
    // As Lambda's runtime: a syntax error and a missing module are the runtime's errors; anything the module threw is its own.
    if (error instanceof SyntaxError) throw Object.assign(new Error(String(error)), { name: 'Runtime.UserCodeSyntaxError', stack: error.stack });
    if (error?.code === 'MODULE_NOT_FOUND' || error?.code === 'ERR_MODULE_NOT_FOUND') {
      throw Object.assign(new Error(String(error)), { name: 'Runtime.ImportModuleError', stack: error.stack });
    }
    throw error;
  }
  const handler = module[functionPath] ?? module.default?.[functionPath];
  if (typeof handler !== 'function') {
    throw Object.assign(new Error(`${modulePath}.${functionPath} is undefined or not exported`), { name: 'Runtime.HandlerNotFound' });
  }
  return handler;
}

function contextOf(headers) {
  const deadline = Number(headers['lambda-runtime-deadline-ms']);
  const clientContext = headers['lambda-runtime-client-context'];
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: headers['lambda-runtime-aws-request-id'],
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    clientContext: clientContext ? JSON.parse(clientContext) : undefined,
    identity: undefined,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
}

function run(handler, event, context) {
  if (handler.length < 3) return Promise.resolve().then(() => handler(event, context));
  return new Promise((resolve, reject) => {
    const callback = (error, result) => (error !== undefined && error !== null ? reject(error) : resolve(result));
    const returned = handler(event, context, callback);
    if (returned && typeof returned.then === 'function') returned.then(resolve, reject);
  });
}

// The response as one chunked POST: each write goes out as it is made; an error raised after the
// handler began writing travels in the trailers, as the Runtime API defines for streamed responses.
async function runStreaming(handler, event, context, requestId) {
  const responseStream = httpRequest({
    host: apiHost, port: Number(apiPort), method: 'POST', path: `/2018-06-01/runtime/invocation/${requestId}/response`, agent,
    headers: { 'Lambda-Runtime-Function-Response-Mode': 'streaming', 'Transfer-Encoding': 'chunked', Trailer: 'Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body' },
  });
  const accepted = new Promise((resolve, reject) => {
    responseStream.on('response', (res) => res.resume().on('end', resolve));
    responseStream.on('error', reject);
  });
  responseStream.setContentType = (type) => responseStream.setHeader('Content-Type', type);
  try {
    await handler(event, responseStream, context);
  } catch (error) {
    const body = errorJson(error);
    console.error('Invoke Error', JSON.stringify(body));
    responseStream.addTrailers({
      'Lambda-Runtime-Function-Error-Type': body.errorType,
      'Lambda-Runtime-Function-Error-Body': Buffer.from(JSON.stringify(body)).toString('base64'),
    });
  }
  // A handler that returns without ending its stream has said all it will.
  if (!responseStream.writableEnded) responseStream.end();
  await accepted;
}

let handler;
try {
  handler = await loadHandler();
} catch (error) {
  const body = errorJson(error);
  console.error(`Init Error`, JSON.stringify(body));
  await call('POST', '/init/error', JSON.stringify(body), { 'lambda-runtime-function-error-type': body.errorType });
  process.exit(1);
}

for (;;) {
  const next = await call('GET', '/invocation/next');
  const requestId = next.headers['lambda-runtime-aws-request-id'];
  currentRequestId = requestId;
  // A handler whose promise never settles must run into its timeout, not end the process.
  const keepAlive = setInterval(() => {}, 1 << 30);
  try {
    if (handler[STREAMING]) {
      await runStreaming(handler, JSON.parse(next.body || 'null'), contextOf(next.headers), requestId);
    } else {
      const result = await run(handler, JSON.parse(next.body || 'null'), contextOf(next.headers));
      await call('POST', `/invocation/${requestId}/response`, JSON.stringify(result === undefined ? null : result));
    }
  } catch (error) {
    const body = errorJson(error);
    console.error('Invoke Error', JSON.stringify(body));
    await call('POST', `/invocation/${requestId}/error`, JSON.stringify(body), { 'lambda-runtime-function-error-type': body.errorType });
  }
  clearInterval(keepAlive);
  currentRequestId = undefined;
}
