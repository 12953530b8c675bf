// A loopback webhook receiver in its own process for the fan-out benchmark, so that answering 100 deliveries
// does not compete with the sender for one event loop (in production the endpoints are other machines).
// argv[2]: JSON `Record<path, PathBehaviour>`. Prints `{"origin": "..."}` when listening; exits on stdin end.
import { startWebhookReceiver, type PathBehaviour } from '../test/support/webhook-receiver.js';

const behaviours = JSON.parse(process.argv[2] ?? '{}') as Record<string, PathBehaviour>;
const receiver = await startWebhookReceiver(behaviours);
process.stdout.write(`${JSON.stringify({ origin: receiver.origin })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void receiver.close().then(() => process.exit(0));
});
