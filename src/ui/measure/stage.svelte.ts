/**
 * One slide view kept mounted on the measuring stage. Each measure hands it the next candidate page,
 * so Svelte patches only the text that changed and the browser lays out again only what moved (the
 * kicker and heading of a slide's pages are the same), instead of a fresh component tree per page.
 */
import { flushSync, mount, unmount } from 'svelte';
import type { Slide } from '../../deck/plan';
import SlideView from '../SlideView.svelte';

export class MountedSlide {
  private readonly props = $state({ slide: undefined as unknown as Slide, lang: '', assetUrl: (path: string) => path });
  private view: ReturnType<typeof mount> | undefined;
  /** The view's section is drawn just before this marker, so several views can share one parent. */
  private readonly anchor = document.createComment('');

  constructor(
    private readonly target: HTMLElement,
    lang: string,
    assetUrl: (path: string) => string,
  ) {
    target.append(this.anchor);
    this.props.lang = lang;
    this.props.assetUrl = assetUrl;
  }

  /** Shows `slide` and returns its section (laid out when first read). */
  show(slide: Slide): HTMLElement | undefined {
    this.props.slide = slide;
    if (!this.view) this.view = mount(SlideView, { target: this.target, anchor: this.anchor, props: this.props });
    flushSync();
    const section = this.anchor.previousElementSibling;
    return section instanceof HTMLElement ? section : undefined;
  }

  destroy(): void {
    if (this.view) unmount(this.view);
    this.view = undefined;
    this.anchor.remove();
  }
}
