# The Python runtime of the local cloud's Lambda: loads the handler and serves invocations through the
# Lambda Runtime API, as the managed python runtimes do.
import importlib
import json
import logging
import os
import socket
import sys
import time
import traceback

API_HOST, API_PORT = os.environ["AWS_LAMBDA_RUNTIME_API"].split(":")
PREFIX = "/2018-06-01/runtime"
TASK_ROOT = os.environ.get("LAMBDA_TASK_ROOT", os.getcwd())
HANDLER = os.environ.get("_HANDLER", "")
BOOTSTRAP_FILE = os.path.abspath(__file__)

# The runtime's own directory must not shadow the task's modules.
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(BOOTSTRAP_FILE)]
sys.path.insert(0, TASK_ROOT)

current_request_id = None

# A minimal HTTP/1.1 client for the Runtime API (answers read in order from one kept-alive socket):
# http.client costs several times more per invocation, and every answer of the API has a length.
_sock = None
_buf = b""
NEXT_PATH = PREFIX + "/invocation/next"


class Response:
    def __init__(self, status, headers):
        self.status = status
        self.headers = headers

    def getheader(self, name, default=None):
        return self.headers.get(name.lower(), default)


def _request(method, path, body, headers):
    data = body.encode("utf-8") if isinstance(body, str) else (body or b"")
    head = "%s %s HTTP/1.1\r\nHost: %s:%s\r\nContent-Length: %d\r\n" % (method, path, API_HOST, API_PORT, len(data))
    for k, v in (headers or {}).items():
        head += "%s: %s\r\n" % (k, v)
    return head.encode("latin-1") + b"\r\n" + data


def _send(data):
    global _sock, _buf
    if _sock is None:
        _sock = socket.create_connection((API_HOST, int(API_PORT)))
        _sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        _buf = b""
    _sock.sendall(data)


def _read():
    global _buf
    while True:
        end = _buf.find(b"\r\n\r\n")
        if end >= 0:
            lines = _buf[:end].decode("latin-1").split("\r\n")
            headers = {}
            for line in lines[1:]:
                k, _, v = line.partition(":")
                headers[k.strip().lower()] = v.strip()
            length = int(headers.get("content-length", "0"))
            if len(_buf) >= end + 4 + length:
                body = _buf[end + 4:end + 4 + length]
                _buf = _buf[end + 4 + length:]
                return Response(int(lines[0].split(" ")[1]), headers), body
        chunk = _sock.recv(65536)
        if not chunk:
            raise ConnectionError("Runtime API connection closed")
        _buf += chunk


def call(method, path, body=None, headers=None):
    _send(_request(method, path, body, headers))
    return _read()


def answer_and_next(method, path, body, headers):
    # The answer and the request for the next invocation in one write (HTTP/1.1 pipelining).
    _send(_request(method, path, body, headers) + _request("GET", NEXT_PATH, None, None))
    _read()
    return _read()


def _runtime_version():
    # The function's runtime (AWS_Lambda_python3.12), not the host interpreter's version.
    name = os.environ.get("AWS_EXECUTION_ENV", "").rpartition("python")[2]
    try:
        return tuple(int(n) for n in name.split("."))
    except ValueError:
        return sys.version_info[:2]


# Lambda's Python marshaller: json's default separators, raw UTF-8 from python3.12 (\uXXXX before), NaN allowed.
_ENSURE_ASCII = _runtime_version() < (3, 12)


def to_json(obj):
    return json.dumps(obj, ensure_ascii=_ENSURE_ASCII, allow_nan=True)


def log_event(text):
    # One log event: newlines travel as \r on the pipe, as Lambda keeps a traceback in one event.
    sys.stdout.write(text.replace("\n", "\r") + "\n")
    sys.stdout.flush()


class LambdaLogFormatter(logging.Formatter):
    def format(self, record):
        record.aws_request_id = current_request_id
        return super().format(record)


class LambdaLogHandler(logging.Handler):
    def emit(self, record):
        log_event(self.format(record))


_handler = LambdaLogHandler()
_handler.setFormatter(
    LambdaLogFormatter("[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s", "%Y-%m-%dT%H:%M:%S")
)
_handler.formatter.converter = time.gmtime
logging.getLogger().handlers = [_handler]
logging.getLogger().setLevel(logging.WARNING)


_TASK_ROOTS = sorted({os.path.abspath(TASK_ROOT), os.path.realpath(TASK_ROOT)}, key=len, reverse=True)


def lambda_path(filename):
    # On Lambda the code sits at /var/task: a handler's frames show that path rather than this host's.
    for root in _TASK_ROOTS:
        if filename.startswith(root + os.sep):
            return "/var/task" + filename[len(root):]
    return filename


def user_frames(tb):
    # extract_tb has read each frame's source line already, so renaming the file changes only what is shown.
    frames = [f for f in traceback.extract_tb(tb) if os.path.abspath(f.filename) != BOOTSTRAP_FILE]
    for f in frames:
        f.filename = lambda_path(f.filename)
    return frames


def error_payload(exc, request_id=None):
    payload = {"errorMessage": str(exc), "errorType": type(exc).__name__}
    if request_id is not None:
        payload["requestId"] = request_id
    payload["stackTrace"] = traceback.format_list(user_frames(exc.__traceback__))
    return payload


def log_error(payload):
    """`[ERROR] Type: message`, then the traceback with each line's leading spaces as U+00A0, no final newline."""
    lines = ["[ERROR] %s: %s" % (payload["errorType"], payload["errorMessage"])]
    if payload.get("stackTrace") is not None:
        lines.append("Traceback (most recent call last):")
        for entry in payload["stackTrace"]:
            for line in entry.splitlines():
                stripped = line.lstrip(" ")
                lines.append("\u00a0" * (len(line) - len(stripped)) + stripped)
    log_event("\n".join(lines))


def report_init_error(payload):
    log_error(payload)
    call(
        "POST",
        PREFIX + "/init/error",
        to_json(payload),
        {"Content-Type": "application/json", "Lambda-Runtime-Function-Error-Type": payload["errorType"]},
    )
    sys.exit(1)


def sdk_hint(exc):
    """Lambda's Python runtimes include boto3; here it is the host's python3's, which may lack it."""
    name = getattr(exc, "name", None) or ""
    if name.split(".")[0] not in ("boto3", "botocore"):
        return ""
    return (
        " (Lambda's Python runtimes include boto3; the local cloud runs Python handlers on this host's "
        "python3, %s, which has no %s: install it with '%s -m pip install boto3', or package it with "
        "the function or in a layer (python/))" % (sys.executable, name.split(".")[0], sys.executable)
    )


def load_handler():
    try:
        module_path, fn_name = HANDLER.rsplit(".", 1)
    except ValueError:
        report_init_error(
            {"errorMessage": "Bad handler '%s': not enough values to unpack (expected 2, got 1)" % HANDLER,
             "errorType": "Runtime.MalformedHandlerName", "requestId": "", "stackTrace": []}
        )
    module_name = module_path.replace("/", ".")
    try:
        module = importlib.import_module(module_name)
    except ImportError as e:
        report_init_error({"errorMessage": "Unable to import module '%s': %s%s" % (module_path, e, sdk_hint(e)),
                           "errorType": "Runtime.ImportModuleError", "requestId": "", "stackTrace": []})
    except SyntaxError as e:
        report_init_error({"errorMessage": "Syntax error in module '%s': %s" % (module_path, e),
                           "errorType": "Runtime.UserCodeSyntaxError", "requestId": "",
                           "stackTrace": traceback.format_list(user_frames(e.__traceback__))})
    except Exception as e:
        report_init_error(error_payload(e, ""))
    fn = getattr(module, fn_name, None)
    if fn is None:
        report_init_error({"errorMessage": "Handler '%s' missing on module '%s'" % (fn_name, module_path),
                           "errorType": "Runtime.HandlerNotFound", "requestId": "", "stackTrace": []})
    return fn


class CognitoIdentity:
    def __init__(self, data):
        self.cognito_identity_id = data.get("cognitoIdentityId")
        self.cognito_identity_pool_id = data.get("cognitoIdentityPoolId")


class ClientContext:
    def __init__(self, data):
        self.client = data.get("client")
        self.custom = data.get("custom")
        self.env = data.get("env")


class LambdaContext:
    def __init__(self, request_id, deadline_ms, invoked_arn, client_context, identity):
        self.aws_request_id = request_id
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = invoked_arn
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.client_context = ClientContext(json.loads(client_context)) if client_context else None
        self.identity = CognitoIdentity(json.loads(identity)) if identity else None
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        return int(max(self._deadline_ms - time.time() * 1000, 0))


handler = load_handler()

res, body = call("GET", NEXT_PATH)
while True:
    request_id = res.getheader("Lambda-Runtime-Aws-Request-Id")
    current_request_id = request_id
    context = LambdaContext(
        request_id,
        int(res.getheader("Lambda-Runtime-Deadline-Ms", "0")),
        res.getheader("Lambda-Runtime-Invoked-Function-Arn"),
        res.getheader("Lambda-Runtime-Client-Context"),
        res.getheader("Lambda-Runtime-Cognito-Identity"),
    )
    try:
        event = json.loads(body) if body else None
        result = handler(event, context)
        out = to_json(result)
    except Exception as e:
        payload = error_payload(e, request_id)
        log_error(payload)
        sys.stdout.flush()
        res, body = answer_and_next(
            "POST", PREFIX + "/invocation/%s/error" % request_id, to_json(payload),
            {"Content-Type": "application/json", "Lambda-Runtime-Function-Error-Type": payload["errorType"]})
        continue
    sys.stdout.flush()
    res, body = answer_and_next("POST", PREFIX + "/invocation/%s/response" % request_id, out,
                                {"Content-Type": "application/json"})
