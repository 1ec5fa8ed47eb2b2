// The data the translate page works with, as the server sends it: the translation store's types
// (imported as types only, so nothing of the server reaches the browser bundle).
export type { TranslationUnit, TranslationWorkspace as TranslationWorkspaceData, UnitAlignment, UnitAnnotation, UnitTranslation } from '@/lib/translation-store/load-translation-workspace';
export type { UnitSuggestions } from '@/lib/translation-store/suggest-translations';
export type { TranslationHistoryEntry as UnitHistoryEvent } from '@/lib/translation-store/translation-history';
export type { UnitStatus } from '@/lib/translation/unit-status';
