CREATE INDEX "auth_tokens_done_idx" ON "auth_tokens" USING btree (least("used_at", "expires_at"));--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");