// The same-origin rule for writes: a browser sends Origin on every cross-site POST, so a write is
// accepted only when Origin (or, lacking it, Referer) names this very host.

export interface OriginHeaders {
  origin: string | null;
  referer: string | null;
  host: string | null;
}

export function isSameOriginWrite(headers: OriginHeaders): boolean {
  if (!headers.host) return false;
  const source = headers.origin ?? headers.referer;
  if (!source || source === 'null') return false;
  try {
    return new URL(source).host === headers.host;
  } catch {
    return false;
  }
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True when the Host header names this machine (first-run setup is offered only there). */
export function isLocalHost(host: string | null): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  return LOCAL_HOSTS.has(name.toLowerCase());
}
