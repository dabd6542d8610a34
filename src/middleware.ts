// Every page's language, its `t` and the build date, once per request: pages and components read
// `Astro.locals.locale` and `Astro.locals.t` instead of each opening with the same lines.
import { defineMiddleware } from 'astro:middleware';
import { TODAY } from './data/messengers.ts';
import { localeOfPath, useTranslations } from './i18n/index.ts';

export const onRequest = defineMiddleware((context, next) => {
  const locale = localeOfPath(context.url.pathname);
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  context.locals.today = TODAY;
  return next();
});
