/**
 * The text colour that reads best on a goal colour: white or near-black, whichever has the higher WCAG 2.2
 * contrast ratio (W3C, Web Content Accessibility Guidelines 2.2, "contrast ratio" and "relative luminance").
 * @example textOn('#4C9F38') // '#ffffff'   textOn('#FCC30B') // '#1b1b1b'
 */
export function textOn(background: string): '#ffffff' | '#1b1b1b' {
  const bg = luminance(background);
  const white = 1.05 / (bg + 0.05);
  const dark = (bg + 0.05) / (luminance('#1b1b1b') + 0.05);
  return white >= dark ? '#ffffff' : '#1b1b1b';
}

/**
 * A goal colour as a line or mark on white that meets WCAG 2.2's 3:1 for graphical objects (success criterion 1.4.11,
 * "non-text contrast"): the colour itself when it does, else the same hue darkened in 5 % steps until it does. Six
 * official goal colours are too light on white (goal 7's #FCC30B is 1.62:1, goals 2, 6, 9, 11 and 15 between 2.09
 * and 2.91); the others pass unchanged.
 * @example markOnWhite('#4C9F38') // '#4C9F38' (3.32:1)   markOnWhite('#FCC30B') // '#B78D05' (3.08:1)
 */
export function markOnWhite(colour: string): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return colour;
  const value = parseInt(match[1]!, 16);
  let rgb = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
  const hex = () => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
  let darkened = false;
  while (1.05 / (luminance(hex()) + 0.05) < 3) {
    rgb = rgb.map((c) => Math.floor(c * 0.95));
    darkened = true;
  }
  return darkened ? hex() : colour;
}

/** Relative luminance of a `#rrggbb` colour; an unreadable colour counts as mid grey. */
function luminance(hex: string): number {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return 0.2;
  const value = parseInt(match[1]!, 16);
  const channel = (shift: number): number => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}
