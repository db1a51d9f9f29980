#include "app/app.h"

#include <GLES3/gl3.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

#include <algorithm>
#include <cstdlib>

#include "core/flow/dispatch.h"
#include "core/flow/shortcuts.h"
#include "core/flow/state_json.h"
#include "core/i18n/text_pack.h"
#include "core/voice/voice_actions.h"
#include "platform/clock.h"
#include "platform/cues.h"
#include "platform/files.h"
#include "platform/host_page.h"
#include "platform/speech.h"
#include "platform/storage.h"
#include "platform/text_field.h"
#include "platform/text_packs.h"
#include "ui/screens/app_ui.h"
#include "ui/widgets/theme.h"

namespace unknot {

bool App::init() {
  // Keys reach the app only while the canvas has the focus: a host page's own fields (when
  // embedded), the text field over a box and the accessibility mirror keep theirs.
  platform::mark_startup("unknot-init-start");  // the wasm is compiled and instantiated
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
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
  platform::mark_startup("unknot-context-made");

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing of the UI's layout is worth persisting
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ui::apply_style(ImGui::GetStyle());
  ImGui_ImplSDL2_InitForOpenGL(window_, gl_);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  // The language first: its words (fetched by the page while the wasm loaded, so usually here
  // at once) give the first frame's title letters.
  platform::listen_for_text([this](Locale locale, bool installed) { text_reported(locale, installed); });
  if (const auto locale = locale_from_tag(platform::preferred_language())) apply(SetLocale{*locale});
  need_text();
  apply_viewport(viewport_);
  platform::mark_startup("unknot-fonts-built");

  // What the browser says about the user (language, motion, contrast, being embedded) enters the
  // state as actions through apply(), like everything else.
  if (platform::prefers_reduced_motion()) apply(SetReduceMotion{true});
  if (platform::prefers_more_contrast()) apply(SetHighContrast{true});
  if (platform::embedded()) apply(SetEmbedded{true});
  notification_access_changed();
  // Storage answers later (the page opened it while the wasm loaded): StorageOpened, then a
  // WriteFinished per write, and other tabs' changes, all through the same apply().
  platform::open_storage([this](const Action& report) { apply(report); });
  return true;
}

void App::apply_viewport(const platform::Viewport& viewport) {
  const bool ratio_changed = viewport.pixel_ratio != viewport_.pixel_ratio || fonts_.body == nullptr;
  viewport_ = viewport;
  SDL_SetWindowSize(window_, viewport.css_width, viewport.css_height);
  platform::size_canvas(viewport);  // after SDL, which sizes the canvas with a ratio it cached
  if (ratio_changed && has_any_text()) rebuild_fonts();  // with no words yet, the first frame builds them
}

// Glyphs are rasterised for the screen's pixel ratio and the user's text size: either change
// means a new atlas. (Its CPU copy is kept: the GL backend re-reads it if it recreates its
// device objects.) The first frame's atlas is smaller: of the title size (the largest) only the
// letters of the app's name, which is all the home screen shows in it, and of the reading sizes
// only the letters the language's UI strings use (English needs about half of Latin-1). The
// start is quicker by the glyphs left out, and the whole atlas is built for the next frame.
void App::rebuild_fonts() {
  fonts_scale_ = ui::text_scale(state_.settings.text_size);
  ui::FirstFrameText first;
  std::string letters;  // read by build_fonts, not after
  if (!drawn_once_) {
    std::string_view strings = installed_part(TextPart::Strings, state_.locale);
    if (strings.empty() && first_installed_locale())
      strings = installed_part(TextPart::Strings, *first_installed_locale());
    letters = std::string(strings);
    std::replace(letters.begin(), letters.end(), '\0', ' ');  // a NUL would end the glyph ranges
    first = {tr(state_.locale, Str::AppName), letters};
  }
  fonts_ = ui::build_fonts(ImGui::GetIO(), viewport_.pixel_ratio, fonts_scale_, first);
  fonts_complete_ = first.title.empty();
  // Before the first frame the backend has no objects yet: making them (its first NewFrame)
  // uploads the atlas, and uploading it here as well would send the same texture twice.
  if (!renderer_made_) return;
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

// Asks for the words of the language the state names, once, unless they are here.
void App::need_text() {
  const unsigned bit = 1u << static_cast<unsigned>(state_.locale);
  if (has_text(state_.locale) || (text_requested_ & bit) != 0) return;
  text_requested_ |= bit;
  platform::request_text(state_.locale);
}

// A language's words arrived (the next frame shows them), or could not be had. Without any words
// the app cannot draw at all: the page says it could not start. Otherwise the language goes back
// to the one on screen, and a screen reader hears why.
void App::text_reported(Locale locale, bool installed) {
  text_requested_ &= ~(1u << static_cast<unsigned>(locale));
  redraw_.request();
  if (installed || locale != state_.locale) return;
  if (!has_any_text()) {
    platform::show_fatal_error("start");
    return;
  }
  const Locale shown = has_text(shown_locale_) ? shown_locale_ : *first_installed_locale();
  apply(SetLocale{shown});
  platform::announce(std::string(tr(shown, Str::LanguageUnavailable)), true);
}

bool App::poll_input() {
  bool any = false;
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    if (!handle_shortcut(event)) ImGui_ImplSDL2_ProcessEvent(&event);
    any = true;
  }
  return any;
}

// Keys with a meaning on the current screen (see core/shortcuts.h) become actions; Dear ImGui
// gets every other event, and never half of a shortcut (its key-up is dropped too).
bool App::handle_shortcut(const SDL_Event& event) {
  if (event.type != SDL_KEYDOWN && event.type != SDL_KEYUP) return false;
  if ((event.key.keysym.mod & (KMOD_CTRL | KMOD_ALT | KMOD_GUI | KMOD_SHIFT)) != 0) return false;
  std::optional<Key> key;
  switch (event.key.keysym.sym) {
    case SDLK_LEFT: key = Key::Left; break;
    case SDLK_RIGHT: key = Key::Right; break;
    case SDLK_SPACE: key = Key::Space; break;
    case SDLK_ESCAPE: key = Key::Escape; break;
    default: return false;
  }
  const auto action = shortcut_action(state_, *key);
  if (!action) return false;
  if (event.type == SDL_KEYDOWN && event.key.repeat == 0) apply(*action);
  return true;
}

int App::frame() {
  if (crash_requested_) std::abort();  // self-test of the page's crash screen
  if (!has_any_text()) return 0;       // the page's "Loading" stays until the words are here
  bool changed = poll_input();
  const platform::Viewport viewport = platform::read_viewport();
  if (viewport != viewport_) {
    apply_viewport(viewport);
    changed = true;
  }
  if (changed) redraw_.request();

  const std::int64_t now = platform::wall_clock_ms();
  if (needs_tick(state_, now)) apply(Tick{});
  update_wake_lock();

  // A frame when something changed, while something moves continuously, or when the screen's
  // next visible change is due (a countdown's next second): never at the display's rate for a
  // screen that only counts seconds.
  const bool due = redraw_at_ms_ > 0 && now >= redraw_at_ms_;
  if (!redraw_.take_frame(ui_animating_ || due || !fonts_complete_)) return 0;
  draw();
  // Not settled while a language's words are on their way: what is drawn is about to change.
  return kFrameDrawn | (redraw_.wants_more(ui_animating_ || !fonts_complete_) ? kFrameWantsMore : 0) |
         (redraw_.settled() && text_requested_ == 0 ? kFrameSettled : 0);
}

void App::draw() {
  ImGui_ImplOpenGL3_NewFrame();  // the first one compiles the renderer's shaders
  renderer_made_ = true;
  if (!drawn_once_) platform::mark_startup("unknot-first-frame-shaders");
  ImGui_ImplSDL2_NewFrame();
  // After the loop slept, the first delta spans the whole nap: cap it so nothing jumps.
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = std::min(io.DeltaTime, 0.1f);
  // Before the frame starts.
  if (fonts_.body == nullptr || ui::text_scale(state_.settings.text_size) != fonts_scale_ ||
      (drawn_once_ && !fonts_complete_))
    rebuild_fonts();
  if (has_text(state_.locale)) shown_locale_ = state_.locale;
  if (ui::high_contrast() != state_.settings.high_contrast) {
    ui::set_high_contrast(state_.settings.high_contrast);
    ui::apply_style(ImGui::GetStyle());  // the style's colours come from the palette
  }
  ImGui::NewFrame();

  widgets_.begin_frame();
  pending_actions_.clear();
  ui::UiContext context{fonts_,
                        state_.locale,
                        widgets_,
                        pending_actions_,
                        ui_memory_,
                        platform::wall_clock_ms(),
                        platform::utc_offset_minutes(),
                        false,
                        std::nullopt};
  ui::draw_app(state_, context);
  ui_animating_ = context.animating;
  redraw_at_ms_ = context.redraw_at_ms;
  content_height_ = context.content_height;
  if (context.text_edit) open_text_field(*context.text_edit);
  ui_memory_.mirror_press.clear();  // a press or focus for an item no longer on screen is dropped
  ui_memory_.mirror_focus.clear();
  ImGui::Render();
  if (!drawn_once_) platform::mark_startup("unknot-first-frame-layout");
  drawn_once_ = true;

  int width = 0, height = 0;
  SDL_GL_GetDrawableSize(window_, &width, &height);
  glViewport(0, 0, width, height);
  const ImVec4 clear = ui::clear_color();
  glClearColor(clear.x, clear.y, clear.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  for (const Action& action : pending_actions_) apply(action);
}

Moment App::now() const {
  return Moment{platform::wall_clock_ms(), platform::utc_offset_minutes(), platform::random_nonce()};
}

void App::apply(const Action& action) {
  const DispatchOutcome outcome = dispatch(state_, action, now());
  follow_dispatch(outcome.changed, outcome);
}

// What follows every dispatch, from the app itself or through the API (dispatch_json): a frame
// if the state changed, the outcome's effects, and the words of a language new to the state.
void App::follow_dispatch(bool changed, const DispatchOutcome& outcome) {
  if (changed) redraw_.request();
  carry_out(outcome);
  need_text();  // a new language (chosen, restored from storage, from another tab or a portal)
}

// The effects of a dispatch, in order: erase and writes first (one transaction), then the
// rest. Cues come last so a slow audio start never delays a save.
void App::carry_out(const DispatchOutcome& outcome) {
  note_import_answer(outcome);
  if (outcome.erase_all || !outcome.writes.empty())
    platform::write_records(outcome.writes, outcome.erase_all);
  if (outcome.request_persist) platform::request_persistent_storage();
  if (outcome.file) platform::offer_file(*outcome.file);
  if (outcome.pick_import_file) platform::pick_import_file();
  if (!outcome.host_message.empty()) platform::tell_host(outcome.host_message);
  if (outcome.open_full_app) platform::open_full_app();
  if (outcome.apply_update) platform::apply_update();
  if (outcome.ask_notifications) platform::ask_notification_permission();
  if (outcome.movement_break) {
    platform::notify(std::string(tr(state_.locale, Str::BreakTitle)),
                     std::string(tr(state_.locale, Str::BreakBody)));
  }
  for (Cue cue : outcome.cues) platform::play_cue(cue, state_.settings.sound, state_.settings.vibration);
  announce(outcome);
  speak(outcome);
}

// The voice coach's phrases, in the voice and pace the user chose (the core decided whether any
// is said at all: on, sound on, a voice for the language).
void App::speak(const DispatchOutcome& outcome) const {
  if (outcome.hush) platform::stop_speaking();
  const DeviceVoice* voice = usable_voice(state_);
  if (voice == nullptr) return;
  const double rate = state_.settings.voice.rate == VoiceRate::Slower ? 0.8 : 1.0;
  for (const Phrase& phrase : outcome.speech) {
    platform::speak(platform::Utterance{phrase.text, std::string(locale_id(state_.locale)), voice->id, rate,
                                        phrase.interrupts, phrase.may_drop});
  }
}

// A refused import file changes nothing in the state: its reason is the Data screen's to show
// (UI memory) until a file is previewed or the user leaves the screen.
void App::note_import_answer(const DispatchOutcome& outcome) {
  std::string& shown = ui_memory_.import_refusal;
  const std::string before = shown;
  if (!outcome.error.empty() && outcome.refusal == RefusalCode::BadFile)
    shown = outcome.error;
  else if (state_.import_preview || state_.screen != Screen::Data)
    shown.clear();
  if (shown != before) redraw_.request();
}

// Screen readers hear what happened without a press of their own: the core's announcements
// (the routine's and breathing's cues in words, saves, failures, warning signs).
void App::announce(const DispatchOutcome& outcome) const {
  for (const Announcement& announcement : outcome.announcements) {
    std::string text;
    for (Str part : announcement.parts)
      text += (text.empty() ? "" : ". ") + std::string(tr(state_.locale, part));
    if (!announcement.text.empty()) text += (text.empty() ? "" : " ") + announcement.text;
    platform::announce(text, announcement.assertive);
  }
}

// A movement break is counted in wall-clock time whether or not frames are drawn: the page
// wakes the loop then, and the tick that follows shows it.
// And when the screen's next visible change is due. A timer that runs while its screen isn't drawn
// (a rest left running under another screen) is still ticked every quarter second, so its cues
// and its end come on time.
double App::next_wake_ms() const {
  std::int64_t wake = next_break_wake_ms(state_.break_schedule, state_.breaks);
  const auto sooner = [&wake](std::int64_t at) {
    if (at > 0 && (wake == 0 || at < wake)) wake = at;
  };
  sooner(redraw_at_ms_);
  if (timers_running(state_) && redraw_at_ms_ == 0) sooner(platform::wall_clock_ms() + kTimerTickMs);
  return static_cast<double>(wake);
}

std::string App::last_frame_geometry() const {
  const ImDrawData* data = ImGui::GetDrawData();
  int draw_calls = 0;
  if (data != nullptr) {
    for (int i = 0; i < data->CmdListsCount; i++) draw_calls += data->CmdLists[i]->CmdBuffer.Size;
  }
  const auto field = [](const char* name, int value) {
    return "\"" + std::string(name) + "\":" + std::to_string(value);
  };
  return "{" + field("drawLists", data ? data->CmdListsCount : 0) + "," + field("drawCalls", draw_calls) +
         "," + field("vertices", data ? data->TotalVtxCount : 0) + "," +
         field("indices", data ? data->TotalIdxCount : 0) + "," +
         field("fontAtlasWidth", ImGui::GetIO().Fonts->TexWidth) + "," +
         field("fontAtlasHeight", ImGui::GetIO().Fonts->TexHeight) + "}";
}

void App::notification_access_changed() {
  const int access = std::clamp(platform::notification_access(), 0, 3);
  apply(SetNotificationAccess{static_cast<NotifyAccess>(access)});
}

void App::update_wake_lock() {
  const bool wanted = timers_running(state_);
  if (wanted == screen_kept_awake_) return;
  screen_kept_awake_ = wanted;
  platform::keep_screen_awake(wanted);
}

void App::open_text_field(const ui::TextEditRequest& request) const {
  // The box's rect is in ImGui's coordinates, which are the canvas's CSS pixels.
  platform::open_text_field(
      platform::TextFieldSpec{request.id, request.label, request.text, static_cast<int>(request.max_bytes),
                              std::string(tr(state_.locale, Str::TextLeft)), request.multiline, request.pos.x,
                              request.pos.y, request.size.x, request.size.y});
}

void App::press_widget(std::string_view id) {
  ui_memory_.mirror_press = std::string(id);
  redraw_.request();
}

void App::focus_widget(std::string_view id) {
  ui_memory_.mirror_focus = std::string(id);
  redraw_.request();
}

void App::text_edited(std::string_view id, std::string_view text) {
  ui::text_edited(ui_memory_, id, text);
  redraw_.request();
}

std::string App::dispatch_json(std::string_view action_json) {
  const auto revision = state_.revision;
  DispatchOutcome outcome;
  std::string answer = unknot::dispatch_json(state_, action_json, now(), &outcome);
  follow_dispatch(state_.revision != revision, outcome);
  return answer;
}

// The snapshot is brought up to the clock first, so it is right even while no frame is drawn
// (a hidden tab) or between frames.
std::string App::state_json() {
  const std::int64_t now = platform::wall_clock_ms();
  if (needs_tick(state_, now)) apply(Tick{});
  return state_to_json(state_, now, platform::utc_offset_minutes());
}

}  // namespace unknot
