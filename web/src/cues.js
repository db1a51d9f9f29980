// The routine's cues as short generated tones (WebAudio, no sound files) and vibration patterns,
// each distinct so a person can follow along with eyes closed; and the screen wake lock.
// Every cue played is also announced as a window event 'unknot:cue' (for tests and assistive
// layers), whether or not sound is on.
import { CUES } from 'unknot-contract';

// Each cue's notes [frequency Hz, start s, length s] and vibration pattern (ms), by the name
// it has in enum class Cue (src/core/flow/cue.h); C++ sends its number, CUES names it.
const SOUNDS = {
  getReady: { notes: [[440, 0, 0.12], [554, 0.14, 0.12]], vibration: [60] },
  start: { notes: [[523, 0, 0.1], [659, 0.1, 0.1], [784, 0.2, 0.22]], vibration: [200] },
  rep: { notes: [[880, 0, 0.07]], vibration: [40] },
  switchSides: { notes: [[660, 0, 0.14], [440, 0.18, 0.14], [660, 0.36, 0.14]], vibration: [100, 80, 100] },
  rest: { notes: [[523, 0, 0.25], [392, 0.25, 0.4]], vibration: [150] },
  countdown: { notes: [[740, 0, 0.06]], vibration: [30] },
  // Ten seconds left in a long hold: two soft low taps, unlike the countdown's high ones.
  tenSecondsLeft: { notes: [[494, 0, 0.08], [494, 0.16, 0.08]], vibration: [30, 80, 30] },
  done: { notes: [[523, 0, 0.12], [659, 0.12, 0.12], [784, 0.24, 0.12], [1046, 0.36, 0.45]], vibration: [300, 100, 300] },
  // Breathing: a rising pair to breathe in, one soft tap to hold, a falling pair to breathe out.
  breatheIn: { notes: [[330, 0, 0.18], [392, 0.18, 0.3]], vibration: [80] },
  breatheHold: { notes: [[523, 0, 0.08]], vibration: [30, 60, 30] },
  breatheOut: { notes: [[392, 0, 0.18], [294, 0.18, 0.4]], vibration: [220] },
  // A movement break: two soft, low notes, gentle enough for an office.
  moveReminder: { notes: [[392, 0, 0.3], [523, 0.32, 0.5]], vibration: [120, 120, 120] },
};

let audio = null;

function play(notes) {
  try {
    if (!audio) audio = new AudioContext();
    if (audio.state === 'suspended') audio.resume();
    const now = audio.currentTime + 0.01;
    for (const [frequency, start, length] of notes) {
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      tone.type = 'sine';
      tone.frequency.value = frequency;
      // A soft attack and release: no clicks, nothing harsh.
      volume.gain.setValueAtTime(0, now + start);
      volume.gain.linearRampToValueAtTime(0.25, now + start + 0.015);
      volume.gain.exponentialRampToValueAtTime(0.001, now + start + length);
      tone.connect(volume).connect(audio.destination);
      tone.start(now + start);
      tone.stop(now + start + length + 0.02);
    }
  } catch {
    // No audio output (or the browser refused it): the visual and vibration cues remain.
  }
}

export function playCue(index, sound, vibration) {
  const name = CUES[index];
  if (!name) return;
  const { notes, vibration: pattern } = SOUNDS[name];
  if (sound) play(notes);
  if (vibration && navigator.vibrate) navigator.vibrate(pattern);
  window.dispatchEvent(new CustomEvent('unknot:cue', { detail: { cue: name, sound, vibration } }));
}

let wakeLock = null;
let wantAwake = false;

async function acquire() {
  if (!wantAwake || wakeLock || !navigator.wakeLock || document.visibilityState !== 'visible') return;
  try {
    wakeLock = await navigator.wakeLock.request('screen');
    wakeLock.addEventListener('release', () => { wakeLock = null; });
    if (!wantAwake) keepAwake(false);
  } catch {
    wakeLock = null;  // refused (battery saver, iframe policy): the routine still runs
  }
}

export function keepAwake(awake) {
  wantAwake = awake;
  if (awake) {
    acquire();
  } else if (wakeLock) {
    wakeLock.release().catch(() => {});
    wakeLock = null;
  }
}

// The browser drops the lock when the page is hidden; take it again on return.
document.addEventListener('visibilitychange', acquire);
