/**
 * Where a request comes from. The production server (server/index.ts) replaces this header
 * with the socket's address on every request, so a client cannot forge it.
 */
export const CLIENT_IP_HEADER = 'x-tiendo-client-ip'

export function getClientIp(request: Request): string {
  return request.headers.get(CLIENT_IP_HEADER) ?? 'unknown'
}

export function getUserAgent(request: Request): string {
  return (request.headers.get('user-agent') ?? '').slice(0, 300)
}
