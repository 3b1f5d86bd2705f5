/** What other modules may use of support: an account's deletion takes the person's conversations. */
export { deleteConversationsOf } from './support.repository.js';
