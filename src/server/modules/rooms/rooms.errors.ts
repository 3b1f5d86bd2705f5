import { roomErrorCatalog } from '../../../shared/api/rooms.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const roomErrors = apiErrors(roomErrorCatalog);
