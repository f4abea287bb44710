import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

/** What {@link useDisclosure} gives a button that shows and hides a panel below it. */
export interface Disclosure {
  open: boolean;
  setOpen(open: boolean): void;
  /** The panel's id, for the button's `aria-controls`. */
  panelId: string;
  /** The element around the button and the panel: a pointer down outside it closes the panel. */
  rootRef: RefObject<HTMLDivElement | null>;
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** Escape closes the panel and returns focus to the button; Tab out of the panel closes it. */
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

/**
 * A disclosure (WAI-ARIA Authoring Practices, "Disclosure (Show/Hide)"): a button with `aria-expanded` that shows a
 * panel; Escape or a click elsewhere closes it.
 */
export function useDisclosure(): Disclosure {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    } else if (event.key === 'Tab' && open) {
      // let focus move first, then close when it has left the whole widget
      setTimeout(() => {
        if (!rootRef.current?.contains(document.activeElement)) setOpen(false);
      }, 0);
    }
  }, [open]);

  return { open, setOpen, panelId, rootRef, buttonRef, onKeyDown };
}
