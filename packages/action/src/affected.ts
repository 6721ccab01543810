// The `affected` sub-action's entry point (affected/action.yml): the services a change affects.
import { run } from './matrix.js';

await run();
