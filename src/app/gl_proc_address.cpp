// SDL2 looks GL functions up by name through eglGetProcAddress. Emscripten's own version
// answers for every WebGL function it knows, so linking it imports all ~270 of them into the
// wasm and pulls their JavaScript into unknot.js, although the app calls only the few Dear
// ImGui's renderer uses, directly. This definition takes its place at link time (objects come
// before Emscripten's libraries) and answers that none is available by name.
//
// What SDL asks it for, and what a "no" changes: optional EGL extensions (SDL does without
// them), and glGetString / glGetIntegerv to learn whether a context may be made current with no
// surface (a page's canvas is always there). Nothing else asks: the app does not call
// SDL_GL_GetProcAddress, SDL_GL_ExtensionSupported or SDL_GL_GetAttribute.
extern "C" void* eglGetProcAddress(const char* /*name*/) {
  return nullptr;
}
