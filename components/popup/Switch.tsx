interface Props {
  label: string;
  checked: boolean;
  disabled?: boolean;
  hint?: string;
  testId?: string;
  onChange: (checked: boolean) => void;
}

/** A labelled checkbox styled as a switch; a native input keeps keyboard and screen readers working. */
export function Switch({ label, checked, disabled, hint, testId, onChange }: Props) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox reports its own checked state; aria-checked would duplicate it
        role="switch"
        checked={checked}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="switch-label">
        {label}
        {hint && <span class="hint">{hint}</span>}
      </span>
    </label>
  );
}
