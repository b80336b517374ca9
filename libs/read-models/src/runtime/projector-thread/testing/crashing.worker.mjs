// A projector thread that starts, then dies at once: what startProjectorThread must restart.
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({ type: 'log', level: 'log', message: 'crashing worker started' });
parentPort.postMessage({ type: 'started' });
setTimeout(() => process.exit(1), 5);
