import { germanMessage } from './issue-messages-de.js';
import { speakIssueLanguage } from './issue-messages.js';
import { speakSchemaLanguage } from './schema-messages.js';
import { schemaMessagesDe } from './schema-messages-de.js';

/** Adds German to the validation sentences of this process: the server at start, the web when a page needs it. */
export function speakGermanValidation(): void {
  speakIssueLanguage('de', germanMessage);
  speakSchemaLanguage('de', schemaMessagesDe);
}
