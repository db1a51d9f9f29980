// Answers the WebGL state queries Dear ImGui's GL backend makes on every frame from a copy kept
// here, instead of from the GPU.
//
// Before drawing, the backend reads the blend and scissor state so it can put it back after
// (other code might share the context; here nothing does). Chromium answers those queries with
// a synchronous round trip to the GPU process, which first finishes the previous frame's
// drawing: a stall on every frame (18-30 ms of the main thread on a software GPU, a pipeline
// stall on a phone's). Every change to that state goes through the setters wrapped below, so the
// copy is always what the context holds.

// The queried values and the setters that change them.
const BLEND_SRC_RGB = 0x80c9;
const BLEND_DST_RGB = 0x80c8;
const BLEND_SRC_ALPHA = 0x80cb;
const BLEND_DST_ALPHA = 0x80ca;
const BLEND_EQUATION_RGB = 0x8009;
const BLEND_EQUATION_ALPHA = 0x883d;
const SCISSOR_BOX = 0x0c10;

// Makes the canvas shadow the state of the WebGL 2 context it gives out (Emscripten asks for it
// while the app starts). The copy starts from WebGL's initial values, which the specification
// fixes, so nothing has to be asked of the GPU to fill it.
export function shadowGlStateOf(canvas) {
  const getContext = canvas.getContext.bind(canvas);
  let shadowed = null;
  canvas.getContext = (type, attributes) => {
    const gl = getContext(type, attributes);
    if (gl && type === 'webgl2' && shadowed !== gl) {
      shadowed = gl;
      shadowGlState(gl);
    }
    return gl;
  };
}

function shadowGlState(gl) {
  const getParameter = gl.getParameter.bind(gl);
  const values = new Map();
  // WebGL's initial state (blending ONE, ZERO, FUNC_ADD; the scissor box the whole drawing
  // buffer): when the context is made, and again after a lost context comes back.
  const reset = () => {
    for (const name of [BLEND_SRC_RGB, BLEND_SRC_ALPHA]) values.set(name, gl.ONE);
    for (const name of [BLEND_DST_RGB, BLEND_DST_ALPHA]) values.set(name, gl.ZERO);
    for (const name of [BLEND_EQUATION_RGB, BLEND_EQUATION_ALPHA]) values.set(name, gl.FUNC_ADD);
    values.set(SCISSOR_BOX, new Int32Array([0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight]));
  };
  reset();
  gl.canvas.addEventListener('webglcontextrestored', reset);

  const wrap = (setter, store) => {
    const original = gl[setter].bind(gl);
    gl[setter] = (...args) => {
      original(...args);
      store(...args);
    };
  };
  const blendFunc = (srcRgb, dstRgb, srcAlpha, dstAlpha) => {
    values.set(BLEND_SRC_RGB, srcRgb);
    values.set(BLEND_DST_RGB, dstRgb);
    values.set(BLEND_SRC_ALPHA, srcAlpha);
    values.set(BLEND_DST_ALPHA, dstAlpha);
  };
  const blendEquation = (rgb, alpha) => {
    values.set(BLEND_EQUATION_RGB, rgb);
    values.set(BLEND_EQUATION_ALPHA, alpha);
  };
  wrap('blendFunc', (src, dst) => blendFunc(src, dst, src, dst));
  wrap('blendFuncSeparate', blendFunc);
  wrap('blendEquation', (mode) => blendEquation(mode, mode));
  wrap('blendEquationSeparate', blendEquation);
  wrap('scissor', (x, y, width, height) => values.set(SCISSOR_BOX, new Int32Array([x, y, width, height])));

  gl.getParameter = (name) => {
    if (!values.has(name) || gl.isContextLost()) return getParameter(name);
    const value = values.get(name);
    return value instanceof Int32Array ? new Int32Array(value) : value;  // a copy, as WebGL gives
  };
}
