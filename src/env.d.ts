declare namespace App {
  interface Locals {
    /** The page's language, from its path (src/middleware.ts). */
    locale: import('./i18n/index.ts').Locale;
    /** The dictionary of that language (src/middleware.ts). */
    t: import('./i18n/index.ts').Translate;
    /** The build date, YYYY-MM-DD: what the atlas knows is as of this day (src/middleware.ts). */
    today: string;
    /** The reference list of the guide being rendered, shared with its <Figure> and <Cite> components. */
    guideReferences?: Map<string, import('./lib/guide-refs.ts').Reference>;
    /** The numbers of the sources of the entry being rendered, shared with the <Cite> footnotes of its prose. */
    entrySourceNumbers?: Map<string, number>;
  }
}
