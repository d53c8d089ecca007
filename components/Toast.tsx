import { useEffect, useRef } from 'preact/hooks';

export interface ToastProps {
  message: string;
  theme: 'light' | 'dark';
  /** Undo what the toast announces; the toast closes after. */
  onUndo: () => void;
  onDismiss: () => void;
  /** How long the toast stays when nothing is done with it. */
  timeoutMs?: number;
}

/** Time to read a short sentence and reach Undo (WCAG 2.2.1 allows an extension; a pointer over it pauses it). */
const TOAST_MS = 10_000;

/** "Mark hidden. [Undo]": a status message with one action, announced politely. */
export function Toast({ message, theme, onUndo, onDismiss, timeoutMs = TOAST_MS }: ToastProps) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const start = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(onDismiss, timeoutMs);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: the timer restarts only when a new message arrives
  useEffect(() => {
    start();
    return () => clearTimeout(timer.current);
  }, [message]);
  return (
    <div
      class="toast"
      data-theme={theme}
      role="status"
      data-testid="claimlens-toast"
      onPointerEnter={() => clearTimeout(timer.current)}
      onPointerLeave={start}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDismiss();
      }}
    >
      <span>{message}</span>
      <button type="button" onClick={onUndo} data-testid="toast-undo">
        Undo
      </button>
      <button type="button" class="close" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
