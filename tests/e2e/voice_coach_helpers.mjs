// The voice coach's browser tests share this: the device's speech stubbed (headless Chromium has
// no voices), the app on a fake clock, and what was said collected from 'unknot:speak' events.
import assert from 'node:assert/strict';
import { openAppOnPausedClock, pressWidget } from './browser.mjs';

export const VOICES = [
  { voiceURI: 'samantha', name: 'Samantha', lang: 'en-US', default: true },
  { voiceURI: 'daniel', name: 'Daniel', lang: 'en-GB', default: false },
  { voiceURI: 'monica', name: 'Mónica', lang: 'es-ES', default: false },
];

// Stands in for the device's speechSynthesis before the page's scripts run: its voices (none,
// or VOICES), and every utterance it is handed kept in window.__utterances. Also collects the
// app's 'unknot:speak' events in window.__said.
export function stubSpeech(context, voices) {
  return context.addInitScript((list) => {
    const synth = new EventTarget();
    window.__voices = list;
    window.__utterances = [];
    window.__said = [];
    window.addEventListener('unknot:speak', (event) => window.__said.push(event.detail));
    Object.assign(synth, {
      speaking: false,
      pending: false,
      paused: false,
      getVoices: () => window.__voices,
      speak: (u) => window.__utterances.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice.voiceURI }),
      cancel: () => window.__utterances.push({ cancel: true }),
      pause() {},
      resume() {},
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    // The real utterance takes only the real voices: this one takes the stand-ins.
    window.SpeechSynthesisUtterance = class {
      constructor(text) { this.text = text; }
    };
  }, voices);
}

export async function withCoach(suite, device, voices, run) {
  const context = await suite.browser.newContext(device);
  try {
    await stubSpeech(context, voices);
    await run(await openAppOnPausedClock(context, suite.url));
  } finally {
    await context.close();
  }
}

// Dispatches through the public API, then lets the paused clock run the frames that show it.
export async function act(page, action) {
  const answer = await page.evaluate((a) => window.unknot.dispatch(a), action);
  assert.ok(answer.ok, `${action.type}: ${answer.error}`);
  await page.clock.runFor(100);
}

export const said = (page) => page.evaluate(() => window.__said.splice(0));
export const state = (page) => page.evaluate(() => window.unknot.state());
export const texts = (page) => page.evaluate(() => window.unknot.widgets().filter((w) => w.id.startsWith('text.')).map((w) => w.label));

// Through the routine a second at a time, as a phone's frames would see it (fast enough that no
// cue is stale), until its summary shows.
export async function runToEnd(page) {
  for (let i = 0; i < 400 && !(await state(page)).routine.finished; i++) await page.clock.fastForward(1000);
  assert.ok((await state(page)).routine.finished, 'the routine finished');
}

// `expected` in `heard`, in this order (others may come between).
export function assertInOrder(heard, expected) {
  let at = 0;
  for (const want of expected) {
    const found = heard.findIndex((text, i) => i >= at && (want instanceof RegExp ? want.test(text) : text === want));
    assert.ok(found >= 0, `"${want}" is said after "${heard[at - 1] ?? '(start)'}":\n${heard.join('\n')}`);
    at = found + 1;
  }
}

// Settings' voice coach switch, pressed as a person would (mouse or finger); back to home.
export async function turnOnInSettings(page, touch) {
  await act(page, { type: 'navigate', screen: 'settings' });
  await pressWidget(page, 'settings.voice_coach', { touch });
  assert.equal((await state(page)).settings.voiceCoach, true);
  await act(page, { type: 'navigate', screen: 'home' });
}

