import { main } from './cli'

// `npm run import -- <file> [--slug <slug>] [--force] [--out-dir <dir>]`: a saved news page (HTML or the text
// of one) becomes public/content/articles/<slug>.json. Everything but argument parsing and file IO lives in
// build/import, where it is tested.
process.exitCode = await main(process.argv.slice(2))
