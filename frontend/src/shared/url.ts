/** The WebSocket URL of a path on the given http(s) origin: same host, ws or wss to match. */
export function wsUrl(path: string, origin: string = location.origin): string {
  const url = new URL(path, origin);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * The subprotocol list that carries one HTTP header through a browser's WebSocket upgrade. Quarkus
 * URL-decodes the entry, and a header value may hold characters a subprotocol may not (the space of
 * "Bearer …"), so the value is URI-encoded.
 */
export function headerCarryingProtocols(header: string, value: string): string[] {
  return ['bearer-token-carrier', `quarkus-http-upgrade#${header}#${encodeURIComponent(value)}`];
}
