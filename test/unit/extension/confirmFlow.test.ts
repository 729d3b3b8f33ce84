import { describe, expect, it } from 'vitest';
import { GO_ON_BUTTON, runConfirmation, WAIT_NOTE, type ConfirmPrompt, type ConfirmUi, type InputOptions } from '../../../src/extension/ui/confirmFlow';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const prompt: ConfirmPrompt = { title: 'Destructive action', detail: 'details', target: 'vol-1', environmentName: 'PRODUCTION', dangerous: true };

interface Script {
  modal?: (n: number, detail: string) => Promise<string | undefined>;
  input?: (o: InputOptions, signal: AbortSignal) => Promise<string | undefined>;
}

function fakeUi(script: Script): ConfirmUi & { modals: number; inputs: number; late: string[]; inputAborted: boolean[] } {
  const ui = {
    modals: 0,
    inputs: 0,
    late: [] as string[],
    inputAborted: [] as boolean[],
    modal: (_t: string, detail: string) => script.modal?.(++ui.modals, detail) ?? Promise.resolve(undefined),
    input: (o: InputOptions, signal: AbortSignal) => {
      ui.inputs++;
      signal.addEventListener('abort', () => ui.inputAborted.push(true));
      return script.input?.(o, signal) ?? Promise.resolve(undefined);
    },
    lateAnswer: (b: string) => void ui.late.push(b),
  };
  return ui;
}

describe('the typed-name confirmation flow', () => {
  it('confirms only the exact target, after the delay', async () => {
    const ui = fakeUi({ modal: () => Promise.resolve(GO_ON_BUTTON), input: (o) => Promise.resolve(o.validate('Vol-1') ? 'vol-1' : 'wrong') });
    expect(await runConfirmation(ui, { ...prompt, dangerous: false }, { timeoutSeconds: 5, delaySeconds: 3 })).toBe('confirmed');
    const wrong = fakeUi({ modal: () => Promise.resolve(GO_ON_BUTTON), input: () => Promise.resolve('Vol-1') });
    expect(await runConfirmation(wrong, { ...prompt, dangerous: false }, { timeoutSeconds: 5, delaySeconds: 3 })).toBe('cancelled');
  });

  it('a reflexive click in the first seconds only shows the modal again, with the note', async () => {
    const details: string[] = [];
    let t = 0;
    const ui = fakeUi({
      modal: (n, detail) => {
        details.push(detail);
        t += n === 1 ? 100 : 5000;
        return Promise.resolve(GO_ON_BUTTON);
      },
      input: () => Promise.resolve('vol-1'),
    });
    expect(await runConfirmation(ui, prompt, { timeoutSeconds: 5, delaySeconds: 3 }, () => t)).toBe('confirmed');
    expect(ui.modals).toBe(2);
    expect(details[1]?.startsWith(WAIT_NOTE)).toBe(true);
  });

  it('times out at once, and a late click on the modal still on screen is ignored, reported, and never reaches the input', async () => {
    const ui = fakeUi({ modal: () => sleep(250).then(() => GO_ON_BUTTON), input: () => Promise.resolve('vol-1') });
    const started = Date.now();
    expect(await runConfirmation(ui, prompt, { timeoutSeconds: 0.1, delaySeconds: 0 })).toBe('timed-out');
    expect(Date.now() - started).toBeLessThan(240);
    await sleep(300);
    expect(ui.late).toEqual([GO_ON_BUTTON]);
    expect(ui.inputs).toBe(0);
  });

  it('closes the input box when the time runs out; the name typed after that does not confirm', async () => {
    const ui = fakeUi({
      modal: () => Promise.resolve(GO_ON_BUTTON),
      input: (_o, signal) => new Promise((r) => signal.addEventListener('abort', () => setTimeout(() => r('vol-1'), 20))),
    });
    expect(await runConfirmation(ui, { ...prompt, dangerous: false }, { timeoutSeconds: 0.1, delaySeconds: 0 })).toBe('timed-out');
    expect(ui.inputAborted).toEqual([true]);
  });

  it('a cancel after the time ran out is not reported as a late answer', async () => {
    const ui = fakeUi({ modal: () => sleep(200).then(() => undefined) });
    expect(await runConfirmation(ui, prompt, { timeoutSeconds: 0.05, delaySeconds: 0 })).toBe('timed-out');
    await sleep(250);
    expect(ui.late).toEqual([]);
  });

  describe('allowing the rule from the dialog', () => {
    const ALLOW = 'Allow git/reset-hard here for a while…';

    it('an allowance that covers the action ends the dialog with `allowance`', async () => {
      const ui = fakeUi({ modal: () => Promise.resolve(ALLOW) });
      expect(await runConfirmation(ui, prompt, { timeoutSeconds: 5, delaySeconds: 3, allow: { button: ALLOW, run: () => Promise.resolve(true) } })).toBe('allowance');
      expect(ui.inputs).toBe(0);
    });

    it('when it does not cover every rule (or was not granted), the dialog asks again', async () => {
      const ui = fakeUi({ modal: (n) => Promise.resolve(n === 1 ? ALLOW : undefined) });
      expect(await runConfirmation(ui, prompt, { timeoutSeconds: 5, delaySeconds: 0, allow: { button: ALLOW, run: () => Promise.resolve(false) } })).toBe('cancelled');
      expect(ui.modals).toBe(2);
    });

    it('a grant that completes after the time ran out does not let the action through, and its signal says so', async () => {
      let seen: AbortSignal | undefined;
      const ui = fakeUi({ modal: () => Promise.resolve(ALLOW) });
      const outcome = await runConfirmation(ui, prompt, {
        timeoutSeconds: 0.05,
        delaySeconds: 0,
        allow: {
          button: ALLOW,
          run: (signal) => {
            seen = signal;
            return sleep(150).then(() => !signal.aborted);
          },
        },
      });
      expect(outcome).toBe('timed-out');
      expect(seen?.aborted).toBe(true);
    });

    it('a late click on the allow button is ignored too', async () => {
      let ran = 0;
      const ui = fakeUi({ modal: () => sleep(150).then(() => ALLOW) });
      const outcome = await runConfirmation(ui, prompt, {
        timeoutSeconds: 0.05,
        delaySeconds: 0,
        allow: { button: ALLOW, run: () => Promise.resolve(++ran > 0) },
      });
      expect(outcome).toBe('timed-out');
      await sleep(200);
      expect(ran).toBe(0);
      expect(ui.late).toEqual([ALLOW]);
    });
  });
});
