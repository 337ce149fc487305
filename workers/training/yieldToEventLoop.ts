// Lets queued messages (a comlink pause or reset) run between chunks of work. A MessageChannel task is not
// clamped like nested setTimeout(0) (≥ 4 ms after five levels), so a loop can yield often and cheaply.

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

function openChannel(): MessageChannel {
  const c = new MessageChannel();
  c.port1.onmessage = () => waiting.shift()?.();
  // Node keeps a process alive while a port is referenced; a worker or a page does not care.
  (c.port1 as unknown as { unref?: () => void }).unref?.();
  return c;
}

export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  const ports = (channel ??= openChannel());
  return new Promise((resolve) => {
    waiting.push(resolve);
    ports.port2.postMessage(null);
  });
}
