// The steps of a typed-name confirmation, apart from the editor's widgets (so the timing rules
// are unit-tested): a modal with the go-on button (inert in the first seconds for production and
// unknown environments), then an input box that accepts only the exact target. The clock runs
// over the whole flow; when it runs out the answer is `timed-out` at once, input boxes close, and
// anything answered later (a modal cannot be closed by an extension, so it may still be on
// screen) is ignored and reported as ignored: a late click can never confirm or grant.

export type ConfirmOutcome = 'confirmed' | 'cancelled' | 'timed-out' | 'allowance';

export const GO_ON_BUTTON = 'Type the name to continue…';
export const WAIT_NOTE = 'The button does not work in the first seconds, so a reflexive Enter does nothing. Read, then click it again.';

export interface InputOptions {
  title: string;
  prompt: string;
  placeHolder: string;
  validate(value: string): string | undefined;
}

export interface ConfirmUi {
  /** A modal with these buttons; resolves with the one clicked, undefined when cancelled or closed. */
  modal(title: string, detail: string, buttons: readonly string[]): PromiseLike<string | undefined>;
  /** An input box that closes (resolving undefined) when `signal` aborts. */
  input(options: InputOptions, signal: AbortSignal): PromiseLike<string | undefined>;
  /** A modal answered after the confirmation had already timed out: the answer was ignored. */
  lateAnswer(button: string): void;
}

/** The dialog's second way out: a time-boxed allowance for the rule(s) that fired. */
export interface AllowFromDialog {
  button: string;
  /** Asks for and grants the allowance unless `signal` has aborted first; true when this action is now covered. */
  run(signal: AbortSignal): Promise<boolean>;
}

export interface ConfirmPrompt {
  title: string;
  detail: string;
  target: string;
  /** In capitals, for the input box's title. */
  environmentName: string;
  /** Production or unknown: the go-on button is inert for `delaySeconds`. */
  dangerous: boolean;
}

export interface ConfirmOptions {
  timeoutSeconds: number;
  delaySeconds: number;
  allow?: AllowFromDialog;
}

const TIMEOUT = Symbol('timeout');

export async function runConfirmation(ui: ConfirmUi, prompt: ConfirmPrompt, opts: ConfirmOptions, now: () => number = Date.now): Promise<ConfirmOutcome> {
  const clock = new AbortController();
  const timer = setTimeout(() => clock.abort(), opts.timeoutSeconds * 1000);
  const timedOut = new Promise<typeof TIMEOUT>((r) => clock.signal.addEventListener('abort', () => r(TIMEOUT), { once: true }));
  const delayMs = prompt.dangerous ? opts.delaySeconds * 1000 : 0;
  const buttons = opts.allow ? [GO_ON_BUTTON, opts.allow.button] : [GO_ON_BUTTON];
  try {
    let note: string | undefined;
    for (;;) {
      if (clock.signal.aborted) return 'timed-out';
      const shownAt = now();
      const modal = Promise.resolve(ui.modal(prompt.title, note ? `${note}\n\n${prompt.detail}` : prompt.detail, buttons));
      void modal.then(
        (late) => {
          if (clock.signal.aborted && late !== undefined) ui.lateAnswer(late);
        },
        () => undefined,
      );
      const choice = await Promise.race([modal, timedOut]);
      if (choice === TIMEOUT || clock.signal.aborted) return 'timed-out';
      if (opts.allow && choice === opts.allow.button) {
        const covered = await Promise.race([opts.allow.run(clock.signal), timedOut]);
        if (covered === TIMEOUT || clock.signal.aborted) return 'timed-out';
        if (covered) return 'allowance';
        // Not granted, or other rules on the line still ask: back to the dialog.
        note = undefined;
        continue;
      }
      if (choice !== GO_ON_BUTTON) return 'cancelled';
      if (now() - shownAt >= delayMs) break;
      note = WAIT_NOTE;
    }
    const { target } = prompt;
    const typed = await Promise.race([
      ui.input(
        {
          title: `Confirm on ${prompt.environmentName}: type ${target}`,
          prompt: `Type ${target} exactly (case-sensitive) to run: ${prompt.title}`,
          placeHolder: target,
          validate: (value) => (value === target ? undefined : `Type ${target} exactly to confirm, or press Escape to cancel.`),
        },
        clock.signal,
      ),
      timedOut,
    ]);
    if (typed === TIMEOUT || clock.signal.aborted) return 'timed-out';
    return typed === target ? 'confirmed' : 'cancelled';
  } finally {
    clearTimeout(timer);
  }
}
