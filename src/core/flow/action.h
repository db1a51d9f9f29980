// Every change to the app state is one of these actions. The UI, the JS API, the host page
// and the tests all build actions and hand them to dispatch(); nothing else changes state.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/breathing/breathing.h"
#include "core/flow/hosting.h"
#include "core/flow/screen.h"
#include "core/i18n/strings.h"
#include "core/journal/checkin.h"
#include "core/learn/learn_content.h"
#include "core/plan/daily_plan.h"
#include "core/plan/movement_breaks.h"
#include "core/plan/program.h"
#include "core/routine/routine_plan.h"
#include "core/settings/preferences.h"
#include "core/support/result.h"
#include "core/voice/device_voices.h"

namespace unknot {

struct Navigate {
  Screen to;
};
struct GoBack {};
struct SetLocale {
  Locale locale;
};
struct SetSound {
  bool on;
};
struct SetVibration {
  bool on;
};
struct ShowLearnPage {  // opens a Learn page (and the Learn section, from anywhere)
  LearnPage page;
};
struct ShowExercise {  // the routine carousel's card
  std::size_t index;
};
struct StartRoutine {
  RoutineKind kind;
};
struct SetCustomRoutine {  // the user's own routine: which exercises, in what order, at what dose
  RoutinePlan plan;
};
struct PauseRoutine {};
struct ResumeRoutine {};
struct SkipExercise {};
struct PreviousExercise {};
struct RestartExercise {};
struct EndRoutine {};
struct CloseRoutine {};  // leave the finished routine's summary
struct SetReduceMotion {
  bool on;
};
struct SetBreathPreset {
  BreathPreset preset;
};
struct SetBreathPattern {  // the user's own pattern, in half-second steps
  BreathPattern pattern;
};
struct SetBreathLength {  // one of kBreathLengthsMs (0 = open-ended)
  std::int64_t length_ms;
};
struct StartBreathing {};
struct PauseBreathing {};
struct ResumeBreathing {};
struct StopBreathing {};
struct CloseBreathing {};  // leave the ended session's summary
struct StartPositionTest {
  int rest_minutes;  // 2 to 5
};
struct RatePain {  // 0 (no pain) to 10 (worst imaginable), for the test's current rating
  int pain;
};
struct FinishRestEarly {};
struct CancelPositionTest {};
struct ClosePositionTest {};  // leave the result (it stays remembered)
// --- The journal (see journal_actions.h) ---
struct SaveCheckIn {  // a new check-in; its id, time and day are filled in from the moment
  CheckIn draft;
};
struct RateSessionPain {  // 0-10: before the next routine, or after the one just finished
  bool after;
  int pain;
};
struct SetPsfsActivities {
  PsfsActivities names;
};
struct SetTextSize {
  TextSize size;
};
struct SetHighContrast {
  bool on;
};
struct RetrySaves {};  // write again every record whose write failed
enum class ExportFormat { Json, Csv, ClinicianSummary };
struct ExportData {
  ExportFormat format;
};
struct PreviewImport {  // reads an export file and shows what importing it would add
  std::string text;
  // The file's size as the page saw it, when known: a file over the limit is refused from
  // this alone, so the page never copies it into wasm.
  std::uint64_t file_bytes = 0;
};
struct PickImportFile {};  // opens the browser's file chooser; the file comes back as PreviewImport
struct ConfirmImport {
  // Take the file's settings too? None: the preview's default (yes only on a device with
  // nothing of the user's own yet).
  std::optional<bool> take_settings;
};
struct CancelImport {};
struct EraseAllData {};
// --- From the platform's storage, never from the JSON API ---
struct StoredRecord {
  std::string key;  // may be empty when loading: the blob's header says what it is
  std::string blob;
};
struct StorageOpened {  // at start: what is stored, or why nothing can be
  bool available;
  std::string reason;  // when not available: a plain-words reason for the banner
  std::vector<StoredRecord> records;
};
struct WriteFinished {  // a write (or erase) the platform carried out, durable or failed
  std::vector<std::string> keys;
  bool ok;
  std::string error;
};
struct RecordChangedElsewhere {  // another tab stored (or, with an empty blob, erased) a record
  StoredRecord record;
};
struct ErasedElsewhere {};         // another tab erased everything
struct StorageLost {};             // the database vanished under the running app (cleared by the browser)
struct DismissStorageNotice {};    // the person has read that storage was cleared and written back
struct ReplaceDamagedSettings {};  // the person chooses to save settings over a damaged record
// --- How the app is hosted (see hosting.h) ---
struct SetEmbedded {  // from the platform at start: inside another site's frame
  bool on;
};
struct UpdateReady {};     // from the platform: a newer version is installed and waiting
struct ApplyUpdate {};     // the user's Update: the page reloads into it once every save is durable
struct OpenFullApp {};     // from the embedded app: the user wants Unknot on its own
struct SetShareWithHost {  // whether a portal that embeds the app learns what kind of session ended
  bool on;
};
// --- Today's plan, movement breaks, the 12-week program (see plan_actions.h) ---
struct TickPlanItem {  // done (or not) today: recorded in the journal as the day's self-care
  PlanItem item;
  bool done;
};
struct SetPlanItem {  // in the daily plan or not
  PlanItem item;
  bool included;
};
struct SetPlanTime {
  PlanItem item;
  PlanTime time;
};
struct SetPlanRoutine {  // full or short
  RoutineKind kind;
};
struct SetMovementBreaks {
  BreakSettings settings;
};
struct FinishBreak {  // the user's answer to a showing reminder
  bool snooze;
};
// The program's screening, asked once before it starts (the UI asks every question first).
struct Screening {
  std::uint16_t red_flags = 0;  // warning signs now (kAskedFlags)
  bool past_cancer = false;     // a past cancer, and this back pain is new and not yet checked
  std::uint8_t cautions = 0;    // ProgramCaution bits: gentler variants, not a block
};
struct StartProgram {
  int pain;  // 0-10 today: the baseline
  Screening screening;
};
struct ResumeProgram {};  // after a pause for a same-day sign, once the person has been checked
struct ReviewWeek {       // the weekly review: saved as a check-in too, so the journal shows it
  CheckIn checkin;        // pain, PSFS scores and warning signs; the rest may be left empty
  WeekFeel feel;
};
struct EndProgram {};
struct AllowNotifications {};   // the user's "Allow notifications": the platform asks the browser
struct SetNotificationAccess {  // from the platform: at start, and after the browser's answer
  NotifyAccess access;
};
// The voice coach (core/voice/voice_coach.h) and its settings.
struct SetVoiceCoach {
  bool on;
};
struct SetVoiceBreaths {  // say each breath in cat cow and the breathing visualiser
  bool on;
};
struct SetVoiceRate {
  VoiceRate rate;
};
struct SetVoice {  // one of the device's voices, by its id; "" for the device's default
  std::string id;
};
struct TestVoice {};      // says a sample phrase
struct SetDeviceVoices {  // from the platform: the device's speech voices, at start and as they load
  std::vector<DeviceVoice> voices;
};
// Brings timers up to the clock. The app sends it each frame while a routine runs, and before
// answering state(); it is not part of the JSON API.
struct Tick {};

using Action = std::variant<
    Navigate, GoBack, SetLocale, SetSound, SetVibration, ShowLearnPage, ShowExercise, StartRoutine,
    SetCustomRoutine, PauseRoutine, ResumeRoutine, SkipExercise, PreviousExercise, RestartExercise,
    EndRoutine, CloseRoutine, SetReduceMotion, SetBreathPreset, SetBreathPattern, SetBreathLength,
    StartBreathing, PauseBreathing, ResumeBreathing, StopBreathing, CloseBreathing, StartPositionTest,
    RatePain, FinishRestEarly, CancelPositionTest, ClosePositionTest, SaveCheckIn, RateSessionPain,
    SetPsfsActivities, SetTextSize, SetHighContrast, RetrySaves, ExportData, PickImportFile, PreviewImport,
    ConfirmImport, CancelImport, EraseAllData, StorageOpened, WriteFinished, RecordChangedElsewhere,
    ErasedElsewhere, StorageLost, DismissStorageNotice, ReplaceDamagedSettings, SetEmbedded, UpdateReady,
    ApplyUpdate, OpenFullApp, SetShareWithHost, TickPlanItem, SetPlanItem, SetPlanTime, SetPlanRoutine,
    SetMovementBreaks, FinishBreak, StartProgram, ResumeProgram, ReviewWeek, EndProgram, AllowNotifications,
    SetNotificationAccess, SetVoiceCoach, SetVoiceBreaths, SetVoiceRate, SetVoice, TestVoice, SetDeviceVoices,
    Tick>;

// Parses one action from JSON such as {"type":"navigate","screen":"learn"}.
// Anything malformed or unknown comes back as an error that says what was wrong.
Result<Action> parse_action(std::string_view json);

}  // namespace unknot
