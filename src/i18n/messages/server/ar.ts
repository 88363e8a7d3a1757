import type { CatalogueOf } from '../../catalogue-types'
import type { en } from './en'

export const ar: CatalogueOf<typeof en> = {
  'site.loading': 'جارٍ التحميل…',
  'site.defaultDescription': 'آخر الأخبار من {site}.',
  'site.noscript': 'يحتاج {site} إلى JavaScript لتحميل المقالات.',
  'site.templateDescription': '{site}: الأخبار، مطبوعة بعناية، بحجم النص الذي تختاره.',
  'site.description.section': 'آخر أخبار قسم {name}',
  'site.description.author': 'مقالات {name}',
  'site.description.topic': 'مقالات عن {name}',
  'site.description.page': '{what}، الصفحة {page}، من {site}.',
  'site.description.firstPage': '{what}، من {site}.',
  'site.description.frontPage': '{title}، من {site}.',
  'server.fallback.title': 'تعذّر عرض هذه الصفحة',
  'server.fallback.body': 'حدث خطأ أثناء عرض هذه الصفحة. يُرجى المحاولة مرة أخرى بعد قليل.',
}
