import { browser, type Browser } from 'wxt/browser';

/**
 * Typed request/answer messages between the extension's parts, over runtime and tabs messaging:
 * sendMessage('getPageState', undefined, tabId) resolves with the handler's answer or throws its error.
 *
 * On the wire a request is { id, type, data, timestamp } and an answer { res } or { err: { name,
 * message, stack } }: the format of @webext-core/messaging, which this replaced to keep its code
 * (a twentieth of the content script) off every page. The tests and the bench speak that format.
 */

type DataOf<F> = F extends (...args: infer A) => unknown ? (A extends [] ? undefined : A[0]) : never;
type AnswerOf<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;

export interface Message<P, K extends keyof P> {
  id: number;
  type: K;
  data: DataOf<P[K]>;
  timestamp: number;
  sender: Browser.runtime.MessageSender;
}

type Answer = { res?: unknown; err?: unknown };

/** An error as it crosses the wire: structured clone keeps plain objects, not Error instances. */
const serialize = (e: unknown) => (e instanceof Error ? { name: e.name, message: e.message, stack: e.stack ?? '' } : e);

function deserialize(e: unknown): unknown {
  const s = e as { name?: unknown; message?: unknown; stack?: unknown } | null;
  if (!s || typeof s !== 'object' || typeof s.message !== 'string') return e;
  const err = new Error(s.message);
  if (typeof s.name === 'string') err.name = s.name;
  if (typeof s.stack === 'string') err.stack = s.stack;
  return err;
}

/** P maps each message type to a function from its data to its answer, e.g. { getPageState(): PageState }. */
export function defineMessaging<P>() {
  type Key = keyof P & string;
  type Handler = (message: Message<P, Key>) => unknown;
  const handlers = new Map<string, Handler>();
  let seq = Math.floor(Math.random() * 1e4);

  const listener = (
    raw: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (answer: Answer) => void,
  ): boolean => {
    const m = raw as { type?: unknown; timestamp?: unknown } | null;
    if (!m || typeof m !== 'object' || typeof m.type !== 'string' || typeof m.timestamp !== 'number') return false;
    const handler = handlers.get(m.type);
    if (!handler) return false;
    (async (): Promise<Answer> => {
      try {
        return { res: await handler({ ...(m as Message<P, Key>), sender }) };
      } catch (err) {
        return { err: serialize(err) };
      }
    })().then(sendResponse);
    // The answer comes asynchronously: the channel stays open for sendResponse.
    return true;
  };

  /** Sends to the background and extension pages, or with tabId to that tab's content script. */
  async function sendMessage<K extends Key>(
    type: K,
    ...[data, tabId]: DataOf<P[K]> extends undefined
      ? [data?: undefined, tabId?: number]
      : [data: DataOf<P[K]>, tabId?: number]
  ): Promise<AnswerOf<P[K]>> {
    const message = { id: seq++, type, data, timestamp: Date.now() };
    const answer = (
      tabId == null
        ? await browser.runtime.sendMessage(message)
        : // A tab without our content script answers nothing, as one whose script has no handler.
          await browser.tabs.sendMessage(tabId, message).catch(() => undefined)
    ) as Answer | undefined;
    if (!answer) throw new Error('No response');
    if (answer.err != null) throw deserialize(answer.err);
    return answer.res as AnswerOf<P[K]>;
  }

  /** Answers one message type in this context (one handler each); returns the removal. */
  function onMessage<K extends Key>(
    type: K,
    handler: (message: Message<P, K>) => AnswerOf<P[K]> | Promise<AnswerOf<P[K]>>,
  ): () => void {
    if (handlers.has(type)) throw new Error(`[messaging] only one listener can be set up for ${type}`);
    if (!handlers.size) browser.runtime.onMessage.addListener(listener);
    handlers.set(type, handler as unknown as Handler);
    return () => {
      if (handlers.get(type) !== (handler as unknown)) return;
      handlers.delete(type);
      if (!handlers.size) browser.runtime.onMessage.removeListener(listener);
    };
  }

  return { sendMessage, onMessage };
}
