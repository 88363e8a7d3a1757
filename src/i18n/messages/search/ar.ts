import type { CatalogueOf } from '../../catalogue-types'
import type { en } from './en'

export const ar: CatalogueOf<typeof en> = {
  'search.title': 'البحث',
  'search.pageTitle': 'البحث: {query}',
  'search.label': 'ابحث في المقالات',
  'search.submit': 'بحث',
  'search.searching': 'جارٍ البحث عن «{query}»…',
  'search.found': {
    zero: 'لم يُعثر على أي مقال عن «{query}».',
    one: 'عُثر على مقال واحد عن «{query}».',
    two: 'عُثر على مقالين عن «{query}».',
    few: 'عُثر على {count} مقالات عن «{query}».',
    many: 'عُثر على {count} مقالًا عن «{query}».',
    other: 'عُثر على {count} مقال عن «{query}».',
  },
  'search.foundSince': {
    zero: 'لم يُعثر على أي مقال عن «{query}» منذ {date}.',
    one: 'عُثر على مقال واحد عن «{query}» منذ {date}.',
    two: 'عُثر على مقالين عن «{query}» منذ {date}.',
    few: 'عُثر على {count} مقالات عن «{query}» منذ {date}.',
    many: 'عُثر على {count} مقالًا عن «{query}» منذ {date}.',
    other: 'عُثر على {count} مقال عن «{query}» منذ {date}.',
  },
  'search.none': 'لم يُعثر على أي مقال عن «{query}».',
  'search.noneHint': 'جرّب كلمات أقل، أو تهجئة أخرى.',
  'search.unavailable': 'البحث غير متاح الآن.',
  'search.unavailableText':
    'تعذّر تحميل فهرس البحث. تحقّق من اتصالك وحاول مجددًا؛ الصفحة الأولى وكل المقالات ما زالت تعمل.',
  'search.offline': 'أنت غير متصل: سيُستأنف البحث حين تعود إلى الاتصال.',
  'search.offlineText':
    'يحتاج البحث إلى الاتصال ليطّلع على كل المقالات. أما المقالات التي قرأتها فما زالت تُفتح.',
  'search.resultsFor': 'نتائج «{query}»',
  'search.more': 'اعرض نتائج أكثر',
}
