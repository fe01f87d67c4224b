CREATE TABLE "allegations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" integer NOT NULL,
	"report_id" uuid NOT NULL,
	"youth_id" uuid NOT NULL,
	"perpetrator_kind" text NOT NULL,
	"perpetrator_name" text,
	"person_of_interest_id" uuid,
	"category" text NOT NULL,
	"subcategory" text,
	"exploitation" jsonb,
	"disposition_state" text DEFAULT 'open' NOT NULL,
	"disposition" text,
	"disposition_date" date,
	"disposition_rationale" text,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"legacy_id" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "allegations_id_jurisdiction_key" UNIQUE("id","jurisdiction_id"),
	CONSTRAINT "allegations_legacy_key" UNIQUE("jurisdiction_id","legacy_id"),
	CONSTRAINT "allegations_exploitation_check" CHECK (("allegations"."category" = 'exploitation') = ("allegations"."subcategory" is not null))
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" integer NOT NULL,
	"youth_id" uuid NOT NULL,
	"report_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"participants" text DEFAULT '' NOT NULL,
	"narrative" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identifiers" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"jurisdiction_id" integer NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "identifiers_subject_type_check" CHECK ("identifiers"."subject_type" in ('youth','person_of_interest')),
	CONSTRAINT "identifiers_kind_check" CHECK ("identifiers"."kind" in ('phone','handle'))
);
--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" integer NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"status" text NOT NULL,
	"accept_valid_only" boolean DEFAULT false NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"invalid_rows" integer DEFAULT 0 NOT NULL,
	"created" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "lookup_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" integer NOT NULL,
	"list" text NOT NULL,
	"code" text NOT NULL,
	"label_en" text NOT NULL,
	"label_es" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "lookup_values_key" UNIQUE("jurisdiction_id","list","code")
);
--> statement-breakpoint
CREATE TABLE "person_of_interest_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" integer NOT NULL,
	"person_of_interest_id" uuid NOT NULL,
	"youth_id" uuid NOT NULL,
	"relationship" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_of_interest_links_pair_key" UNIQUE("person_of_interest_id","youth_id")
);
--> statement-breakpoint
CREATE TABLE "persons_of_interest" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" integer NOT NULL,
	"ref" bigserial NOT NULL,
	"names" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"approximate_age" integer,
	"phones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"handles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"addresses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"vehicles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"search_names" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "persons_of_interest_id_jurisdiction_key" UNIQUE("id","jurisdiction_id")
);
--> statement-breakpoint
CREATE TABLE "record_revisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"jurisdiction_id" integer NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"change" text NOT NULL,
	"reason" text,
	"data" jsonb NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "record_revisions_entity_version_key" UNIQUE("entity_type","entity_id","version")
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" integer NOT NULL,
	"ref" bigserial NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"reporter_type" text NOT NULL,
	"reporter_name" text,
	"narrative" text DEFAULT '' NOT NULL,
	"screening_decision" text DEFAULT 'pending' NOT NULL,
	"response_time" text,
	"evaluated_out_reason" text,
	"evaluated_out_note" text,
	"assigned_worker_id" uuid,
	"legacy_id" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "reports_id_jurisdiction_key" UNIQUE("id","jurisdiction_id"),
	CONSTRAINT "reports_legacy_key" UNIQUE("jurisdiction_id","legacy_id"),
	CONSTRAINT "reports_screening_check" CHECK (("reports"."screening_decision" = 'screened_in' and "reports"."response_time" is not null and "reports"."evaluated_out_reason" is null)
        or ("reports"."screening_decision" = 'evaluated_out' and "reports"."evaluated_out_reason" is not null and "reports"."response_time" is null)
        or ("reports"."screening_decision" = 'pending' and "reports"."response_time" is null and "reports"."evaluated_out_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "youth" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" integer NOT NULL,
	"ref" bigserial NOT NULL,
	"legal_first_name" text NOT NULL,
	"legal_middle_name" text,
	"legal_last_name" text NOT NULL,
	"preferred_name" text,
	"other_names" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"date_of_birth" date,
	"dob_estimated" boolean DEFAULT false NOT NULL,
	"gender" text,
	"race_ethnicity" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tribal_affiliation" text,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"interpreter_needed" boolean DEFAULT false NOT NULL,
	"country_of_birth" text,
	"school" text,
	"dependency_status" text,
	"probation_status" text,
	"placement_status" text,
	"citizenship_status" text,
	"immigration_notes" text,
	"gender_identity" text,
	"sexual_orientation" text,
	"gender_expression" text,
	"pronouns" text,
	"tattoos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"phones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"handles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search_names" text DEFAULT '' NOT NULL,
	"legacy_id" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "youth_id_jurisdiction_key" UNIQUE("id","jurisdiction_id"),
	CONSTRAINT "youth_legacy_key" UNIQUE("jurisdiction_id","legacy_id")
);
--> statement-breakpoint
ALTER TABLE "allegations" ADD CONSTRAINT "allegations_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allegations" ADD CONSTRAINT "allegations_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allegations" ADD CONSTRAINT "allegations_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allegations" ADD CONSTRAINT "allegations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allegations" ADD CONSTRAINT "allegations_report_id_jurisdiction_id_reports_id_jurisdiction_id_fk" FOREIGN KEY ("report_id","jurisdiction_id") REFERENCES "public"."reports"("id","jurisdiction_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allegations" ADD CONSTRAINT "allegations_youth_id_jurisdiction_id_youth_id_jurisdiction_id_fk" FOREIGN KEY ("youth_id","jurisdiction_id") REFERENCES "public"."youth"("id","jurisdiction_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allegations" ADD CONSTRAINT "allegations_person_of_interest_id_jurisdiction_id_persons_of_interest_id_jurisdiction_id_fk" FOREIGN KEY ("person_of_interest_id","jurisdiction_id") REFERENCES "public"."persons_of_interest"("id","jurisdiction_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_youth_id_jurisdiction_id_youth_id_jurisdiction_id_fk" FOREIGN KEY ("youth_id","jurisdiction_id") REFERENCES "public"."youth"("id","jurisdiction_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_report_id_jurisdiction_id_reports_id_jurisdiction_id_fk" FOREIGN KEY ("report_id","jurisdiction_id") REFERENCES "public"."reports"("id","jurisdiction_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identifiers" ADD CONSTRAINT "identifiers_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lookup_values" ADD CONSTRAINT "lookup_values_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_of_interest_links" ADD CONSTRAINT "person_of_interest_links_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_of_interest_links" ADD CONSTRAINT "person_of_interest_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_of_interest_links" ADD CONSTRAINT "person_of_interest_links_person_of_interest_id_jurisdiction_id_persons_of_interest_id_jurisdiction_id_fk" FOREIGN KEY ("person_of_interest_id","jurisdiction_id") REFERENCES "public"."persons_of_interest"("id","jurisdiction_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_of_interest_links" ADD CONSTRAINT "person_of_interest_links_youth_id_jurisdiction_id_youth_id_jurisdiction_id_fk" FOREIGN KEY ("youth_id","jurisdiction_id") REFERENCES "public"."youth"("id","jurisdiction_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons_of_interest" ADD CONSTRAINT "persons_of_interest_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons_of_interest" ADD CONSTRAINT "persons_of_interest_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_revisions" ADD CONSTRAINT "record_revisions_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_revisions" ADD CONSTRAINT "record_revisions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_assigned_worker_id_users_id_fk" FOREIGN KEY ("assigned_worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth" ADD CONSTRAINT "youth_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth" ADD CONSTRAINT "youth_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allegations_youth_idx" ON "allegations" USING btree ("youth_id");--> statement-breakpoint
CREATE INDEX "allegations_report_idx" ON "allegations" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "allegations_poi_idx" ON "allegations" USING btree ("person_of_interest_id");--> statement-breakpoint
CREATE INDEX "allegations_jurisdiction_state_idx" ON "allegations" USING btree ("jurisdiction_id","disposition_state");--> statement-breakpoint
CREATE INDEX "contacts_youth_idx" ON "contacts" USING btree ("youth_id","occurred_at");--> statement-breakpoint
CREATE INDEX "identifiers_value_idx" ON "identifiers" USING btree ("jurisdiction_id","kind","value");--> statement-breakpoint
CREATE INDEX "identifiers_subject_idx" ON "identifiers" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "import_batches_jurisdiction_idx" ON "import_batches" USING btree ("jurisdiction_id","created_at");--> statement-breakpoint
CREATE INDEX "person_of_interest_links_youth_idx" ON "person_of_interest_links" USING btree ("youth_id");--> statement-breakpoint
CREATE INDEX "persons_of_interest_search_trgm_idx" ON "persons_of_interest" USING gin ("search_names" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "reports_jurisdiction_received_idx" ON "reports" USING btree ("jurisdiction_id","received_at");--> statement-breakpoint
CREATE INDEX "reports_assigned_idx" ON "reports" USING btree ("assigned_worker_id");--> statement-breakpoint
CREATE INDEX "youth_jurisdiction_dob_idx" ON "youth" USING btree ("jurisdiction_id","date_of_birth");--> statement-breakpoint
CREATE INDEX "youth_search_names_trgm_idx" ON "youth" USING gin ("search_names" gin_trgm_ops);