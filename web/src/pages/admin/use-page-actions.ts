import { useState } from 'react';
import { useStatusMessage } from './status-message.tsx';

/**
 * What an administration page does around its dialogs and row actions: which dialog is `open`, the status line
 * (`message`), and `done(text)` after a change: close the dialog, announce `text`, reload the list. `run(action, text)`
 * sends a row's request (unlock, delete) with `busy` set, then calls `done(text)`, or keeps what it threw as `error`;
 * `close()` closes a dialog and forgets that error.
 */
export function usePageActions<Open>(reload: () => void) {
  const [open, setOpen] = useState<Open | null>(null);
  const [message, announce] = useStatusMessage();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const done = (text: string) => {
    setOpen(null);
    announce(text);
    reload();
  };
  const run = async (action: () => Promise<unknown>, text: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      done(text);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setOpen(null);
    setError(null);
  };
  return { open, setOpen, message, announce, done, run, error, busy, close };
}
