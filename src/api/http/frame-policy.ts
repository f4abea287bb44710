import type { FastifyReply, FastifyRequest } from 'fastify';

/** Site pages meant to be shown inside other sites' pages: the embeddable charts. */
const EMBEDDABLE = /^\/embed\//;

/**
 * `onSend` hook of the whole app: every HTML answer says who may frame it. The embeddable pages (`/embed/…`) send
 * `Content-Security-Policy: frame-ancestors *` and no `X-Frame-Options`, so any site may put them in an iframe;
 * every other page sends `frame-ancestors 'self'` and `X-Frame-Options: SAMEORIGIN` (for browsers without CSP 2).
 */
export async function framePolicy(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  const type = String(reply.getHeader('content-type') ?? '');
  if (!type.startsWith('text/html')) return payload;
  if (EMBEDDABLE.test(request.url)) {
    reply.header('content-security-policy', 'frame-ancestors *');
    reply.removeHeader('x-frame-options');
  } else {
    reply.header('content-security-policy', "frame-ancestors 'self'");
    reply.header('x-frame-options', 'SAMEORIGIN');
  }
  return payload;
}
