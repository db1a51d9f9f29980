// The canvas is one opaque picture to assistive technology, so the page keeps a transparent DOM
// copy of what is on screen: a real element per interactive item (from window.unknot.widgets()),
// with its translated name, role and state, laid over the item's rect in reading order.
// Activating one (a screen reader's double tap or Enter) presses the same item in the app, and
// focusing one gives that item the app's keyboard focus. The
// copy takes no mouse or touch input (pointer-events: none): those reach the canvas as before.
// It is rebuilt only when the widgets' signature changes, never on every frame.

const ROLE_ELEMENTS = {
  heading: { tag: 'h1', role: null },  // the screen's heading: a reader's first stop
  button: { role: null },
  checkbox: { role: 'checkbox', checked: true },
  radio: { role: 'radio', checked: true },
  tab: { role: 'tab', selected: true },
  switch: { role: 'switch', checked: true },
  textbox: { role: null },
};

function describe(element, widget) {
  const kind = ROLE_ELEMENTS[widget.role] || ROLE_ELEMENTS.button;
  if (kind.role) element.setAttribute('role', kind.role); else element.removeAttribute('role');
  if (widget.role === 'heading') {
    element.textContent = widget.label;  // a heading is named by its text
  } else {
    element.setAttribute('aria-label', widget.role === 'textbox' && widget.value
      ? `${widget.label}: ${widget.value}` : widget.label);
  }
  if (kind.checked) element.setAttribute('aria-checked', String(widget.value === 'checked' || widget.value === 'on'));
  if (widget.value === 'expanded' || widget.value === 'collapsed') {
    element.setAttribute('aria-expanded', String(widget.value === 'expanded'));
  }
  if (element.tagName === 'BUTTON') element.disabled = !widget.enabled;
  element.dataset.widget = widget.id;
  const { x, y, w, h } = widget.rect;
  Object.assign(element.style, { left: `${x}px`, top: `${y}px`, width: `${w}px`, height: `${h}px` });
}

export function createMirror(api, core) {
  const layer = document.createElement('div');
  layer.id = 'a11y-mirror';
  document.body.appendChild(layer);
  let signature = null;

  layer.addEventListener('click', (event) => {
    const target = event.target.closest('[data-widget]');
    if (!target) return;
    core.pressWidget(target.dataset.widget);
    api.wake();
  });
  // A screen reader moving to an item gives it the app's keyboard focus too.
  layer.addEventListener('focusin', (event) => {
    const target = event.target.closest('[data-widget]');
    if (!target) return;
    core.focusWidget(target.dataset.widget);
    api.wake();
  });

  return {
    // After a drawn frame: cheap unless what is on screen changed.
    update() {
      const now = core.widgetsSignature();
      if (now === signature) return;
      signature = now;
      const widgets = api.widgets();
      const focusedId = document.activeElement && document.activeElement.dataset
        ? document.activeElement.dataset.widget : null;
      while (layer.children.length > widgets.length) layer.lastChild.remove();
      widgets.forEach((widget, i) => {
        const tag = (ROLE_ELEMENTS[widget.role] || ROLE_ELEMENTS.button).tag || 'button';
        let element = layer.children[i];
        if (!element || element.tagName !== tag.toUpperCase()) {
          const fresh = document.createElement(tag);
          if (tag === 'button') fresh.type = 'button';
          fresh.tabIndex = -1;  // keyboard users move through the canvas's own focus (Tab)
          if (element) element.replaceWith(fresh); else layer.appendChild(fresh);
          element = fresh;
        }
        describe(element, widget);
      });
      // A screen reader that was on an item stays on it when the same item is redrawn.
      if (focusedId) {
        const again = layer.querySelector(`[data-widget="${CSS.escape(focusedId)}"]`);
        if (again && again !== document.activeElement) again.focus({ preventScroll: true });
      }
    },
  };
}
