// The README's main job until the verifier lands: start the local cloud in-process and check it answers.
import { startLocalCloud } from '@destinations-action/local-cloud';

const cloud = await startLocalCloud({ port: 0 });
const res = await fetch(`${cloud.url}/_localcloud/health`);
const health = await res.json();
console.log(`local cloud ${health.version} answers at ${cloud.url}: ${health.services.join(', ')}`);
await cloud.stop();
if (res.status !== 200) process.exit(1);
