#include "app/app.h"

#include <GLES3/gl3.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

#include <algorithm>
#include <cstdlib>

#include "core/dispatch.h"
#include "core/state_json.h"
#include "platform/clock.h"
#include "platform/host_page.h"
#include "ui/app_ui.h"
#include "ui/theme.h"

namespace unknot {

bool App::init() {
  if (SDL_Init(SDL_INIT_VIDEO) != 0) return false;
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);  // WebGL 2
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);

  viewport_ = platform::read_viewport();
  window_ = SDL_CreateWindow("Unknot", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, viewport_.css_width,
                             viewport_.css_height, SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI);
  if (window_ == nullptr) return false;
  gl_ = SDL_GL_CreateContext(window_);
  if (gl_ == nullptr) return false;

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing of the UI's layout is worth persisting
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ui::apply_style(ImGui::GetStyle());
  ImGui_ImplSDL2_InitForOpenGL(window_, gl_);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  apply_viewport(viewport_);

  if (const auto locale = locale_from_tag(platform::preferred_language())) {
    dispatch(state_, SetLocale{*locale}, platform::wall_clock_ms());
  }
  return true;
}

void App::apply_viewport(const platform::Viewport& viewport) {
  const bool ratio_changed = viewport.pixel_ratio != viewport_.pixel_ratio || fonts_.body == nullptr;
  viewport_ = viewport;
  SDL_SetWindowSize(window_, viewport.css_width, viewport.css_height);
  platform::size_canvas(viewport);  // after SDL, which sizes the canvas with a ratio it cached
  if (ratio_changed) {
    fonts_ = ui::build_fonts(ImGui::GetIO(), viewport.pixel_ratio);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
}

bool App::poll_input() {
  bool any = false;
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    any = true;
  }
  return any;
}

int App::frame() {
  if (crash_requested_) std::abort();  // self-test of the page's crash screen
  bool changed = poll_input();
  const platform::Viewport viewport = platform::read_viewport();
  if (viewport != viewport_) {
    apply_viewport(viewport);
    changed = true;
  }
  if (changed) redraw_.request();

  constexpr bool kAnimating = false;  // nothing animates yet: no timers or transitions exist
  if (!redraw_.take_frame(kAnimating)) return 0;
  draw();
  return kFrameDrawn | (redraw_.wants_more(kAnimating) ? kFrameWantsMore : 0);
}

void App::draw() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  // After the loop slept, the first delta spans the whole nap: cap it so nothing jumps.
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = std::min(io.DeltaTime, 0.1f);
  ImGui::NewFrame();

  widgets_.begin_frame();
  pending_actions_.clear();
  ui::UiContext context{fonts_, state_.locale, widgets_, pending_actions_};
  ui::draw_app(state_, context);
  ImGui::Render();

  int width = 0, height = 0;
  SDL_GL_GetDrawableSize(window_, &width, &height);
  glViewport(0, 0, width, height);
  const ImVec4 clear = ui::clear_color();
  glClearColor(clear.x, clear.y, clear.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  apply(pending_actions_);
}

void App::apply(const std::vector<Action>& actions) {
  for (const Action& action : actions) {
    if (dispatch(state_, action, platform::wall_clock_ms()).changed) redraw_.request();
  }
}

std::string App::dispatch_json(std::string_view action_json) {
  const auto revision = state_.revision;
  std::string answer = unknot::dispatch_json(state_, action_json, platform::wall_clock_ms());
  if (state_.revision != revision) redraw_.request();
  return answer;
}

std::string App::state_json() const { return state_to_json(state_); }

}  // namespace unknot
