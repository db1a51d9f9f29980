// The voice coach's switches and settings in Chromium, with the device's speech stubbed: the
// player's switch turns it on mid-routine and the sound switch mutes it at once; with no voice
// for the language the player says "tones only"; voices that load late are offered; the choice,
// the pace and Settings' test button reach the device; the position test's rest and the breathing
// visualiser are coached too.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DESKTOP, PHONE, pressWidget, useSiteAndBrowser } from './browser.mjs';
import { VOICES, act, said, state, texts, turnOnInSettings, withCoach } from './voice_coach_helpers.mjs';

const suite = useSiteAndBrowser();

describe('voice coach settings', () => {
  test("the player's switches: the coach on mid-routine, and sound off mutes it while the tones' vibration stays", async () => {
    await withCoach(suite, PHONE, VOICES, async ({ page }) => {
      await act(page, { type: 'startRoutine', routine: 'short' });
      await page.clock.runFor(1000);
      await pressWidget(page, 'player.voice', { touch: true });
      assert.equal((await state(page)).settings.voiceCoach, true);
      for (let i = 0; i < 8; i++) await page.clock.fastForward(1000);  // into cat cow's work
      assert.deepEqual((await said(page)).map((e) => e.text).slice(0, 1), ['Go. Breathe in']);
      await pressWidget(page, 'player.sound', { touch: true });
      assert.equal((await state(page)).settings.sound, false);
      const cancelled = await page.evaluate(() => window.__utterances.at(-1));
      assert.deepEqual(cancelled, { cancel: true }, 'what was being said stops at once');
      await page.evaluate(() => window.__cues.splice(0));
      for (let i = 0; i < 60; i++) await page.clock.fastForward(1000);
      assert.deepEqual(await said(page), [], 'sound off: nothing said');
      assert.ok((await page.evaluate(() => window.__cues.length)) > 0, 'the cues still come (vibration)');
    });
  });

  test('with no voice for the language, the player says tones only and nothing is said', async () => {
    await withCoach(suite, PHONE, [VOICES[0]], async ({ page }) => {
      await act(page, { type: 'setLocale', locale: 'es' });
      await act(page, { type: 'setVoiceCoach', on: true });
      assert.equal((await state(page)).coachVoice, null);
      await act(page, { type: 'navigate', screen: 'settings' });
      assert.ok((await texts(page)).some((t) => t.startsWith('Este dispositivo no tiene voz para este idioma')));
      await act(page, { type: 'startRoutine', routine: 'short' });
      assert.ok((await texts(page)).includes('Sin voz en este dispositivo: solo tonos'));
      const snapshot = await page.locator('body').ariaSnapshot();
      assert.match(snapshot, /Sin voz en este dispositivo: solo tonos/);
      for (let i = 0; i < 20; i++) await page.clock.fastForward(1000);
      assert.deepEqual(await said(page), []);
      assert.ok((await page.evaluate(() => window.__cues)).includes('start'), 'the tones guide instead');
      // The coach's words go to the screen reader again (nothing else would say them).
      assert.equal((await state(page)).settings.voiceCoach, true);
    });
  });

  test('voices that load late are offered; the choice, the pace and the test button reach the device', async () => {
    await withCoach(suite, DESKTOP, [], async ({ page }) => {
      assert.deepEqual((await state(page)).voices, []);
      await page.evaluate((list) => {
        window.__voices = list;
        window.speechSynthesis.dispatchEvent(new Event('voiceschanged'));
      }, VOICES);
      await page.clock.runFor(100);
      assert.deepEqual((await state(page)).voices.map((v) => v.id), ['samantha', 'daniel']);
      await turnOnInSettings(page, false);
      await act(page, { type: 'navigate', screen: 'settings' });
      await pressWidget(page, 'settings.voice.1');  // Daniel
      await pressWidget(page, 'settings.voice_slower');
      await pressWidget(page, 'settings.voice_test');
      const s = await state(page);
      assert.deepEqual([s.settings.voice, s.settings.voiceRate, s.coachVoice], ['daniel', 'slower', 'daniel']);
      assert.deepEqual(await said(page), [{ text: "This is your voice coach. I'll tell you each step as you go.", locale: 'en' }]);
      const last = await page.evaluate(() => window.__utterances.at(-1));
      assert.deepEqual([last.voice, last.rate], ['daniel', 0.8]);
    });
  });

  test("the position test's rest and the breathing visualiser are coached too", async () => {
    await withCoach(suite, PHONE, VOICES, async ({ page }) => {
      await act(page, { type: 'setVoiceCoach', on: true });
      await act(page, { type: 'navigate', screen: 'position' });
      await act(page, { type: 'startPositionTest', minutes: 2 });
      await act(page, { type: 'ratePain', pain: 6 });
      let heard = (await said(page)).map((e) => e.text);
      assert.equal(heard.length, 1);
      assert.match(heard[0], /^Lie on your back with your legs raised.* Stay like this for 2 minutes, breathing slowly\.$/);
      for (let i = 0; i < 121; i++) await page.clock.fastForward(1000);
      assert.deepEqual((await said(page)).map((e) => e.text),
        ['One minute left.', "Time's up. When you're ready, rate your pain on the screen."]);
      await act(page, { type: 'cancelPositionTest' });
      await act(page, { type: 'setBreathLength', minutes: 1 });
      await act(page, { type: 'navigate', screen: 'breathe' });
      await act(page, { type: 'startBreathing' });
      for (let i = 0; i < 61; i++) await page.clock.fastForward(1000);
      heard = (await said(page)).map((e) => e.text);
      assert.equal(heard[0], 'Breathe in');
      assert.equal(heard[1], 'Breathe out');
      assert.ok(heard.filter((t) => t === 'Breathe in').length >= 6, heard.join(', '));
      assert.equal(heard.at(-1), 'Well done. Notice how your back feels now.');
    });
  });
});
