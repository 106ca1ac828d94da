import type { Language } from '../../common/i18n/language.js';

const en = {
  sheetTitle: 'Join our group on Clef',
  sheetCodeLabel: 'Our class code',
  sheetExpires: 'This code works until {date}.',
  sheetStepsTitle: 'How to join',
  step1: 'Open {url} on a phone, a tablet or a computer.',
  step2: 'Choose “I have a class code” and type the code above.',
  step3: 'Write your first name or a nickname. Never your surname!',
  step4: 'Choose your secret: 4 numbers or 4 pictures. Keep it to yourself, and write down your username.',
  sheetAdults: 'For adults: the child can start learning once the organisation has recorded a parent’s or guardian’s consent.',
  cardsTitle: 'Login cards',
  cardApp: 'Go to',
  cardUsername: 'Username',
  cardPin: 'Secret PIN',
  cardKeep: 'Keep this card. Do not show your PIN to anyone.',
};

type Key = keyof typeof en;

const fr: Record<Key, string> = {
  sheetTitle: 'Rejoins notre groupe sur Clef',
  sheetCodeLabel: 'Notre code de classe',
  sheetExpires: 'Ce code marche jusqu’au {date}.',
  sheetStepsTitle: 'Comment faire',
  step1: 'Ouvre {url} sur un téléphone, une tablette ou un ordinateur.',
  step2: 'Choisis « J’ai un code de classe » et tape le code ci-dessus.',
  step3: 'Écris ton prénom ou un surnom. Jamais ton nom de famille !',
  step4: 'Choisis ton code secret : 4 chiffres ou 4 images. Garde-le pour toi, et note ton nom d’utilisateur.',
  sheetAdults: 'Pour les adultes : l’enfant pourra commencer quand l’organisation aura enregistré l’accord d’un parent ou d’un tuteur.',
  cardsTitle: 'Cartes de connexion',
  cardApp: 'Va sur',
  cardUsername: 'Nom d’utilisateur',
  cardPin: 'Code secret',
  cardKeep: 'Garde bien cette carte. Ne montre ton code secret à personne.',
};

const labels: Record<Language, Record<Key, string>> = { en, fr };

export const childrenPdfLabel = (language: Language, key: Key, params: Record<string, string> = {}) =>
  labels[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);

export const childrenPdfLabelKeys = (language: Language) => Object.keys(labels[language]).sort();
