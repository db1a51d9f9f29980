// Text entry for the canvas app: the canvas can't raise a phone's keyboard or serve screen
// readers and input methods, so while a text box is edited a real <input> or <textarea> lies
// exactly over it. The text goes back to the app when the field loses focus, on Enter (one-line
// fields) or when the page scrolls; Escape keeps the old text.

let open = null;  // { element, commit }

function closeTextField() {
  if (open) open.commit();
}

export function openTextField(module, afterChange, { id, label, text, maxLength, multiline, rect }) {
  closeTextField();
  const element = document.createElement(multiline ? 'textarea' : 'input');
  element.className = 'unknot-text-field';
  element.value = text;
  element.maxLength = maxLength;
  element.setAttribute('aria-label', label);
  element.placeholder = label;
  Object.assign(element.style, {
    left: `${rect.x}px`, top: `${rect.y}px`, width: `${rect.w}px`, height: `${rect.h}px`,
  });
  let done = false;
  // The box scrolls away under a wheel: the field would float over the wrong thing.
  const onWheel = (event) => { if (event.target !== element) finish(true); };
  const finish = (keep) => {
    if (done) return;
    done = true;
    open = null;
    window.removeEventListener('wheel', onWheel, { capture: true });
    const value = keep ? element.value : text;
    element.remove();
    module.ccall('unknot_text_edited', null, ['string', 'string'], [id, value]);
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
  open = { element, commit: () => finish(true) };
  element.focus({ preventScroll: true });
}
