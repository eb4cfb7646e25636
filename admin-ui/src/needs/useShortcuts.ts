import { useEffect, useRef } from 'react';

/**
 * Single-key shortcuts, by physical key (`KeyJ`), so they work with the Russian layout too; never while
 * the user types in a field or holds a modifier.
 */
export function useShortcuts(handlers: Partial<Record<string, () => void>>, enabled = true): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]')) return;
      const handler = current.current[event.code];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}

/** Clicks the case action's button if the case offers it now (the buttons come from the API's allowedActions). */
export const pressAction = (name: string) =>
  document.querySelector<HTMLButtonElement>(`[data-testid="action-${name}"]:not([disabled])`)?.click();

/** Puts the cursor in the comment field, when the case may be commented on. */
export const focusComment = () => document.querySelector<HTMLElement>('#case-comment')?.focus();

/** The case shortcuts shared by the queue's side panel and the case page. */
export const CASE_SHORTCUTS = {
  KeyC: () => pressAction('claim'),
  KeyA: () => pressAction('accept'),
  KeyM: focusComment,
};
