CREATE TABLE "instance_settings" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"session_secret" text NOT NULL,
	CONSTRAINT "instance_settings_one_row" CHECK ("instance_settings"."id")
);
--> statement-breakpoint
CREATE TABLE "throttles" (
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"attempts" integer NOT NULL,
	"blocked_until" timestamp with time zone,
	"forget_at" timestamp with time zone NOT NULL,
	CONSTRAINT "throttles_bucket_key_pk" PRIMARY KEY("bucket","key")
);
--> statement-breakpoint
DROP TABLE "login_failures" CASCADE;--> statement-breakpoint
CREATE INDEX "throttles_forget_idx" ON "throttles" USING btree ("forget_at");--> statement-breakpoint
CREATE INDEX "auth_tokens_done_idx" ON "auth_tokens" USING btree (least("used_at", "expires_at"));--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");