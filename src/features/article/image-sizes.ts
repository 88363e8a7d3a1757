// How wide the article's pictures are drawn, for srcset selection (and the lead photo's preload, which must
// ask for the same file the page will use).
export const LEAD_IMAGE_SIZES = '(min-width: 60rem) 56rem, 100vw'
export const BODY_IMAGE_SIZES = '(min-width: 48rem) 42rem, 100vw'
