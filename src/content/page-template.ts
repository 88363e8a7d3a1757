import { TRUSTED_TYPES_POLICIES } from './trusted-types'

// How a rendered page ({head, body}) goes into the client build's index.html. Shared by the build's prerenderer
// and the on-demand handler, so a page rendered on request is the same bytes as the prerendered one. Pure
// string work: runs on Node and on workers alike, and so lives with the content model that both programs share.

export interface RenderedPage {
  head: string
  body: string
}

export const ROOT_ELEMENT = '<div id="root"></div>'

const APP_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/

/**
 * A prerendered page is readable before any JavaScript runs, so the app's script waits for the first paint
 * and for the pictures in the first viewport (the page's largest paint is one of them: an article's lead
 * photo, a listing's first stories'): on a slow connection the app's 110 KB would otherwise share the line
 * with them and delay them. The page paints as early as plain HTML would. A photo that fails counts as done;
 * a hidden tab (no animation frames) or a photo that takes long still gets the app within a second.
 */
export function deferredAppLoader(src: string): string {
  // Under Trusted Types a script URL must come from a named policy; this one allows exactly the app's script.
  const url = JSON.stringify(src)
  const policy = JSON.stringify(TRUSTED_TYPES_POLICIES.appLoader)
  // In view: any part of it inside the viewport, laid out (not hidden). Read once, at DOMContentLoaded.
  return `<script>(function(){var done=false;var tt=window.trustedTypes&&trustedTypes.createPolicy(${policy},{createScriptURL:function(u){if(u!==${url})throw new TypeError('unexpected script');return u}});function load(){if(done)return;done=true;var s=document.createElement('script');s.type='module';s.src=tt?tt.createScriptURL(${url}):${url};document.head.appendChild(s)}function afterPaint(){requestAnimationFrame(function(){setTimeout(load,0)})}addEventListener('DOMContentLoaded',function(){var h=innerHeight,waiting=0;function one(){waiting-=1;if(waiting===0)afterPaint()}document.querySelectorAll('img').forEach(function(i){if(i.complete)return;var r=i.getBoundingClientRect();if(r.width===0||r.bottom<=0||r.top>=h)return;waiting+=1;i.addEventListener('load',one);i.addEventListener('error',one)});if(waiting===0)afterPaint();setTimeout(load,1000)})})()</script>`
}

export interface FillOptions {
  /** Prerendered content is on screen without the app: load its script after the first paint. */
  deferApp: boolean
}

export function fillTemplate(template: string, page: RenderedPage, options: FillOptions): string {
  // A page with a description of its own replaces the template's generic one.
  const ownDescription = page.head.includes('name="description"')
  const html = (
    ownDescription ? template.replace(/<meta\s+name="description"[^>]*>\s*/, '') : template
  )
    .replace(/<title>[^<]*<\/title>/, () => page.head)
    .replace(ROOT_ELEMENT, () => `<div id="root">${page.body}</div>`)
  if (!options.deferApp) return html
  const script = APP_SCRIPT.exec(html)
  if (!script?.[1]) throw new Error('The template has no module script for the app.')
  return html.replace(script[0], () => deferredAppLoader(script[1] ?? ''))
}
