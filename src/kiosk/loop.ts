/**
 * The kiosk loop: when to advance, when a visitor has taken over, when to give the screen back.
 * Pure: the clock and timers are injected, so it runs under fake timers in unit tests and drives
 * reveal.js (via `advance`/`restart`) in the renderer. reveal's own autoSlide is not used: its
 * control has no name and no keyboard access, and any input stops it for good.
 *
 *   playing ──visitor input──▶ paused (visitor) ──idle for idleResumeMs──▶ playing
 *      ▲ └──────pause button──▶ paused (button)  ──play button──────────────┘
 *
 * Idle-resume never fires while focus is on the kiosk controls: someone who paused with the button
 * (or is about to press it) keeps the screen still until they press play or move away.
 */
import { clampSpeed, clampTimeScale } from './speed';

export interface LoopClock {
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export type PausedBy = 'visitor' | 'button';

export interface LoopSnapshot {
  playing: boolean;
  pausedBy: PausedBy | undefined;
  speed: number;
  /** Planned time of the current slide at ×1, in ms. */
  slideMs: number;
  /** 0…1 of the current slide, as of `at`. */
  progress: number;
  at: number;
  /** Real ms left on this slide at the current speed (Infinity when paused). */
  remainingMs: number;
}

export interface LoopOptions {
  clock: LoopClock;
  idleResumeMs: number;
  idleRestart: boolean;
  /** The visitor's speed factor, ×0.5…×10. */
  speed: number;
  /**
   * Test-only: slide times run this many times faster (tests and the soak bench; never from a URL).
   * Idle time stays real time.
   */
  timeScale?: number;
  /** Show the next slide, wrapping from the last to the first. Must end in `slideShown`. */
  advance(): void;
  /** Show the first slide (idle-restart). Must end in `slideShown`. */
  restart(): void;
  onChange?(snapshot: LoopSnapshot): void;
}

export class KioskLoop {
  #o: LoopOptions;
  #playing = true;
  #pausedBy: PausedBy | undefined;
  #speed: number;
  readonly #timeScale: number;
  #slideMs = 0;
  #progressAtMark = 0;
  #markAt: number;
  #advanceTimer: unknown;
  #idleTimer: unknown;
  #controlsFocused = false;
  #disposed = false;

  constructor(options: LoopOptions) {
    this.#o = options;
    this.#speed = clampSpeed(options.speed);
    this.#timeScale = clampTimeScale(options.timeScale ?? 1);
    this.#markAt = options.clock.now();
  }

  /** The deck is on a new slide (by the loop or by hand): its time starts from zero. */
  slideShown(slideMs: number): void {
    this.#slideMs = Math.max(0, slideMs);
    this.#mark(0);
    this.#schedule();
    this.#emit();
  }

  /** A visitor touched, clicked, swiped or pressed a key outside the controls. */
  interact(): void {
    if (this.#playing) this.#pause('visitor');
    this.#armIdle();
    this.#emit();
  }

  /** The pause/play button. */
  toggle(): void {
    if (this.#playing) this.#pause('button');
    else this.#resume();
    this.#armIdle();
    this.#emit();
  }

  setControlsFocused(focused: boolean): void {
    this.#controlsFocused = focused;
    this.#armIdle();
  }

  setSpeed(factor: number): void {
    const progress = this.progress();
    this.#speed = clampSpeed(factor);
    this.#mark(progress);
    this.#schedule();
    this.#emit();
  }

  progress(): number {
    if (!this.#playing || this.#slideMs === 0) return this.#progressAtMark;
    const elapsed = (this.#o.clock.now() - this.#markAt) * this.#rate();
    return Math.min(1, this.#progressAtMark + elapsed / this.#slideMs);
  }

  snapshot(): LoopSnapshot {
    const progress = this.progress();
    return {
      playing: this.#playing,
      pausedBy: this.#pausedBy,
      speed: this.#speed,
      slideMs: this.#slideMs,
      progress,
      at: this.#o.clock.now(),
      remainingMs: this.#playing ? ((1 - progress) * this.#slideMs) / this.#rate() : Infinity,
    };
  }

  dispose(): void {
    this.#disposed = true;
    this.#o.clock.clearTimer(this.#advanceTimer);
    this.#o.clock.clearTimer(this.#idleTimer);
  }

  #pause(by: PausedBy): void {
    this.#mark(this.progress());
    this.#playing = false;
    this.#pausedBy = by;
    this.#o.clock.clearTimer(this.#advanceTimer);
  }

  #resume(): void {
    this.#playing = true;
    this.#pausedBy = undefined;
    this.#mark(this.#progressAtMark);
    this.#schedule();
  }

  #armIdle(): void {
    this.#o.clock.clearTimer(this.#idleTimer);
    this.#idleTimer = undefined;
    if (this.#playing || this.#controlsFocused || this.#disposed) return;
    this.#idleTimer = this.#o.clock.setTimer(() => this.#idleResume(), this.#o.idleResumeMs);
  }

  #idleResume(): void {
    this.#idleTimer = undefined;
    if (this.#disposed || this.#playing || this.#controlsFocused) return;
    this.#playing = true;
    this.#pausedBy = undefined;
    if (this.#o.idleRestart) {
      this.#mark(0);
      this.#o.restart();
    } else {
      // The visitor may have just arrived on this slide by hand: give it its full time.
      this.#mark(0);
      this.#schedule();
    }
    this.#emit();
  }

  /** Slide time passes this many times faster than the clock. */
  #rate(): number {
    return this.#speed * this.#timeScale;
  }
  #mark(progress: number): void {
    this.#progressAtMark = progress;
    this.#markAt = this.#o.clock.now();
  }

  #schedule(): void {
    this.#o.clock.clearTimer(this.#advanceTimer);
    this.#advanceTimer = undefined;
    if (!this.#playing || this.#disposed) return;
    const remaining = ((1 - this.#progressAtMark) * this.#slideMs) / this.#rate();
    this.#advanceTimer = this.#o.clock.setTimer(() => {
      this.#advanceTimer = undefined;
      if (this.#disposed || !this.#playing) return;
      this.#mark(0);
      this.#o.advance();
      // A one-slide deck (or a deck that reports slide changes late) still keeps looping.
      if (this.#advanceTimer === undefined) this.slideShown(this.#slideMs);
    }, Math.max(0, remaining));
  }

  #emit(): void {
    this.#o.onChange?.(this.snapshot());
  }
}
