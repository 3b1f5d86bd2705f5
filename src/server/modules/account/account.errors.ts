import { accountErrorCatalog } from '../../../shared/api/account.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const accountErrors = apiErrors(accountErrorCatalog);
