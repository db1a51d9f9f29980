// The page around the canvas: what it tells the app at start, and what the app tells it back.
#pragma once
#include <string>

namespace unknot::platform {

// The browser's preferred language tag, e.g. "es-MX".
std::string preferred_language();

// Whether the system asks for less motion (prefers-reduced-motion).
bool prefers_reduced_motion();
// Whether the system asks for more contrast (prefers-contrast: more).
bool prefers_more_contrast();

// Marks a moment of the start (performance.mark), where scripts/bench reads how long each step
// took: "unknot-context-made" and the like.
void mark_startup(const char* name);

// Replaces the canvas with a plain message when the app can't run (e.g. no WebGL 2).
// `reason` is a short code the page translates: "webgl".
void show_fatal_error(const char* reason);

// Whether the app runs inside another site's frame (?embed=1, or framed).
bool embedded();
// Hands a message (JSON, see core/hosting.h) to the page, which posts it to the embedding site.
void tell_host(const std::string& json);
// Opens Unknot on its own, outside the site that embeds it.
void open_full_app();
// Lets the waiting new version take over; the page reloads into it.
void apply_update();

// System notifications, for movement breaks while the app is in the background:
// 0 unavailable (not installed, or no support), 1 not asked yet, 2 granted, 3 denied.
int notification_access();
// Asks the browser; the answer comes back through unknot_notification_access_changed().
void ask_notification_permission();
// Shows a notification, but only if the page is hidden and notifying is granted.
void notify(const std::string& title, const std::string& body);

// Says `text` through the page's aria-live region: politely after what is being read, or at
// once (assertive) for errors and warning signs.
void announce(const std::string& text, bool assertive);

}  // namespace unknot::platform
