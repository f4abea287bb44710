import { readFileSync } from 'node:fs';
import type { ProgressWordsI18n } from '../../web/src/progress/progress-words.ts';

const english = JSON.parse(readFileSync(new URL('../../web/src/i18n/en.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** The site's English strings with i18next's `{{name}}` interpolation and `defaultValue`, numbers in ASCII digits. */
export const englishWords: ProgressWordsI18n = {
  t(key, options = {}) {
    const text = key.split('.').reduce<unknown>((v, part) => (v as Record<string, unknown> | undefined)?.[part], english);
    const template = typeof text === 'string' ? text : String(options.defaultValue ?? key);
    return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(options[name] ?? ''));
  },
  formatShort: (value) => String(Math.round(value * 100) / 100),
  localDigits: (text) => String(text),
};
