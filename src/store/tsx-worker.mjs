// Worker threads on Node 20 do not inherit tsx's loader: register it here, then load the
// TypeScript module the pool names in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
