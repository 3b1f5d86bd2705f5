import { matchErrorCatalog } from '../../../shared/api/matches.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const matchErrors = apiErrors(matchErrorCatalog);
