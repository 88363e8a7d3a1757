import { config, sitePath } from '../config/config'

// The publication as schema.org knows it: every NewsArticle's publisher, and the site an author page belongs
// to. Its logo is the masthead's when the site sets one (VITE_SITE_LOGO), otherwise the square icon shipped
// in public/ (search engines want a raster logo, and every site has this one).
const DEFAULT_LOGO = { path: 'publisher-logo.png', width: 512, height: 512 }

function absolute(pathOrUrl: string): string {
  return new URL(pathOrUrl, `${config.siteUrl}/`).href
}

export function publisherJsonLd() {
  const logo = config.logo
    ? {
        '@type': 'ImageObject',
        url: absolute(config.logo.src),
        ...(config.logo.width !== undefined && { width: config.logo.width }),
        ...(config.logo.height !== undefined && { height: config.logo.height }),
      }
    : {
        '@type': 'ImageObject',
        url: absolute(sitePath(`/${DEFAULT_LOGO.path}`)),
        width: DEFAULT_LOGO.width,
        height: DEFAULT_LOGO.height,
      }
  return {
    '@type': 'NewsMediaOrganization',
    name: config.siteName,
    url: absolute(sitePath('/')),
    logo,
  }
}
