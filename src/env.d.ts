declare namespace App {
  interface Locals {
    /** The reference list of the guide being rendered, shared with its <Figure> and <Cite> components. */
    guideReferences?: Map<string, import('./lib/guide-refs.ts').Reference>;
  }
}
