// The words the page's storage script (web/src/storage.js) reports with: why storage could not
// be opened (StorageOpened::reason) and why a write failed (WriteFinished::error). This header
// is their one home: scripts/lib/contract.mjs copies them into the page's generated contract.
#pragma once
#include <string_view>

namespace unknot::storage_codes {

namespace unavailable {
inline constexpr std::string_view kUnsupported = "unsupported";  // no IndexedDB at all
inline constexpr std::string_view kBlocked = "blocked";          // refused: private window, sandboxed frame
inline constexpr std::string_view kFailed = "failed";            // it opened, or tried to, and broke
}  // namespace unavailable

namespace write_failure {
inline constexpr std::string_view kQuota = "quota";      // the disk or the site's share is full
inline constexpr std::string_view kAborted = "aborted";  // the transaction was aborted
inline constexpr std::string_view kClosed = "closed";    // the connection closed under the write
inline constexpr std::string_view kUnknown = "unknown";  // anything else
}  // namespace write_failure

}  // namespace unknot::storage_codes
