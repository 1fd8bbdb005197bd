import { PassThrough } from 'node:stream'
import { type AppLoadContext, type EntryContext } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { isbot } from 'isbot'
import { renderToPipeableStream } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { createI18n, getLocale } from '~/utils/i18n'
import { NonceProvider } from '~/utils/nonce-provider'

export const streamTimeout = 5_000

// server/index.ts writes its cross-site refusals to the audit trail through this: it finds
// it on the build it loads, since the server's own code cannot import app/.
export { recordCrossOriginRefusal } from '~/utils/cross-origin-audit.server'

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // The Content-Security-Policy nonce server/index.ts made for this request ('' in `remix vite:dev`).
  const nonce = typeof loadContext.cspNonce === 'string' ? loadContext.cspNonce : ''
  const i18n = createI18n(getLocale(request))
  // Crawlers wait for everything, Suspense included; people for the shell (see below).
  const readyEvent = isbot(request.headers.get('user-agent') ?? '') ? 'onAllReady' : 'onShellReady'

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <I18nextProvider i18n={i18n}>
          <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
        </I18nextProvider>
      </NonceProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
          // No page defers data or suspends, so the document is whole within a millisecond of
          // its shell: it is sent as one body. Streamed, React's many small writes each crossed
          // a web stream, the adapter and the compressor, about a tenth of a page's server
          // time (docs/decisions/011).
          const chunks: Buffer[] = []
          const body = new PassThrough()
          body.on('data', (chunk: Buffer) => chunks.push(chunk))
          body.on('end', () =>
            resolve(new Response(Buffer.concat(chunks), { headers: responseHeaders, status: responseStatusCode })),
          )
          body.on('error', reject)
          pipe(body)
        },
        onShellError(error: unknown) {
          reject(error)
        },
        onError(error: unknown) {
          responseStatusCode = 500
          if (shellRendered) console.error(error)
        },
      },
    )
    setTimeout(abort, streamTimeout + 1_000)
  })
}
