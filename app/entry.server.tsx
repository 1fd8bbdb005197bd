import { type AppLoadContext, type EntryContext } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { renderToString } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { createI18n, getLocale } from '~/utils/i18n'
import { NonceProvider } from '~/utils/nonce-provider'
import { PRIVATE_NO_STORE, withPrivateNoStore } from '~/utils/response-headers'

// How long Remix waits for a loader's promises while encoding the page's data (none defers).
export const streamTimeout = 5_000

// server/index.ts writes its cross-site refusals to the audit trail through this: it finds
// it on the build it loads, since the server's own code cannot import app/.
export { recordCrossOriginRefusal } from '~/utils/cross-origin-audit.server'

/**
 * Renders the document to a string and sends it as one body (docs/decisions/011).
 *
 * No page defers data or suspends, so a streamed render would be whole within a millisecond
 * of its shell anyway, and React's streaming renderer costs four to five times its string
 * renderer for the same markup (it encodes every small piece into bytes as it goes). The
 * page's data, which Remix hands over as a stream for `<Scripts>` to write in as it arrives,
 * is read whole first and written after the document, as the same two scripts Remix writes
 * (`StreamTransfer` in @remix-run/react): the browser's Remix reads the same thing. A page
 * that defers data would need the streaming renderer back; e2e/security.spec.ts fails if
 * hydration does.
 */
export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // The Content-Security-Policy nonce server/index.ts made for this request ('' in `remix vite:dev`).
  const nonce = typeof loadContext.cspNonce === 'string' ? loadContext.cspNonce : ''
  const i18n = createI18n(getLocale(request))
  const handoff = remixContext.serverHandoffStream
  const data = handoff ? await readText(handoff) : null
  const markup = renderToString(
    <NonceProvider value={nonce}>
      <I18nextProvider i18n={i18n}>
        <RemixServer
          context={{ ...remixContext, serverHandoffStream: undefined }}
          url={request.url}
          abortDelay={streamTimeout}
          nonce={nonce}
        />
      </I18nextProvider>
    </NonceProvider>,
  )
  responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
  responseHeaders.set('Cache-Control', PRIVATE_NO_STORE)
  const document = `<!DOCTYPE html>${markup}${data === null ? '' : dataScripts(data, nonce)}`
  // Bytes, not the string (a string body is checked character by character for lone
  // surrogates), sized first and written once: Buffer.from takes twice as long on a page of
  // Vietnamese text.
  const body = Buffer.allocUnsafe(Buffer.byteLength(document, 'utf8'))
  body.write(document, 'utf8')
  return new Response(body, { headers: responseHeaders, status: responseStatusCode })
}

/**
 * Every single-fetch `.data` answer (a page's data, an action's result, a redirect) is as
 * private as the page. Documents get the same in handleRequest; resource routes (no page)
 * set their own. Assets are served before Remix, cached for a year (server/index.ts).
 */
export function handleDataRequest(response: Response): Response {
  return withPrivateNoStore(response)
}

async function readText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder()
  let text = ''
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>)
    text += decoder.decode(chunk, { stream: true })
  return text + decoder.decode()
}

// Remix's escapeHtml (@remix-run/react/dist/markup.js): JSON inside a script cannot close it.
const SCRIPT_SAFE: Record<string, string> = {
  '&': '\\u0026',
  '>': '\\u003e',
  '<': '\\u003c',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

/** What Remix's StreamTransfer writes for a stream that arrived in one piece. */
function dataScripts(data: string, nonce: string): string {
  const nonceAttribute = nonce ? ` nonce="${nonce}"` : ''
  const json = JSON.stringify(data).replace(/[&><\u2028\u2029]/g, (character) => SCRIPT_SAFE[character]!)
  return (
    `<script${nonceAttribute}>window.__remixContext.streamController.enqueue(${json});</script>` +
    `<script${nonceAttribute}>window.__remixContext.streamController.close();</script>`
  )
}
