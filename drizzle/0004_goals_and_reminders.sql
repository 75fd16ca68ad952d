CREATE TABLE "goal_outcomes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"goal_id" bigint NOT NULL,
	"participant_id" uuid NOT NULL,
	"occurrence_key" text NOT NULL,
	"outcome" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"participant_id" uuid NOT NULL,
	"title" text NOT NULL,
	"schedule" jsonb,
	"reminders_paused" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "scheduled_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"participant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"goal_id" bigint,
	"occurrence_key" text NOT NULL,
	"occurrence_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"skip_reason" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"claimed_by" text,
	"lease_until" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "check_in_time" text;--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "check_in_prompts" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "goal_outcomes" ADD CONSTRAINT "goal_outcomes_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_outcomes" ADD CONSTRAINT "goal_outcomes_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_messages" ADD CONSTRAINT "scheduled_messages_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_messages" ADD CONSTRAINT "scheduled_messages_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "goal_outcomes_occurrence_key" ON "goal_outcomes" USING btree ("goal_id","occurrence_key");--> statement-breakpoint
CREATE INDEX "goal_outcomes_participant_idx" ON "goal_outcomes" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "goals_participant_idx" ON "goals" USING btree ("participant_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "scheduled_messages_occurrence_key" ON "scheduled_messages" USING btree ("occurrence_key");--> statement-breakpoint
CREATE INDEX "scheduled_messages_due_idx" ON "scheduled_messages" USING btree ("due_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "scheduled_messages_participant_sent_idx" ON "scheduled_messages" USING btree ("participant_id","sent_at");--> statement-breakpoint
CREATE INDEX "scheduled_messages_goal_idx" ON "scheduled_messages" USING btree ("goal_id");