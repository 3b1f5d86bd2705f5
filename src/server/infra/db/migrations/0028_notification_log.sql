ALTER TABLE "mail_outbox" ADD COLUMN "recipient_id" uuid;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "event_id" uuid;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "chat_id" uuid;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "notification_id" uuid;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "resent_from" uuid;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "resent_by" uuid;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_resent_from_mail_outbox_id_fk" FOREIGN KEY ("resent_from") REFERENCES "public"."mail_outbox"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_outbox_event_idx" ON "mail_outbox" USING btree ("event_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "mail_outbox_unattributed_idx" ON "mail_outbox" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "mail_outbox"."event_id" is null and "mail_outbox"."recipient_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "mail_outbox_one_queued_resend_idx" ON "mail_outbox" USING btree ("resent_from") WHERE "mail_outbox"."resent_from" is not null and "mail_outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "notifications_event_newest_idx" ON "notifications" USING btree ("event_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);