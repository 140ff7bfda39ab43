# The Python runtime of Nimbus's Lambda: imports the handler named by _HANDLER from
# LAMBDA_TASK_ROOT, then serves events from the Lambda Runtime API.
import http.client
import importlib
import json
import os
import sys
import time
import traceback

API = os.environ["AWS_LAMBDA_RUNTIME_API"]


def call(method, path, body=None, headers=None):
    connection = http.client.HTTPConnection(API, timeout=None)
    connection.request(method, "/2018-06-01/runtime" + path, body=body, headers=headers or {})
    response = connection.getresponse()
    data = response.read()
    result = (dict((k.lower(), v) for k, v in response.getheaders()), data)
    connection.close()
    return result


def error_json(error, request_id=None):
    body = {
        "errorMessage": str(error),
        "errorType": type(error).__name__,
    }
    if request_id:
        body["requestId"] = request_id
    body["stackTrace"] = traceback.format_list(traceback.extract_tb(error.__traceback__)[1:])
    return body


class LambdaContext:
    def __init__(self, headers):
        self._deadline = int(headers.get("lambda-runtime-deadline-ms", "0"))
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = headers.get("lambda-runtime-invoked-function-arn")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.aws_request_id = headers.get("lambda-runtime-aws-request-id")
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        client_context = headers.get("lambda-runtime-client-context")
        self.client_context = json.loads(client_context) if client_context else None
        self.identity = None

    def get_remaining_time_in_millis(self):
        return max(0, self._deadline - int(time.time() * 1000))


def load_handler():
    name = os.environ.get("_HANDLER", "")
    module_name, _, function_name = name.rpartition(".")
    if not module_name:
        raise HandlerError("Runtime.MalformedHandlerName", "Bad handler '%s': not enough values to unpack (expected 2, got 1)" % name)
    module_name = module_name.replace("/", ".")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise HandlerError("Runtime.ImportModuleError", "Unable to import module '%s': %s" % (module_name, error))
    except SyntaxError as error:
        raise HandlerError("Runtime.UserCodeSyntaxError", "Syntax error in module '%s': %s" % (module_name, error))
    handler = getattr(module, function_name, None)
    if handler is None:
        raise HandlerError("Runtime.HandlerNotFound", "Handler '%s' missing on module '%s'" % (function_name, module_name))
    return handler


class HandlerError(Exception):
    def __init__(self, error_type, message):
        super().__init__(message)
        self.error_type = error_type


def init_failed(body):
    print("[ERROR] %s: %s" % (body["errorType"], body["errorMessage"]), flush=True)
    call("POST", "/init/error", json.dumps(body), {"Lambda-Runtime-Function-Error-Type": body["errorType"]})
    sys.exit(1)


def main():
    sys.path.insert(0, os.environ["LAMBDA_TASK_ROOT"])
    try:
        handler = load_handler()
    except HandlerError as error:
        init_failed({"errorMessage": str(error), "errorType": error.error_type, "requestId": "", "stackTrace": []})
    except Exception as error:
        # An exception the module raised while importing is reported as itself, as Lambda's runtime does.
        trace = error_json(error)["stackTrace"]
        init_failed({"errorMessage": str(error), "errorType": type(error).__name__, "requestId": "", "stackTrace": trace})
    while True:
        headers, data = call("GET", "/invocation/next")
        request_id = headers["lambda-runtime-aws-request-id"]
        try:
            event = json.loads(data) if data else None
            result = handler(event, LambdaContext(headers))
        except Exception as error:
            body = error_json(error, request_id)
            print("[ERROR] %s: %s" % (body["errorType"], body["errorMessage"]), flush=True)
            call("POST", "/invocation/%s/error" % request_id, json.dumps(body),
                 {"Lambda-Runtime-Function-Error-Type": body["errorType"]})
            continue
        try:
            payload = json.dumps(result)
        except (TypeError, ValueError) as error:
            body = {"errorMessage": "Unable to marshal response: %s" % error, "errorType": "Runtime.MarshalError",
                    "requestId": request_id, "stackTrace": []}
            print("[ERROR] Runtime.MarshalError: %s" % body["errorMessage"], flush=True)
            call("POST", "/invocation/%s/error" % request_id, json.dumps(body),
                 {"Lambda-Runtime-Function-Error-Type": body["errorType"]})
            continue
        call("POST", "/invocation/%s/response" % request_id, payload)


if __name__ == "__main__":
    main()
