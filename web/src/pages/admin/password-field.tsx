import { useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';

/** Letters and digits that cannot be mistaken for each other when read out or copied by hand (no 0/O, 1/l/I). */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** Length of a generated password: 16 characters of a 56-letter alphabet, about 93 bits. */
const GENERATED_LENGTH = 16;

/**
 * A password an admin gives someone: the field (shown in clear, so it can be read out or copied), a button that fills
 * it with a random one from the browser's cryptographic generator, and the rule (at least 12 characters).
 */
export function PasswordField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange(value: string): void }) {
  const { t, formatNumber } = useI18n();
  const [shown, setShown] = useState(true);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="password-field">
        <input id={id} type={shown ? 'text' : 'password'} required autoComplete="new-password" spellCheck={false}
          value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`} />
        <button type="button" className="button button--secondary" onClick={() => onChange(generatePassword())}>
          {t('admin.password.generate')}
        </button>
        <button type="button" className="button button--secondary" aria-pressed={shown} onClick={() => setShown((s) => !s)}>
          {t('admin.password.show')}
        </button>
      </div>
      <p id={`${id}-hint`} className="field__hint">{t('admin.password.hint', { n: formatNumber(12) })}</p>
    </div>
  );
}

/** A random password of {@link GENERATED_LENGTH} characters from {@link ALPHABET} (rejection sampling: no bias). */
export function generatePassword(): string {
  const out: string[] = [];
  const limit = 256 - (256 % ALPHABET.length);
  while (out.length < GENERATED_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(32))) {
      if (byte < limit && out.length < GENERATED_LENGTH) out.push(ALPHABET[byte % ALPHABET.length]!);
    }
  }
  return out.join('');
}
