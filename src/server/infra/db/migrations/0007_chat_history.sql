CREATE TYPE "public"."chat_history_kind" AS ENUM('requested', 'invited', 'approved', 'declined', 'withdrawn', 'cancelled', 'rescheduled', 'moved', 'booked');--> statement-breakpoint
CREATE TABLE "chat_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "chat_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"chat_id" uuid NOT NULL,
	"kind" "chat_history_kind" NOT NULL,
	"actor_id" uuid,
	"side" "chat_initiator" NOT NULL,
	"message" text,
	"from_starts_at" timestamp with time zone,
	"to_starts_at" timestamp with time zone,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "chat_history" ADD CONSTRAINT "chat_history_chat_id_chats_id_fk" FOREIGN KEY ("chat_id") REFERENCES "public"."chats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_history" ADD CONSTRAINT "chat_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chat_history_chat_idx" ON "chat_history" USING btree ("chat_id","id");--> statement-breakpoint
-- The history becomes the one place of a chat's messages: each chat gets the entry of its request or invitation
-- (with the message it carried), and a declined chat the entry of its decline (with the reason). The talent's side
-- is always the talent; the recruiter's side is taken to be the chat's recruiter, as no row says which colleague
-- acted. Other past moves carried no message and are not made up.
INSERT INTO "chat_history" ("chat_id", "kind", "actor_id", "side", "message", "at")
SELECT c."id",
  (CASE WHEN c."initiated_by" = 'talent' THEN 'requested' ELSE 'invited' END)::"chat_history_kind",
  c."created_by_id", c."initiated_by", c."request_message", c."created_at"
FROM "chats" c
ORDER BY c."created_at", c."id";
--> statement-breakpoint
INSERT INTO "chat_history" ("chat_id", "kind", "actor_id", "side", "message", "at")
SELECT c."id", 'declined',
  CASE WHEN c."initiated_by" = 'talent' THEN c."recruiter_id" ELSE c."talent_id" END,
  (CASE WHEN c."initiated_by" = 'talent' THEN 'recruiter' ELSE 'talent' END)::"chat_initiator",
  c."decline_message", c."updated_at"
FROM "chats" c
WHERE c."state" = 'declined'
ORDER BY c."updated_at", c."id";
--> statement-breakpoint
ALTER TABLE "chats" DROP COLUMN "request_message";--> statement-breakpoint
ALTER TABLE "chats" DROP COLUMN "decline_message";