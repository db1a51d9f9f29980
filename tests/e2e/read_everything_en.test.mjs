// Read as a blind user reads it, in English: read_everything.mjs.
import { readEverything } from './read_everything.mjs';

readEverything('en');
