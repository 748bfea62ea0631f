// The few words the extension itself shows (the summary's labels come from the server).
import type { UiLanguage } from './model';

export interface Strings {
  empty: string;
  selection: string;
  notRunning: string;
  noEditor: string;
  noSelection: string;
  noFacts: string;
  copied: string;
  inserted: string;
  highlightsOn: string;
  highlightsOff: string;
  factsPlaceholder: string;
  revealTitle: string;
  panelTitle: string;
}

const AR: Strings = {
  empty: 'افتح مقالاً ثم شغّل «Khulasa: Summarize Article» لترى خلاصته هنا.',
  selection: 'خلاصة النص المحدد',
  notRunning: 'خادم خلاصة لا يعمل',
  noEditor: 'لا محرر نشط لمستند نصي أو Markdown',
  noSelection: 'لا نص محدد',
  noFacts: 'لا وقائع في هذا المستند',
  copied: 'نُسخت الخلاصة',
  inserted: 'أُدرجت الخلاصة',
  highlightsOn: 'إبراز الكيانات: مفعّل',
  highlightsOff: 'إبراز الكيانات: معطّل',
  factsPlaceholder: 'أهم الوقائع — اختر واقعة لتنتقل إلى جملتها',
  revealTitle: 'انقر لتحديد الجملة في المحرر',
  panelTitle: 'الخلاصة',
};

const EN: Strings = {
  empty: 'Open an article and run “Khulasa: Summarize Article” to see its summary here.',
  selection: 'Summary of the selection',
  notRunning: 'The Khulasa server is not running',
  noEditor: 'No active plain-text or Markdown editor',
  noSelection: 'Nothing is selected',
  noFacts: 'No key facts in this document',
  copied: 'Summary copied',
  inserted: 'Summary inserted',
  highlightsOn: 'Entity highlights: on',
  highlightsOff: 'Entity highlights: off',
  factsPlaceholder: 'Key facts — pick one to go to its sentence',
  revealTitle: 'Click to select the sentence in the editor',
  panelTitle: 'Summary',
};

export function strings(language: UiLanguage): Strings {
  return language === 'ar' ? AR : EN;
}
