import type { Viewer } from './api.js';

export interface ScreenContext {
  viewer: Viewer;
  /** The parts of the hash route after the screen's own (#/players/<id>: the id). */
  params: string[];
}

/** Draws a screen into `root`; may answer a cleanup (close a subscription, destroy charts). */
export type Screen = (root: HTMLElement, context: ScreenContext) => (() => void) | void;
