import { supportErrorCatalog } from '../../../shared/api/support.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const supportErrors = apiErrors(supportErrorCatalog);
