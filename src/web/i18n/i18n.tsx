import {
  Children,
  createContext,
  Fragment,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useState,
} from 'react';
import { DIRECTIONS, isLocale, type Locale, matchLocale } from '../../shared/i18n/locales';
import {
  type Catalog,
  createTranslator,
  type RichValues,
  type Translator,
  type Values,
} from '../../shared/i18n/translator';
import type { MessageKey } from './messages/en/index';

export type { MessageKey };
type WebTranslator = Translator<MessageKey>;

/** Only the language in use is downloaded. */
const catalogs: Record<Locale, () => Promise<Catalog<MessageKey>>> = {
  en: () => import('./messages/en/index').then((module) => module.en),
  de: () => import('./messages/de/index').then((module) => module.de),
};

const STORAGE_KEY = 'parley-language';

/** The first of the browser's languages Parley speaks. */
export const browserLocale = (): Locale =>
  matchLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);

/** The language the page starts in: the one last used here (chosen, or from the account), else the browser's. */
export function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : browserLocale();
}

// Code outside components (time formats, the API client) reads the language in use from here.
let active: WebTranslator | undefined;

function translator(): WebTranslator {
  if (!active) throw new Error('No language loaded yet: call loadLocale before rendering');
  return active;
}

export const currentLocale = (): Locale => translator().locale;

/** A message as text, for code outside components; components use `useT`, which re-renders on a change. */
export const t = (key: MessageKey, values?: Values): string => translator().t(key, values);

/** Makes a loaded catalog the one in use. */
export function activateLocale(locale: Locale, catalog: Catalog<MessageKey>): void {
  active = createTranslator(locale, catalog);
}

/** Loads a language's catalog and makes it the one in use, on the page as well (`lang`, writing direction). */
export async function loadLocale(locale: Locale): Promise<void> {
  activateLocale(locale, await catalogs[locale]());
  document.documentElement.lang = locale;
  document.documentElement.dir = DIRECTIONS[locale];
  localStorage.setItem(STORAGE_KEY, locale);
}

interface I18nValue {
  locale: Locale;
  t(key: MessageKey, values?: Values): string;
  /** A message with tags or elements in it: `rich('x', { link: (text) => <Anchor>{text}</Anchor> })`. */
  rich(key: MessageKey, values: RichValues<ReactNode>): ReactNode;
  setLocale(locale: Locale): Promise<void>;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState(translator);
  const setLocale = useCallback(async (locale: Locale) => {
    if (locale === translator().locale) return;
    await loadLocale(locale);
    setCurrent(translator());
  }, []);
  const value = useMemo<I18nValue>(
    () => ({
      locale: current.locale,
      t: current.t,
      rich: (key, values) => <>{Children.toArray(current.rich<ReactNode>(key, values))}</>,
      setLocale,
    }),
    [current, setLocale],
  );
  // Formats outside components read the language when they run: the app is drawn anew in the new language.
  return (
    <I18nContext.Provider value={value}>
      <Fragment key={current.locale}>{children}</Fragment>
    </I18nContext.Provider>
  );
}

export function useT(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT outside I18nProvider');
  return value;
}
