import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/phone.css';
import {
  type CSSVariablesResolver,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  luminance,
  MantineProvider,
  type MantineColorsTuple,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, Suspense, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { lazyNamed } from './app/lazyPage';
import { AppRoutes } from './app/routes';
import { SessionProvider } from './app/session';
import { AccountLanguage } from './i18n/AccountLanguage';
import {
  activateClock,
  currentLocale,
  I18nProvider,
  initialClock,
  initialLocale,
  loadLocale,
  type MessageKey,
  useT,
} from './i18n/i18n';
import { speakHumanValidationMessages } from '../shared/schemas/issue-messages';

// German validation sentences load with a German page, or with the first parse after a switch to German (until
// they arrive, that one reads English): English pages do not carry them.
let germanRequested = false;
const speakGerman = () => {
  if (germanRequested) return;
  germanRequested = true;
  void import('../shared/schemas/german-validation').then((german) => german.speakGermanValidation());
};
if (initialLocale() === 'de') speakGerman();
speakHumanValidationMessages(() => {
  const locale = currentLocale();
  if (locale === 'de') speakGerman();
  return locale;
});

// A page left open across a release asks for code the server no longer has (each release names its files anew):
// it reloads into the new release, once a minute at most, so a broken release cannot reload forever.
window.addEventListener('vite:preloadError', (event) => {
  const last = Number(sessionStorage.getItem('parley-reloaded-at') ?? 0);
  if (Date.now() - last < 60_000) return;
  sessionStorage.setItem('parley-reloaded-at', String(Date.now()));
  event.preventDefault();
  window.location.reload();
});

/** WCAG's contrast ratio of two colours. */
function contrast(one: string, other: string): number {
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Shade 9, darkened as little as it takes to read at AA (4.5:1) on shade 1. */
function readableOnShade1(shades: MantineColorsTuple): string {
  let text = shades[9];
  for (let amount = 0.05; contrast(text, shades[1]) < 4.6 && amount < 1; amount += 0.05)
    text = darken(shades[9], amount);
  return text;
}

/**
 * Mantine draws a subtle button of a chosen shade (`red.8`) in that shade lightened to 6 at most, which on white
 * falls short of AA: it keeps the shade asked for here.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (input.variant === 'subtle' && parsed.isThemeColor && parsed.shade !== undefined)
    return { ...colors, color: `var(--mantine-color-${parsed.color}-${parsed.shade})` };
  return colors;
};

/** The theme, with the names it gives icon-only buttons in the language in use. */
const themeIn = (t: (key: MessageKey) => string) =>
  createTheme({
    variantColorResolver,
    primaryColor: 'indigo',
    primaryShade: 7,
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    defaultRadius: 'md',
    components: {
      // Their close buttons are icons only: without a name a screen reader announces a bare "button".
      Modal: { defaultProps: { closeButtonProps: { 'aria-label': t('shell.close') } } },
      Drawer: { defaultProps: { closeButtonProps: { 'aria-label': t('shell.close') } } },
      // A spinner is a bare span, on which a name (`aria-label="Loading…"`) is not allowed and may go unread.
      Loader: { defaultProps: { role: 'progressbar' } },
      // A titled notification's text is gray-6 by default, too light to read comfortably on white.
      Notification: { styles: { description: { color: 'var(--mantine-color-gray-8)' } } },
      // Closed option lists stay out of the page: kept mounted, they carry the field's label and a search by label
      // (as screen readers and tests do) finds two fields.
      Select: { defaultProps: { comboboxProps: { keepMounted: false } } },
      MultiSelect: { defaultProps: { comboboxProps: { keepMounted: false } } },
      TagsInput: { defaultProps: { comboboxProps: { keepMounted: false } } },
      Autocomplete: { defaultProps: { comboboxProps: { keepMounted: false } } },
      // The default name of the show/hide button contains "password", so the field's label would name two controls.
      PasswordInput: {
        defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('shell.showOrHideTyped') } },
      },
    },
  });

/**
 * Mantine's defaults that fall short of WCAG AA contrast: gray descriptions and red-6 errors on white, the light
 * variant (badges such as In-person, avatar initials, light buttons: shade 9 on shade 1) for teal, green, orange and
 * others, and white on filled red (shade 7, e.g. `Leave`).
 */
const cssVariablesResolver: CSSVariablesResolver = ({ colors }) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-red-filled': 'var(--mantine-color-red-9)',
    '--mantine-color-red-filled-hover': darken(colors.red[9], 0.15),
    ...Object.fromEntries(
      Object.entries(colors).map(([name, shades]) => [
        `--mantine-color-${name}-light-color`,
        readableOnShade1(shades),
      ]),
    ),
  },
  dark: {},
});

// Toasts only follow what someone does on a page: their container's code need not come before the first one shows.
const Notifications = lazyNamed(() => import('@mantine/notifications'), 'Notifications');
// The live socket serves signed-in pages, which come after their own code: the login page goes without it.
const LiveUpdates = lazyNamed(() => import('./app/live'), 'LiveUpdates');

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true, staleTime: 5_000 } },
});

/** The app inside its language: the theme names buttons in it too. */
function App() {
  const { t } = useT();
  const theme = useMemo(() => themeIn(t), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Suspense>
        <Notifications position="top-right" />
      </Suspense>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <SessionProvider>
            <Suspense>
              <LiveUpdates />
            </Suspense>
            <AccountLanguage />
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}

// Every word on screen comes from the language's catalog: it is loaded before anything is drawn.
activateClock(initialClock());
loadLocale(initialLocale()).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider>
        <App />
      </I18nProvider>
    </StrictMode>,
  ),
);
