// Text entry for the canvas app: the canvas can't raise a phone's keyboard or serve screen
// readers and input methods, so while a text box is edited a real <input> or <textarea> lies
// exactly over it. The text goes back to the app when the field loses focus, on Enter (one-line
// fields) or when the page scrolls; Escape keeps the old text.

let open = null;  // { element, commit }
const encoder = new TextEncoder();

// Lone surrogates (half an emoji, from a broken paste) become U+FFFD here: on the way into C++
// Emscripten would fuse one with the next character into another character altogether.
export function wellFormed(text) {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// The longest start of `text` whose UTF-8 fits `maxBytes`, cut between characters.
export function fitBytes(text, maxBytes) {
  if (encoder.encode(text).length <= maxBytes) return text;
  let bytes = 0;
  let end = 0;
  for (const char of text) {  // by code point, so a pair is never split
    const size = encoder.encode(char).length;
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}

// A small "N left" under the field once a fifth of the budget or less is left, read out by
// screen readers with the field (aria-describedby).
function attachCounter(element, maxBytes, template) {
  const counter = document.createElement('div');
  counter.className = 'unknot-text-counter';
  counter.id = 'unknot-text-counter';
  counter.setAttribute('aria-live', 'polite');
  element.setAttribute('aria-describedby', counter.id);
  const update = () => {
    const used = encoder.encode(wellFormed(element.value)).length;
    const left = Math.max(0, maxBytes - used);
    counter.textContent = left <= maxBytes / 5 ? template.replace('{1}', String(left)) : '';
    counter.hidden = counter.textContent === '';
  };
  update();
  return { counter, update };
}

function closeTextField() {
  if (open) open.commit();
}

export function openTextField(core, afterChange, { id, label, text, maxBytes, remaining, multiline, rect }) {
  closeTextField();
  const element = document.createElement(multiline ? 'textarea' : 'input');
  element.className = 'unknot-text-field';
  element.value = text;
  // The core keeps at most maxBytes of UTF-8: the field stops there too (a character budget
  // would let a Spanish note run past it and be cut silently), and says what is left.
  const { counter, update } = attachCounter(element, maxBytes, remaining);
  element.addEventListener('input', () => {
    const fitted = fitBytes(element.value, maxBytes);
    if (fitted !== element.value) element.value = fitted;
    update();
  });
  element.setAttribute('aria-label', label);
  element.placeholder = label;
  Object.assign(element.style, {
    left: `${rect.x}px`, top: `${rect.y}px`, width: `${rect.w}px`, height: `${rect.h}px`,
  });
  Object.assign(counter.style, { left: `${rect.x}px`, top: `${rect.y + rect.h + 2}px`, width: `${rect.w}px` });
  let done = false;
  // The box scrolls away under a wheel: the field would float over the wrong thing.
  const onWheel = (event) => { if (event.target !== element) finish(true); };
  const finish = (keep) => {
    if (done) return;
    done = true;
    open = null;
    window.removeEventListener('wheel', onWheel, { capture: true });
    const value = keep ? fitBytes(wellFormed(element.value), maxBytes) : text;
    element.remove();
    counter.remove();
    core.textEdited(id, value);
    afterChange();
    document.getElementById('canvas').focus({ preventScroll: true });
  };
  element.addEventListener('blur', () => finish(true));
  element.addEventListener('keydown', (event) => {
    event.stopPropagation();  // the app's shortcuts (Escape = back, Space = pause) stay out of typing
    if (event.key === 'Escape') finish(false);
    if (event.key === 'Enter' && !multiline) finish(true);
  });
  // SDL listens for keys on the window and cancels keypress (its own text input): none of the
  // field's keys may reach it.
  for (const type of ['keyup', 'keypress']) element.addEventListener(type, (event) => event.stopPropagation());
  window.addEventListener('wheel', onWheel, { capture: true, passive: true });
  document.body.appendChild(element);
  document.body.appendChild(counter);
  open = { element, commit: () => finish(true) };
  element.focus({ preventScroll: true });
}
