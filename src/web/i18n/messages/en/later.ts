import organizer from './organizer.json';

/**
 * The parts of the English catalog no first screen needs (login, home, the header): fetched right after the first
 * page shows, and awaited by the pages that use them.
 */
export const enLater = { ...organizer };
