// The voice coach talks the short routine through in Chromium, on a fake clock, with the
// device's speech stubbed: turned on by a real click or tap, in English and in Spanish, it says
// each phase in order ('unknot:speak' events) in the chosen voice. (voice_settings.test.mjs: its
// switches, no voice, late voices, the test button.)
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DESKTOP, PHONE, pressWidget, useSiteAndBrowser } from './browser.mjs';
import { VOICES, act, assertInOrder, runToEnd, said, state, turnOnInSettings, withCoach } from './voice_coach_helpers.mjs';

const suite = useSiteAndBrowser();

describe('voice coach', () => {
  test('turned on in Settings with the mouse, it talks the short routine through in English', async () => {
    await withCoach(suite, DESKTOP, VOICES, async ({ page, errors }) => {
      assert.equal((await state(page)).settings.voiceCoach, false, 'off until the user turns it on');
      await turnOnInSettings(page, false);
      assert.equal((await state(page)).coachVoice, 'samantha', "the device's default English voice");
      await pressWidget(page, 'home.routine');
      await pressWidget(page, 'routine.start.short');
      await runToEnd(page);
      const events = await said(page);
      const heard = events.map((e) => e.text);
      assert.ok(events.every((e) => e.locale === 'en'));
      assert.equal(heard[0], 'Cat cow: 6 slow breaths. Come onto your hands and knees, wrists under shoulders.');
      assert.equal(heard[1], 'Go. Breathe in');
      // Each exercise comes up with its name, then its dose or how to get into position, whichever
      // the 8 s of getting ready leave room for (frames decide the exact moment).
      assertInOrder(heard, [
        'Breathe out', 'Breathe in', 'Breathe out',
        /^Child's pose with side bend[.:] /, /^Go: Reach to the right\./, '10 seconds left',
        'Switch sides: Reach to the left.', /^Go\. /, '10 seconds left',
        /^Kneeling hip flexor stretch[.:] /, /^Go: Left leg back\./, 'Switch sides: Right leg back.',
        /^Belly breathing with your legs up[.:] /, '10 seconds left',
        "Well done. That's the routine finished.",
      ]);
      const breaths = heard.filter((t) => t === 'Breathe in' || t === 'Breathe out').length;
      assert.ok(breaths >= 8 && breaths <= 11, `cat cow's breaths are paced aloud, one a step at most: ${breaths}`);
      // Every event is what the device was handed, in the chosen voice, at the normal pace.
      const utterances = (await page.evaluate(() => window.__utterances)).filter((u) => !u.cancel);
      assert.deepEqual(utterances.map((u) => u.text), heard);
      assert.ok(utterances.every((u) => u.voice === 'samantha' && u.lang === 'en-US' && u.rate === 1));
      // The screen reader is not talked over: the coach says the steps, not the live region too.
      assert.deepEqual(errors, []);
    });
  });

  test('on a phone in Spanish, turned on with a tap, it speaks Spanish from the Spanish content', async () => {
    await withCoach(suite, PHONE, VOICES, async ({ page, errors }) => {
      await act(page, { type: 'setLocale', locale: 'es' });
      await turnOnInSettings(page, true);
      assert.equal((await state(page)).coachVoice, 'monica', 'the one Spanish voice');
      await act(page, { type: 'startRoutine', routine: 'short' });
      await runToEnd(page);
      const events = await said(page);
      const heard = events.map((e) => e.text);
      assert.ok(events.every((e) => e.locale === 'es'));
      assertInOrder(heard, [
        'Gato-vaca. Ponte en cuatro apoyos, con las muñecas bajo los hombros.',
        'Empieza. Inhala', /^Exhala/, 'Inhala',
        /^Postura del niño con inclinación lateral[.:] /, 'Quedan 10 segundos', /^Cambia de lado: /,
        'Bien hecho. Has terminado la rutina.',
      ]);
      assert.ok(!heard.some((t) => /Breathe|Go\b|Switch/.test(t)), 'no English');
      const utterances = (await page.evaluate(() => window.__utterances)).filter((u) => !u.cancel);
      assert.ok(utterances.every((u) => u.voice === 'monica' && u.lang === 'es-ES'));
      assert.deepEqual(errors, []);
    });
  });

});
