"""The guide's handler: succeeds on {"Success": true}, raises otherwise; and the destination functions."""
import json


def hello(event, context):
    if isinstance(event, dict) and event.get("Success") is True:
        body = {"message": "Go Serverless! Your function executed successfully!", "input": event}
        return {"statusCode": 200, "body": json.dumps(body)}
    raise Exception("Some serious failure")


def log_record(event, context):
    # A Lambda destination is read in its log: the record, as one JSON line.
    print(json.dumps(event))
    return {"received": True}
