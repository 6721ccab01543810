// The failure function of each stage: a Lambda destination, it logs the record it receives as one JSON line.
export const handler = async (event) => {
  console.log(JSON.stringify(event));
  return { received: true };
};
