import { z } from 'zod';
import { say } from './schema-messages.js';

/**
 * A CV as it travels, both ways: the PDF's own bytes as the body, `Content-Type: application/pdf`. A refinement
 * rather than `z.custom`, which would add code to the bundle every screen loads.
 */
export const PdfBytes = z.unknown().refine((value) => value instanceof Uint8Array, {
  error: say('cvs.pdf'),
}) as z.ZodType<Uint8Array>;

export const CvUploadQuery = z.object({
  /** The file's name on the talent's computer, kept (cleaned) to show and to name the download. */
  fileName: z
    .string()
    .max(1000, { error: say('cvs.fileNameMax') })
    .optional(),
});
