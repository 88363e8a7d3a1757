// Published in the README and the JSON Schema. They keep a hostile or broken file from freezing the tab: past a
// limit the reader shows a clear message instead of trying to lay out the impossible.
export const LIMITS = {
  /** Bytes of one article file as received. Roomy enough for a 10,000-paragraph long read. */
  articleBytes: 8 * 1024 * 1024,
  /** Bytes of one page of the front-page index. */
  indexBytes: 2 * 1024 * 1024,
  blocks: 20_000,
  /** Characters of a short field: headline, kicker, section, names, titles, slugs. */
  shortText: 500,
  /** Characters of a standfirst, caption, credit, alt text or related headline. */
  mediumText: 2_000,
  /** Characters of one paragraph, quote or heading. */
  longText: 20_000,
  runsPerBlock: 500,
  authors: 20,
  relatedItems: 50,
  indexArticles: 1_000,
  /** Pages of the front-page index: a million stories at 30 a page. */
  indexPages: 100_000,
  imagePixels: 20_000,
  /** Width-and-format variants of one image (four widths in three formats is twelve). */
  imageVariants: 24,
  /** Items of one list, and of its one nested level. */
  listItems: 1_000,
  tableRows: 1_000,
  tableColumns: 50,
  /** Paragraphs and lists inside one fact box. */
  calloutParts: 100,
  galleryImages: 100,
  /** A day of video or audio. */
  mediaSeconds: 86_400,
  mediaTracks: 20,
  /** Characters of a transcript. */
  transcript: 200_000,
  topics: 30,
  /** Paragraphs of an author's biography (authors/<slug>.json). */
  authorBioParagraphs: 50,
  authorLinks: 20,
  /** Sections in the masthead's navigation (sections.json). */
  mastheadSections: 30,
  /** The front end shows this many related stories, however many the file lists. */
  relatedShown: 6,
} as const
