import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A page's confirmation line ("User rahim created"), read out politely by screen readers (`role="status"`, present
 * from the start so the announcement is heard) and cleared after a while.
 */
export function useStatusMessage(): [message: string, announce: (text: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const announce = useCallback((text: string) => {
    clearTimeout(timer.current);
    setMessage(text);
    timer.current = setTimeout(() => setMessage(''), 10_000);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [message, announce];
}

export function StatusMessage({ message }: { message: string }) {
  return <p className={message ? 'form-success' : 'form-success form-success--empty'} role="status">{message}</p>;
}
