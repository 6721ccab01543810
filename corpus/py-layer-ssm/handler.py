"""Approves a payment up to the limit kept in SSM; the currency came from SSM when the service was packaged."""
import datetime
import hashlib
import hmac
import json
import os
import urllib.parse
import urllib.request

import money  # from the layer


def _get_parameter_with_urllib(name):
    """GetParameter on the SSM JSON protocol, signed with Signature Version 4, for hosts without boto3."""
    region = os.environ["AWS_REGION"]
    endpoint = os.environ.get("AWS_ENDPOINT_URL") or "https://ssm.%s.amazonaws.com" % region
    host = urllib.parse.urlsplit(endpoint).netloc
    body = json.dumps({"Name": name}).encode()
    now = datetime.datetime.now(datetime.timezone.utc)
    amz_date, day = now.strftime("%Y%m%dT%H%M%SZ"), now.strftime("%Y%m%d")
    headers = {
        "content-type": "application/x-amz-json-1.1",
        "host": host,
        "x-amz-date": amz_date,
        "x-amz-target": "AmazonSSM.GetParameter",
    }
    if os.environ.get("AWS_SESSION_TOKEN"):
        headers["x-amz-security-token"] = os.environ["AWS_SESSION_TOKEN"]
    signed = ";".join(sorted(headers))
    canonical = "\n".join(
        ["POST", "/", ""]
        + ["%s:%s" % (k, headers[k]) for k in sorted(headers)]
        + ["", signed, hashlib.sha256(body).hexdigest()]
    )
    scope = "%s/%s/ssm/aws4_request" % (day, region)
    to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    key = ("AWS4" + os.environ["AWS_SECRET_ACCESS_KEY"]).encode()
    for part in (day, region, "ssm", "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    signature = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    headers["authorization"] = "AWS4-HMAC-SHA256 Credential=%s/%s, SignedHeaders=%s, Signature=%s" % (
        os.environ["AWS_ACCESS_KEY_ID"],
        scope,
        signed,
        signature,
    )
    request = urllib.request.Request(endpoint, data=body, headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=5) as answer:
        return json.loads(answer.read())["Parameter"]["Value"]


def _get_parameter(name):
    try:
        import boto3
    except ImportError:
        return _get_parameter_with_urllib(name)
    return boto3.client("ssm").get_parameter(Name=name)["Parameter"]["Value"]


def approve(event, context):
    cents = money.to_cents(event.get("amount"))
    limit = money.to_cents(float(_get_parameter(os.environ["LIMIT_PARAMETER"])))
    currency = os.environ["CURRENCY"]
    if cents > limit:
        raise Exception("%s is over the limit of %s" % (money.formatted(cents, currency), money.formatted(limit, currency)))
    return {"approved": money.formatted(cents, currency), "limit": money.formatted(limit, currency)}
