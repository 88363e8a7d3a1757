/** The masthead's sections, compiled in from the content folder's sections.json (build/deploy/masthead-sections.ts). */
declare const __BROADSHEET_SECTIONS__: unknown
