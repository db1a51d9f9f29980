// Every screen of the app, each reached by actions from home, for the tests that walk them all
// (text_size, pseudo_locale). The player and a finished position test need a session under way;
// a third field names an item the accessibility mirror presses to open a part of the screen.
export const SCREENS = [
  ['home', []],
  ['routine', [{ type: 'navigate', screen: 'routine' }]],
  ['customise', [{ type: 'navigate', screen: 'customise' }]],
  ['player', [{ type: 'startRoutine', routine: 'short' }]],
  ['breathe', [{ type: 'navigate', screen: 'breathe' }]],
  ['breathing', [{ type: 'navigate', screen: 'breathe' }, { type: 'startBreathing' }]],
  ['position', [{ type: 'navigate', screen: 'position' }, { type: 'startPositionTest', minutes: 2 }]],
  ['checkin', [{ type: 'navigate', screen: 'checkin' }]],
  ['checkin details', [{ type: 'navigate', screen: 'checkin' }], 'checkin.details'],
  ['progress', [{ type: 'navigate', screen: 'progress' }]],
  ['data', [{ type: 'navigate', screen: 'data' }]],
  ['care', [{ type: 'navigate', screen: 'care' }]],
  ['learn', [{ type: 'navigate', screen: 'learn' }]],
  ['learn page', [{ type: 'showLearnPage', page: 'heat' }]],
  ['settings', [{ type: 'navigate', screen: 'settings' }]],
  ['settings with breaks', [{ type: 'setMovementBreaks', on: true }, { type: 'navigate', screen: 'settings' }]],
  ['plan', [{ type: 'navigate', screen: 'plan' }]],
  ['program', [{ type: 'navigate', screen: 'program' }]],
  ['home with a program', [{ type: 'startProgram', pain: 5, screening: { redFlags: [], pastCancer: false, pregnant: false, osteoporosis: false, recentBackSurgery: false } }, { type: 'tickPlanItem', item: 'walk', done: true }]],
  ['program under way', [{ type: 'navigate', screen: 'program' }]],  // started on home, just above
  ['program ended', [{ type: 'endProgram' }, { type: 'navigate', screen: 'program' }]],
];

// Dispatches an action through the public API and waits for the frame that shows it.
export const act = (page, action) => page.evaluate((a) => {
  const answer = window.unknot.dispatch(a);
  if (!answer.ok) throw new Error(`${a.type}: ${answer.error}`);
  return window.unknot.settled();
}, action);

// Reloads the page once every write is durable, and waits until the stored journal, settings
// and program are loaded again: a screen that needs them (the program under way) finds them.
export async function reloadKeepingData(page) {
  await page.waitForFunction(() => window.unknot.state().journal.storage.saving === 0);
  await page.reload();
  await page.evaluate(() => window.unknot.ready);
  await page.waitForFunction(() => window.unknot.state().journal.storage.mode !== 'starting');
}
