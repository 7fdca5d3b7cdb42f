/**
 * Every user-visible string main shows itself (menu, close dialog, file dialogs), per language,
 * so switching the shell's language is one lookup. The renderer has its own i18n resources;
 * these stay here because main runs before (and without) the renderer.
 */
import type { ShellLanguage } from '@shared/ipc-contract';

export type MainLanguage = ShellLanguage;

export interface MainLabels {
  file: string;
  newPlan: string;
  open: string;
  openRecent: string;
  noRecent: string;
  clearRecent: string;
  save: string;
  saveAs: string;
  closePlan: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  view: string;
  window: string;
  help: string;
  about: string;
  /** Close dialog. `{name}` is replaced by the plan's title. */
  unsavedMessage: string;
  unsavedDetail: string;
  saveButton: string;
  dontSaveButton: string;
  cancelButton: string;
  /** File dialogs. */
  planFilterName: string;
  openPlanTitle: string;
  savePlanTitle: string;
  exportTitle: string;
}

export const MENU_LABELS: Record<MainLanguage, MainLabels> = {
  en: {
    file: '&File',
    newPlan: 'New Plan',
    open: 'Open…',
    openRecent: 'Open Recent',
    noRecent: 'No Recent Plans',
    clearRecent: 'Clear Recent',
    save: 'Save',
    saveAs: 'Save As…',
    closePlan: 'Close Plan',
    quit: 'Quit',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    view: '&View',
    window: 'Window',
    help: '&Help',
    about: 'About CSWB Workshop',
    unsavedMessage: 'Save the changes to “{name}” before closing?',
    unsavedDetail: 'If you don’t save, your changes since the last save will be lost.',
    saveButton: 'Save',
    dontSaveButton: 'Don’t Save',
    cancelButton: 'Cancel',
    planFilterName: 'CSWB plan',
    openPlanTitle: 'Open a plan',
    savePlanTitle: 'Save the plan',
    exportTitle: 'Export',
  },
  fr: {
    file: '&Fichier',
    newPlan: 'Nouveau plan',
    open: 'Ouvrir…',
    openRecent: 'Ouvrir un plan récent',
    noRecent: 'Aucun plan récent',
    clearRecent: 'Effacer la liste',
    save: 'Enregistrer',
    saveAs: 'Enregistrer sous…',
    closePlan: 'Fermer le plan',
    quit: 'Quitter',
    edit: '&Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    view: '&Affichage',
    window: 'Fenêtre',
    help: '&Aide',
    about: 'À propos de CSWB Workshop',
    unsavedMessage: 'Enregistrer les modifications de « {name} » avant de fermer?',
    unsavedDetail: 'Si vous n’enregistrez pas, les modifications depuis le dernier enregistrement seront perdues.',
    saveButton: 'Enregistrer',
    dontSaveButton: 'Ne pas enregistrer',
    cancelButton: 'Annuler',
    planFilterName: 'Plan CSWB',
    openPlanTitle: 'Ouvrir un plan',
    savePlanTitle: 'Enregistrer le plan',
    exportTitle: 'Exporter',
  },
};

/** The language for a locale such as "fr-CA"; English for anything we do not translate. */
export function languageFor(locale: string | undefined): MainLanguage {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Labels for a locale such as "fr-CA"; English for anything we do not translate. */
export function labelsFor(locale: string | undefined): MainLabels {
  return MENU_LABELS[languageFor(locale)];
}
