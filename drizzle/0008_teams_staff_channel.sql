CREATE TABLE "handoff_cards" (
	"handoff_id" bigint NOT NULL,
	"level" integer NOT NULL,
	"conversation_id" text NOT NULL,
	"activity_id" text,
	"facts" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "handoff_cards_handoff_id_level_pk" PRIMARY KEY("handoff_id","level")
);
--> statement-breakpoint
CREATE TABLE "teams_staff_channel" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"conversation_id" text NOT NULL,
	"reference" jsonb NOT NULL,
	"learned_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "teams_staff_channel_one_row" CHECK ("teams_staff_channel"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "teams_staff_chats" (
	"teams_user_id" text PRIMARY KEY NOT NULL,
	"reference" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "claimed_reference" jsonb;--> statement-breakpoint
ALTER TABLE "handoff_cards" ADD CONSTRAINT "handoff_cards_handoff_id_handoffs_id_fk" FOREIGN KEY ("handoff_id") REFERENCES "public"."handoffs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "handoff_cards_activity_idx" ON "handoff_cards" USING btree ("activity_id");