// Controls for the native, in-memory storage (storage_memory.cpp) that the core tests run the
// app's storage path against: what is stored, failures to inject, and when reports arrive.
#pragma once
#include <map>
#include <string>

namespace unknot::platform::memory_storage {

void reset(bool available = true);                    // empty, as on a fresh device (or no storage at all)
const std::map<std::string, std::string>& records();  // what is durably stored
void put_raw(std::string key, std::string blob);      // as if written by something else (damage)
void wipe();  // everything stored is gone, as when the browser clears the site's data
void fail_next_writes(int count, std::string code);  // e.g. "quota"
void detach();  // stops reporting to the app that opened it (it is going away)
// Delivers the reports of writes so far, as the browser does later; returns how many.
int deliver_reports();

}  // namespace unknot::platform::memory_storage
