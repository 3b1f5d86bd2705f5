-- No recruiter and no talent can hold two confirmed chats whose times overlap: the database settles every race.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "chats" ADD CONSTRAINT "chats_recruiter_no_overlap"
  EXCLUDE USING gist ("recruiter_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("state" = 'confirmed');
--> statement-breakpoint
ALTER TABLE "chats" ADD CONSTRAINT "chats_talent_no_overlap"
  EXCLUDE USING gist ("talent_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("state" = 'confirmed');
