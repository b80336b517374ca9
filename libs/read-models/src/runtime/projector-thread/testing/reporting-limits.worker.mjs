// A projector thread that reports the resource limits it was started with, then runs idle until asked to stop.
import { parentPort, resourceLimits } from 'node:worker_threads';

parentPort.postMessage({ type: 'log', level: 'log', message: `resource limits ${JSON.stringify(resourceLimits)}` });
parentPort.postMessage({ type: 'started' });
parentPort.on('message', (message) => {
  if (message.type === 'stop') parentPort.postMessage({ type: 'stopped' });
});
