import { talentErrorCatalog } from '../../../shared/api/talents.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const talentErrors = apiErrors(talentErrorCatalog);
