import { handoffErrorCatalog } from '../../../shared/api/handoff.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const handoffErrors = apiErrors(handoffErrorCatalog);
