// Which client a request comes from, for the login rate limit per client address.
//
// Next.js sets X-Forwarded-For to the socket's address unless the request already carries one, and
// a reverse proxy appends the address it saw: so the last entry is the one written by the nearest
// hop. Without a proxy a client can send its own header and choose that entry; the per-username
// limit still holds then, and deployments behind a proxy (the documented setup) get the real one.

const MAX_ADDRESS_LENGTH = 64;

/** The client address named by the X-Forwarded-For header, or null when there is none. */
export function clientAddressOf(forwardedFor: string | null): string | null {
  if (!forwardedFor) return null;
  const last = forwardedFor.split(',').at(-1)?.trim() ?? '';
  if (last === '') return null;
  // An IPv4-mapped IPv6 address is the same client as its IPv4 form.
  return last.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').slice(0, MAX_ADDRESS_LENGTH).toLowerCase();
}
