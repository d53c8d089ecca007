import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defineMessaging } from './messaging';

interface TestProtocol {
  double(data: { n: number }): number;
  ping(): string;
  fail(): void;
}

type Listener = (raw: unknown, sender: object, sendResponse: (answer: unknown) => void) => boolean;
const SENDER = { id: fakeBrowser.runtime.id, url: 'https://www.ainvest.com/news/x', tab: { id: 7 }, frameId: 0 };

/** Chrome's delivery: every listener gets the message; the first to keep the channel open answers. */
function deliver(raw: unknown): Promise<unknown> {
  const listeners = vi.mocked(fakeBrowser.runtime.onMessage.addListener).mock.calls.map((c) => c[0] as Listener);
  const live = listeners.filter((l) => fakeBrowser.runtime.onMessage.hasListener(l as never));
  return new Promise((resolve) => {
    if (!live.some((l) => l(raw, SENDER, resolve))) resolve(undefined);
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((m: unknown) => deliver(m) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((_tab: number, m: unknown) => deliver(m) as never);
});

describe('defineMessaging: typed requests and answers in the wire format of @webext-core/messaging', () => {
  it('answers a request with its handler, which sees the data and the sender', async () => {
    const { sendMessage, onMessage } = defineMessaging<TestProtocol>();
    const seen: unknown[] = [];
    onMessage('double', ({ data, sender }) => {
      seen.push(sender);
      return data.n * 2;
    });
    expect(await sendMessage('double', { n: 21 })).toBe(42);
    expect(await sendMessage('double', { n: 2 }, 7)).toBe(4);
    expect(seen).toEqual([SENDER, SENDER]);
  });

  it('puts { id, type, data, timestamp } on the wire and answers { res } or { err: { name, message, stack } }', async () => {
    const { onMessage } = defineMessaging<TestProtocol>();
    onMessage('double', async ({ data }) => data.n * 2);
    onMessage('fail', () => {
      throw new TypeError('unexpected sender');
    });
    expect(await deliver({ id: 1, type: 'double', data: { n: 4 }, timestamp: 1 })).toEqual({ res: 8 });
    expect(await deliver({ id: 2, type: 'fail', timestamp: 1 })).toEqual({
      err: { name: 'TypeError', message: 'unexpected sender', stack: expect.any(String) },
    });
  });

  it("throws the handler's error at the sender, and 'No response' when nobody answers", async () => {
    const { sendMessage, onMessage } = defineMessaging<TestProtocol>();
    onMessage('fail', () => {
      throw new Error('unexpected sender');
    });
    await expect(sendMessage('fail')).rejects.toThrow('unexpected sender');
    await expect(sendMessage('ping')).rejects.toThrow('No response');
    vi.mocked(fakeBrowser.tabs.sendMessage).mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    await expect(sendMessage('ping', undefined, 3)).rejects.toThrow('No response');
  });

  it('leaves messages of other shapes or types to other listeners (channel not kept open)', () => {
    const { onMessage } = defineMessaging<TestProtocol>();
    onMessage('ping', () => 'pong');
    const listener = vi.mocked(fakeBrowser.runtime.onMessage.addListener).mock.calls[0][0] as Listener;
    for (const raw of [null, 'ping', { type: 'ping' }, { type: 7, timestamp: 1 }, { type: 'double', timestamp: 1 }])
      expect(listener(raw, SENDER, () => {})).toBe(false);
    expect(listener({ type: 'ping', timestamp: 1 }, SENDER, () => {})).toBe(true);
  });

  it('takes one handler per type; removing the last one removes the runtime listener', () => {
    const { onMessage } = defineMessaging<TestProtocol>();
    const offPing = onMessage('ping', () => 'pong');
    expect(() => onMessage('ping', () => 'again')).toThrow(/only one listener/);
    const offDouble = onMessage('double', ({ data }) => data.n);
    expect(fakeBrowser.runtime.onMessage.addListener).toHaveBeenCalledTimes(1);
    const listener = vi.mocked(fakeBrowser.runtime.onMessage.addListener).mock.calls[0][0];
    offPing();
    expect(fakeBrowser.runtime.onMessage.hasListener(listener)).toBe(true);
    offDouble();
    expect(fakeBrowser.runtime.onMessage.hasListener(listener)).toBe(false);
  });
});
