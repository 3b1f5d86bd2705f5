/** What other modules may use of rooms: an account's deletion removes the words its person wrote. */
export { removeWordsOf } from './rooms.repository.js';
