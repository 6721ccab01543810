// The guide's handler in Node.js: succeeds on {"Success": true}, throws otherwise.
export const hello = async (event) => {
  if (event?.Success === true) {
    const body = { message: 'Go Serverless! Your function executed successfully!', input: event };
    return { statusCode: 200, body: JSON.stringify(body) };
  }
  throw new Error('Some serious failure');
};
