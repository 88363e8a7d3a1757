import type { CatalogueOf } from '../../catalogue-types'
import type { en } from './en'

export const fr: CatalogueOf<typeof en> = {
  'block.code': 'Code',
  'block.codeIn': 'Code ({language})',
  'block.formula': 'Formule',
  'block.table': 'Tableau',
  'block.gallery': 'Galerie de photos',
  'block.galleryCount': { one: '({count} photo)', other: '({count} photos)' },
  'block.video': 'Vidéo\u202f: {title}',
  'block.audio': 'Audio\u202f: {title}',
  'block.downloadVideo': 'Télécharger la vidéo\u202f: {title}',
  'block.downloadAudio': 'Télécharger l’enregistrement\u202f: {title}',
  'block.duration': '({duration})',
  'block.transcript': 'Transcription',
  'note.correction': 'Correction',
  'note.update': 'Mise à jour',
  'note.clarification': 'Précision',
  'note.editorsNote': 'Note de la rédaction',
  'note.label': '{label}\u202f:',
  'note.labelDated': '{label}, {date}\u202f:',
  'embed.video': 'vidéo {provider}',
  'embed.post': 'publication {provider}',
  'embed.audio': 'lecteur audio {provider}',
  'embed.chart': 'graphique {provider}',
  'embed.loading': 'Chargement du contenu ({what})…',
  'embed.notice':
    'L’afficher vous connecte à {provider}, qui peut déposer des cookies et suivre votre visite.',
  'embed.load': 'Afficher ({what})\u202f: {title}',
  'embed.open': 'Ouvrir sur {provider}\u202f: {title}',
  'embed.frameTitle': '{provider}\u202f: {title}',
}
