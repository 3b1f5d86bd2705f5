import { boothErrorCatalog } from '../../../shared/api/booths.contract.js';
import { apiErrors } from '../../infra/http/errors.js';

export const boothErrors = apiErrors(boothErrorCatalog);
