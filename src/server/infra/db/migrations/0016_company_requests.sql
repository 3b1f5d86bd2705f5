CREATE TYPE "public"."company_request_state" AS ENUM('waiting', 'accepted', 'declined', 'withdrawn');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'company_requested' BEFORE 'chat_invited';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'company_request_declined' BEFORE 'chat_invited';--> statement-breakpoint
CREATE TABLE "company_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"talent_id" uuid NOT NULL,
	"message" text,
	"state" "company_request_state" DEFAULT 'waiting' NOT NULL,
	"decided_by_id" uuid,
	"recruiter_id" uuid,
	"chat_id" uuid,
	"decline_message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "company_requests_decided" CHECK (("company_requests"."state" = 'waiting') = ("company_requests"."decided_at" is null)),
	CONSTRAINT "company_requests_declined_reason" CHECK ("company_requests"."state" <> 'declined' or "company_requests"."decline_message" is not null)
);
--> statement-breakpoint
ALTER TABLE "company_requests" ADD CONSTRAINT "company_requests_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_requests" ADD CONSTRAINT "company_requests_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_requests" ADD CONSTRAINT "company_requests_talent_id_users_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_requests" ADD CONSTRAINT "company_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_requests" ADD CONSTRAINT "company_requests_recruiter_id_users_id_fk" FOREIGN KEY ("recruiter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_requests" ADD CONSTRAINT "company_requests_chat_id_chats_id_fk" FOREIGN KEY ("chat_id") REFERENCES "public"."chats"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "company_requests_one_waiting" ON "company_requests" USING btree ("event_id","company_id","talent_id") WHERE "company_requests"."state" = 'waiting';--> statement-breakpoint
CREATE INDEX "company_requests_company_idx" ON "company_requests" USING btree ("event_id","company_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "company_requests_talent_idx" ON "company_requests" USING btree ("event_id","talent_id","created_at" DESC NULLS LAST);