/**
 * Where to go after signing in: the `next` address when it is a page of this site (a path starting with one `/`),
 * else `fallback`. Keeps an address such as `//evil.example` or `https://…` from sending a reader off the site.
 * @example safeNext('/admin/users?lang=bn', '/work') // '/admin/users?lang=bn'
 * safeNext('//evil.example', '/work') // '/work'
 */
export function safeNext(next: string | null | undefined, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

/**
 * The sign-in page's address that comes back to `here` afterwards.
 * @example signInPath('/admin/users') // '/sign-in?next=%2Fadmin%2Fusers'
 */
export function signInPath(here: string): string {
  return here === '/' || here.startsWith('/sign-in') ? '/sign-in' : `/sign-in?next=${encodeURIComponent(here)}`;
}
