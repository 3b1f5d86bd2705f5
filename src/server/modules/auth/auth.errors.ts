import { authErrorCatalog } from '../../../shared/api/auth.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const authErrors = apiErrors(authErrorCatalog);
