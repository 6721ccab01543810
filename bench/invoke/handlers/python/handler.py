# The benchmark's Python handler in the local cloud: prints the id (as the serverless-offline copy
# does) and returns; its destination record is the measurement.
def handler(event, context):
    print("done %s" % event.get("id"), flush=True)
    return {"id": event.get("id")}
