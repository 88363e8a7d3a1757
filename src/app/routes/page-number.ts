import { LIMITS } from '../../content/limits'

/** "/page/2" → 2. Anything that is not a page number an index could have is no page at all. */
export function pageNumber(param: string | undefined): number | undefined {
  if (param === undefined) return 1
  if (!/^[1-9]\d*$/.test(param)) return undefined
  const page = Number(param)
  return page <= LIMITS.indexPages ? page : undefined
}
