// The page's Trusted Types policy names. The Content Security Policy the build writes allows exactly these
// (build/deploy/security-headers.ts), so the code that creates a policy and the header that permits it share
// one list. Here, beside the other names both programs use, because the app and the build may both import it.

export const TRUSTED_TYPES_POLICIES = {
  /** The prerendered page's deferred loader of the app's script (build/prerender/prerender-pages.ts). */
  appLoader: 'broadsheet-loader',
  /** The offline worker's registration (src/app/service-worker.ts). */
  serviceWorker: 'broadsheet-sw',
} as const
