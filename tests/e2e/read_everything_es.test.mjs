// Read as a blind user reads it, in Spanish: read_everything.mjs.
import { readEverything } from './read_everything.mjs';

readEverything('es');
