// The voice coach's speech: the browser's speechSynthesis, with the device's own voices (they
// work offline; nothing is recorded or shipped). C++ chooses the words, the moment, the voice and
// the pace (src/core/voice); this only speaks, and reports every phrase it speaks as a window
// event 'unknot:speak' {text, locale}, so tests and assistive layers can follow without audio.
const synth = typeof window.speechSynthesis === 'object' ? window.speechSynthesis : null;

// A voice a line: id, name, language tag, "1" for the device's default, tab-separated (the core
// parses it: src/core/voice/device_voices.h). Tabs and newlines inside a name would break a line.
export function listVoices() {
  if (!synth) return '';
  const clean = (text) => String(text).replace(/[\t\r\n]/g, ' ');
  return synth.getVoices()
    .map((voice) => [voice.voiceURI, voice.name, voice.lang, voice.default ? '1' : '0'].map(clean).join('\t'))
    .join('\n');
}

// Some browsers (Chrome) load their voices after the page: `changed` runs when they arrive.
export function watchVoices(changed) {
  if (synth && synth.addEventListener) synth.addEventListener('voiceschanged', changed);
}

export function speak(text, locale, voiceId, rate, interrupt, mayDrop) {
  if (!synth) return;
  const voice = synth.getVoices().find((candidate) => candidate.voiceURI === voiceId);
  if (!voice) return;  // gone since the core chose it: tones still guide
  try {
    if (interrupt) synth.cancel();
    else if (mayDrop && (synth.speaking || synth.pending)) return;  // late is worse than unsaid
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = rate;
    synth.speak(utterance);
  } catch (error) {
    // A speech engine that fails must not stop the routine: the tones and the screen go on.
    console.warn('Unknot: speech failed', error);
    return;
  }
  window.dispatchEvent(new CustomEvent('unknot:speak', { detail: { text, locale } }));
}

export function stopSpeaking() {
  try {
    if (synth) synth.cancel();
  } catch {
    // As above: nothing to stop.
  }
}
