// The one-page summary a user can print or send to a clinician: their pain over time against
// their own baseline, function (PSFS), what they reported most, any warning signs, practice,
// and their latest check-ins. A self-contained HTML document: no scripts, nothing fetched.
#pragma once
#include <cstdint>
#include <string>

#include "core/i18n/strings.h"
#include "core/journal/journal.h"
#include "core/settings/preferences.h"

namespace unknot {

// `now_ms` and `utc_offset_min` say when and where it is made: "today" for the averages, the
// chart and the weeks of practice.
std::string clinician_summary_html(const Journal& journal, const PsfsActivities& psfs_activities,
                                   Locale locale, std::int64_t now_ms, int utc_offset_min);

}  // namespace unknot
