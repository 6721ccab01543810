// The Action's entry point: runs the main step.
import { run } from './main.js';

await run();
