// The same handler under serverless-offline, which has no destinations: it prints the event's id,
// and the benchmark reads serverless-offline's output as the stand-in for the record.
exports.handler = async (event) => {
  console.log(`done ${event.id}`);
  return { id: event.id };
};
