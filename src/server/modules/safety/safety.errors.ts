import { safetyErrorCatalog } from '../../../shared/api/safety.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const safetyErrors = apiErrors(safetyErrorCatalog);
