import type { CatalogueOf } from '../../catalogue-types'
import type { en } from './en'

export const ar: CatalogueOf<typeof en> = {
  'place.label': 'موضع قراءتك',
  'place.youRead': 'قرأت من قبل {percent} من هذا المقال.',
  'place.continue': 'تابع من حيث توقفت',
  'place.top': 'ابدأ من الأعلى',
  'place.read': 'قُرئ {percent}',
}
