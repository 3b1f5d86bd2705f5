import { defineErrors } from '../http/errors.js';

export const metricsErrors = defineErrors('metrics', {
  not_local: {
    kind: 'forbidden',
    message: 'Metrics are served to this machine only, unless METRICS_TOKEN is set.',
  },
  wrong_token: { kind: 'unauthenticated', message: 'Metrics need Authorization: Bearer <METRICS_TOKEN>.' },
});
