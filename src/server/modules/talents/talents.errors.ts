import { cvErrorCatalog } from '../../../shared/api/cvs.contract.js';
import { talentErrorCatalog } from '../../../shared/api/talents.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const talentErrors = apiErrors(talentErrorCatalog);
export const cvErrors = apiErrors(cvErrorCatalog);
