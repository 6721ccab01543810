// The post step's entry point: cleans up after the main step, even a cancelled one.
import { cleanup } from './cleanup.js';

await cleanup();
