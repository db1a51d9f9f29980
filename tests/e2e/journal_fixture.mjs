// Made-up but plausible journals as Unknot export files ("unknot-journal" version 1), for the
// browser tests and screenshots: a person whose pain slowly eases over the weeks, who walks on
// about half the days (the day after tends to hurt less), uses heat now and then (a smaller
// effect), stretches without much link to next-day pain, rates one PSFS activity weekly, and
// does a routine three or four times a week. Deterministic for a given seed.
//
//   import { journalExport } from './journal_fixture.mjs';
//   const text = journalExport({ days: 60, endMs: Date.now() });
//   unknot.dispatch({ type: 'importData', text }); unknot.dispatch({ type: 'confirmImport' });

const DAY_MS = 86_400_000;

// A small seeded generator (mulberry32), so each run makes the same journal.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (value, lo, hi) => Math.min(hi, Math.max(lo, value));

export function isoDay(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

// The local calendar day of a moment (days since 1970-01-01), as the app computes it.
export function localDay(atMs, utcOffsetMin) {
  return Math.floor((atMs + utcOffsetMin * 60_000) / DAY_MS);
}

// Builds the journal as objects. Options:
//   days         how many calendar days, ending on the day of endMs (default 60)
//   endMs        the last day's moment (default now)
//   utcOffsetMin the user's zone (default 0)
//   seed         changes the made-up details, not the shape (default 1)
//   skipRate     share of days without a check-in (default 0.12; the last day always has one)
//   startPain    the first week's typical pain (default 6); it eases to about 45% of that
export function journalData({ days = 60, endMs = Date.now(), utcOffsetMin = 0, seed = 1, skipRate = 0.12,
  startPain = 6 } = {}) {
  const next = random(seed);
  const lastDay = localDay(endMs, utcOffsetMin);
  const firstDay = lastDay - days + 1;
  const checkIns = [];
  const sessions = [];
  let walkedYesterday = false;
  let heatYesterday = false;
  for (let day = firstDay; day <= lastDay; day += 1) {
    const progress = days > 1 ? (day - firstDay) / (days - 1) : 0;
    const walked = next() < 0.5;
    const heat = next() < 0.35;
    const stretched = next() < 0.4;
    const breaths = next() < 0.2;
    // A morning check-in in the user's own time, never after endMs (the last day may be young).
    const dayStartMs = day * DAY_MS - utcOffsetMin * 60_000;
    const notLater = (ms) => Math.max(dayStartMs, Math.min(ms, endMs));
    const atMs = notLater(dayStartMs + (8 * 60 + Math.floor(next() * 90)) * 60_000);
    const expected = startPain * (1 - 0.55 * progress) - (walkedYesterday ? 1.0 : 0) - (heatYesterday ? 0.5 : 0);
    const pain = clamp(Math.round(expected + (next() - 0.5) * 2.2), 0, 10);
    walkedYesterday = walked;
    heatYesterday = heat;
    if (day !== lastDay && next() < skipRate) continue;
    const selfCare = [];
    if (heat) selfCare.push('heat');
    if (walked) selfCare.push('walk');
    if (stretched) selfCare.push('stretching');
    if (breaths) selfCare.push('deepBreaths');
    const weekly = (day - firstDay) % 7 === 0;
    checkIns.push({
      id: `fx${seed}-c-${isoDay(day)}`,
      at: atMs,
      utcOffsetMin,
      day: isoDay(day),
      pain,
      spots: next() < 0.7 ? ['left'] : ['left', 'aboveSacrum'],
      feel: pain >= 5 ? 'sharp' : next() < 0.5 ? 'tight' : null,
      radiates: false,
      stiffness: next() < 0.8 ? clamp(pain - 1 + Math.round(next() * 2), 0, 10) : null,
      limits: pain >= 5 ? ['bending', 'sleeping'] : pain >= 3 ? ['bending'] : [],
      causes: next() < 0.5 ? ['holdingOnePosition'] : ['stress'],
      selfCare,
      redFlags: [],
      psfs: [weekly ? clamp(Math.round(3 + 5 * progress + (next() - 0.5)), 0, 10) : null, null, null],
      note: '',
    });
    // A routine on about half the days, in the evening, rated before and after.
    if (next() < 0.5) {
      const before = clamp(pain + Math.round(next()), 0, 10);
      const full = next() < 0.6;
      const sessionAt = notLater(dayStartMs + 19 * 3_600_000);
      sessions.push({
        id: `fx${seed}-s-${isoDay(day)}`,
        at: sessionAt,
        utcOffsetMin,
        day: isoDay(day),
        kind: 'routine',
        routine: full ? 'full' : 'short',
        activeMs: (full ? 14 : 5) * 60_000 + Math.floor(next() * 60_000),
        done: full ? 8 : 4,
        total: full ? 8 : 4,
        endedEarly: false,
        painBefore: before,
        painAfter: clamp(before - 1 - Math.round(next()), 0, 10),
      });
    }
  }
  return {
    format: 'unknot-journal',
    version: 1,
    exportedAt: endMs,
    psfsActivities: ['Putting on socks', '', ''],
    checkIns,
    sessions,
  };
}

// The same journal as the text of an export file.
export function journalExport(options) {
  return JSON.stringify(journalData(options));
}
