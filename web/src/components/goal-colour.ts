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
