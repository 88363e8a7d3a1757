// Slugs are a-z, 0-9 and hyphens (src/content/safe-url.ts), so a headline or a WordPress post_name in another
// script is written in Latin letters first: a plain letter-by-letter table (no dictionary, no vowels guessed),
// the same on every run, so a re-import writes the same file. Scripts without a table (Chinese, Japanese, Thai…)
// give no letters, and each importer falls back to its own stable name (post-<id>, article-<hash>).

const TABLE: Record<string, string> = {}

function add(letters: string, latin: string): void {
  // Every letter in these tables is one code point, so Array.from splits them right.
  const from = Array.from(letters)
  const to = latin.split(' ')
  from.forEach((letter, index) => {
    TABLE[letter] = to[index] ?? ''
  })
}

// Latin letters NFKD does not take apart.
add('ßæœøđłþðı', 'ss ae oe o d l th d i')
// Cyrillic (Russian, Ukrainian, Belarusian, Serbian, Macedonian, Bulgarian), as in ISO 9 / BGN, simplified.
add(
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  'a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya',
)
add('іїєґўђјљњћџѓќѕ', 'i yi ye g u dj j lj nj c dz gj kj dz')
// Greek, after accents are taken off.
add('αβγδεζηθικλμνξοπρσςτυφχψω', 'a v g d e z i th i k l m n x o p r s s t y f ch ps o')
// Arabic and Persian/Urdu letters, consonants only as written (short vowels are not written).
add(
  'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي',
  '_ a a w i y a b a t th j h kh d dh r z s sh s d t z _ gh f q k l m n h w a y',
)
add('پچژگکیۀەھٹڈڑںے', 'p ch zh g k y a e h t d r n e')
add('٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', '0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9')
// Hebrew (final forms too).
add('אבגדהוזחטיכךלמםנןסעפףצץקרשת', '_ b g d h v z kh t y k k l m m n n s _ p p ts ts k r sh t')

/** Text in Latin letters where a table knows the script; other letters are kept for the caller to drop. */
export function transliterate(text: string): string {
  let out = ''
  for (const character of text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()) {
    const latin = TABLE[character]
    out += latin === undefined ? character : latin === '_' ? '' : latin
  }
  return out
}

/** Whether the text has letters beyond a-z (so making its slug meant transliterating). */
export const hasNonLatinLetters = (text: string) =>
  /[^\p{Script=Latin}\P{L}]/u.test(text.normalize('NFKD'))
