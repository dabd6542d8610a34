// Every page's language and its `t`, once per request: pages and components read
// `Astro.locals.locale` and `Astro.locals.t` instead of each opening with the same lines.
import { defineMiddleware } from 'astro:middleware';
import { localeOfPath, useTranslations } from './i18n/index.ts';

export const onRequest = defineMiddleware((context, next) => {
  const locale = localeOfPath(context.url.pathname);
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  return next();
});
