import { noteErrorCatalog } from '../../../shared/api/notes.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const noteErrors = apiErrors(noteErrorCatalog);
