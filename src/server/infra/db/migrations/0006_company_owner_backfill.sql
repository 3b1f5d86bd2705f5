-- Companies belong to the organizer who registered them. A company's owner is the organizer of its earliest
-- registration; failing that (every registration removed), the organizer of the earliest chat of its recruiters.
-- A company some other organizer registered too stays registered there, owned by the first one.
UPDATE "companies" AS c
SET "owner_id" = (
  SELECT e."organizer_id"
  FROM "event_companies" ec
  JOIN "events" e ON e."id" = ec."event_id"
  WHERE ec."company_id" = c."id"
  ORDER BY ec."created_at", e."created_at", e."id"
  LIMIT 1
)
WHERE c."owner_id" IS NULL;
--> statement-breakpoint
UPDATE "companies" AS c
SET "owner_id" = (
  SELECT e."organizer_id"
  FROM "chats" ch
  JOIN "users" r ON r."id" = ch."recruiter_id"
  JOIN "events" e ON e."id" = ch."event_id"
  WHERE r."company_id" = c."id"
  ORDER BY ch."created_at", ch."id"
  LIMIT 1
)
WHERE c."owner_id" IS NULL;
--> statement-breakpoint
-- A company nobody can trace and nobody belongs to is of no use to anyone.
DELETE FROM "companies" AS c
WHERE c."owner_id" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."company_id" = c."id")
  AND NOT EXISTS (SELECT 1 FROM "event_companies" ec WHERE ec."company_id" = c."id");
--> statement-breakpoint
-- Recruiters were registered by the owner of their company.
UPDATE "users" AS u
SET "registered_by" = c."owner_id"
FROM "companies" c
WHERE u."company_id" = c."id" AND u."role" = 'recruiter' AND u."registered_by" IS NULL;
--> statement-breakpoint
-- Talents were registered by the organizer of the earliest event they were registered for.
UPDATE "users" AS u
SET "registered_by" = (
  SELECT e."organizer_id"
  FROM "event_talents" et
  JOIN "events" e ON e."id" = et."event_id"
  WHERE et."talent_id" = u."id"
  ORDER BY et."created_at", e."created_at", e."id"
  LIMIT 1
)
WHERE u."role" = 'talent' AND u."registered_by" IS NULL;
