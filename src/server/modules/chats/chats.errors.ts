import { chatErrorCatalog } from '../../../shared/api/chats.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const chatErrors = apiErrors(chatErrorCatalog);
