# The same handler under serverless-offline: prints the event's id, which the benchmark reads.
def handler(event, context):
    print("done %s" % event.get("id"), flush=True)
    return {"id": event.get("id")}
