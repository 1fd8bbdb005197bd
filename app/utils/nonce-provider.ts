import { createContext, useContext } from 'react'

/**
 * The Content-Security-Policy nonce of the request being rendered (server/index.ts makes a
 * new one for every request). Remix's inline scripts must carry it or the browser refuses
 * them. In the browser it is '' — browsers hide the attribute once the page is parsed, and
 * scripts added after hydration are modules loaded from this origin, which 'self' allows.
 */
const NonceContext = createContext('')

export const NonceProvider = NonceContext.Provider

export function useNonce() {
  return useContext(NonceContext)
}
