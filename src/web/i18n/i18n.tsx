import {
  Children,
  createContext,
  Fragment,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { type Clock, chosenClock, DEFAULT_CLOCK } from '../../shared/i18n/clocks';
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

/**
 * Only the language in use is downloaded, in two parts: what the first screens need before they are drawn, and the
 * rest right after, so the login page and the home screen do not wait for every page's words.
 */
const catalogs: Record<Locale, { first(): Promise<Catalog>; later(): Promise<Catalog> }> = {
  en: {
    first: () => import('./messages/en/index').then((module) => module.en),
    later: () => import('./messages/en/later').then((module) => module.enLater),
  },
  de: {
    first: () => import('./messages/de/index').then((module) => module.de),
    later: () => import('./messages/de/later').then((module) => module.deLater),
  },
};

const STORAGE_KEY = 'parley-language';
const CLOCK_STORAGE_KEY = 'parley-clock';

/** The first of the browser's languages Parley speaks. */
export const browserLocale = (): Locale =>
  matchLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);

/** The language the page starts in: the one last used here (chosen, or from the account), else the browser's. */
export function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : browserLocale();
}

/** The clock last used here, so the page does not flash times on another while the account's choice loads. */
export const initialClock = (): Clock => chosenClock(localStorage.getItem(CLOCK_STORAGE_KEY));

interface Active {
  translator: WebTranslator;
  catalog: Catalog;
  /** Settles once the whole catalog is in use. */
  complete: Promise<void>;
}

// Code outside components (time formats, the API client) reads the language and the clock in use from here.
let active: Active | undefined;
let clock: Clock = DEFAULT_CLOCK;
const listeners = new Set<() => void>();

function current(): Active {
  if (!active) throw new Error('No language loaded yet: call loadLocale before rendering');
  return active;
}

/**
 * The translator, for a message it holds. A message of the part still on its way suspends the component that asked
 * (React shows the nearest loading state until it arrives); pages that need it await `wholeCatalog` as they load.
 */
function translatorFor(key: MessageKey): WebTranslator {
  const { translator, catalog, complete } = current();
  if (!(key in catalog)) throw complete;
  return translator;
}

export const currentLocale = (): Locale => current().translator.locale;
export const currentClock = (): Clock => clock;

/** A message as text, for code outside components; components use `useT`, which re-renders on a change. */
export const t = (key: MessageKey, values?: Values): string => translatorFor(key).t(key, values);

/** Settles once every message of the language in use can be shown. */
export const wholeCatalog = (): Promise<void> => current().complete;

/** Makes a loaded catalog the one in use (the tests load the whole English one at once). */
export function activateLocale(locale: Locale, catalog: Catalog, complete = Promise.resolve()): void {
  active = { translator: createTranslator<MessageKey>(locale, catalog), catalog, complete };
  for (const listener of listeners) listener();
}

/** Makes a clock the one times are shown on. */
export function activateClock(chosen: Clock): void {
  clock = chosen;
  for (const listener of listeners) listener();
}

/**
 * Loads a language and makes it the one in use, on the page as well (`lang`, writing direction): its first part
 * at once, the rest in the background, or the whole before it settles (`whole`), as a switch of language wants.
 */
export async function loadLocale(locale: Locale, { whole = false } = {}): Promise<void> {
  const first = await catalogs[locale].first();
  const whenWhole = catalogs[locale].later().then((later) => ({ ...first, ...later }));
  if (whole) {
    activateLocale(locale, await whenWhole);
  } else {
    const complete = whenWhole.then((catalog) => {
      // A switch to another language meanwhile has loaded that one whole.
      if (currentLocale() === locale) activateLocale(locale, catalog);
    });
    activateLocale(locale, first, complete);
  }
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
  clock: Clock;
  /** Shows times on this clock, here and on the next visit. */
  setClock(clock: Clock): void;
}

const I18nContext = createContext<I18nValue | null>(null);

const setClock = (chosen: Clock) => {
  localStorage.setItem(CLOCK_STORAGE_KEY, chosen);
  activateClock(chosen);
};

export function I18nProvider({ children }: { children: ReactNode }) {
  const [inUse, setInUse] = useState(() => ({ translator: current().translator, clock }));
  useEffect(() => {
    const follow = () => setInUse({ translator: current().translator, clock });
    listeners.add(follow);
    follow();
    return () => {
      listeners.delete(follow);
    };
  }, []);
  const setLocale = useCallback(async (locale: Locale) => {
    if (locale !== currentLocale()) await loadLocale(locale, { whole: true });
  }, []);
  const { translator } = inUse;
  const value = useMemo<I18nValue>(
    () => ({
      locale: translator.locale,
      t: (key, values) => translatorFor(key).t(key, values),
      rich: (key, values) => <>{Children.toArray(translatorFor(key).rich<ReactNode>(key, values))}</>,
      setLocale,
      clock: inUse.clock,
      setClock,
    }),
    [translator, inUse.clock, setLocale],
  );
  // Formats outside components read the language and the clock when they run: the app is drawn anew on a change.
  return (
    <I18nContext.Provider value={value}>
      <Fragment key={`${translator.locale} ${inUse.clock}`}>{children}</Fragment>
    </I18nContext.Provider>
  );
}

export function useT(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT outside I18nProvider');
  return value;
}
