import { chatErrorCatalog } from '../../../shared/api/chats.contract.js';
import { companyQueueErrorCatalog } from '../../../shared/api/company-requests.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const chatErrors = apiErrors(chatErrorCatalog);
export const companyQueueErrors = apiErrors(companyQueueErrorCatalog);
