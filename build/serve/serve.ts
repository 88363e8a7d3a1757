import { startServer } from './start-server'

// `npm run serve`: the built site on Node, every page rendered on request (after `npm run build`).
// PORT (default 4173) and HOST (default 127.0.0.1) choose where it listens. Put a CDN or Varnish in front:
// the pages say how long to keep them and what to purge them by (docs/deploy.md, "On-demand rendering").

const port = Number(process.env.PORT ?? '4173')
const running = await startServer({ port, host: process.env.HOST ?? '127.0.0.1' })
console.log(`serve: ${running.origin}/ (pages rendered on request; Ctrl-C stops)`)
const stop = () => {
  void running.close().then(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
