// The benchmark's Node.js handler in the local cloud: prints the id (as the serverless-offline copy
// does) and returns; its destination record is the measurement.
export const handler = async (event) => {
  console.log(`done ${event.id}`);
  return { id: event.id };
};
