import type { CatalogueOf } from '../../catalogue-types'
import type { en } from './en'

export const ar: CatalogueOf<typeof en> = {
  'photo.counter': 'الصورة {index} من {count}',
  'photo.close': 'إغلاق',
  'photo.previous': 'الصورة السابقة',
  'photo.next': 'الصورة التالية',
}
