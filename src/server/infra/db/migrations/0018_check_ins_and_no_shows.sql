CREATE TYPE "public"."check_in_side" AS ENUM('talent', 'recruiter');--> statement-breakpoint
ALTER TYPE "public"."chat_history_kind" ADD VALUE 'no_show';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'chat_no_show';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'chat_running_late';--> statement-breakpoint
CREATE TABLE "chat_check_ins" (
	"chat_id" uuid NOT NULL,
	"side" "check_in_side" NOT NULL,
	"user_id" uuid,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "chat_check_ins_chat_id_side_pk" PRIMARY KEY("chat_id","side")
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "no_show_limit" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "no_show_after_minutes" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "auto_mark_no_shows" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "chats" ADD COLUMN "running_late_minutes" integer;--> statement-breakpoint
ALTER TABLE "chat_check_ins" ADD CONSTRAINT "chat_check_ins_chat_id_chats_id_fk" FOREIGN KEY ("chat_id") REFERENCES "public"."chats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_check_ins" ADD CONSTRAINT "chat_check_ins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_no_show_limit_range" CHECK ("events"."no_show_limit" is null or "events"."no_show_limit" between 1 and 20);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_no_show_after_range" CHECK ("events"."no_show_after_minutes" between 1 and 60);--> statement-breakpoint
ALTER TABLE "chats" ADD CONSTRAINT "chats_running_late_range" CHECK ("chats"."running_late_minutes" is null or "chats"."running_late_minutes" between 1 and 60);