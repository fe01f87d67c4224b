CREATE TABLE "instrument_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" integer NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"based_on_origin" text NOT NULL,
	"based_on_version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"change_note" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instrument_versions_key_version_key" UNIQUE("jurisdiction_id","key","version"),
	CONSTRAINT "instrument_versions_id_jurisdiction_key" UNIQUE("id","jurisdiction_id"),
	CONSTRAINT "instrument_versions_origin_check" CHECK ("instrument_versions"."based_on_origin" in ('builtin', 'county'))
);
--> statement-breakpoint
CREATE TABLE "screenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" integer NOT NULL,
	"youth_id" uuid NOT NULL,
	"instrument_key" text NOT NULL,
	"instrument_version" integer NOT NULL,
	"instrument_origin" text NOT NULL,
	"county_instrument_id" uuid,
	"context" text NOT NULL,
	"context_note" text,
	"language" text NOT NULL,
	"screened_at" timestamp with time zone NOT NULL,
	"answers" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"screened_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "screenings_id_jurisdiction_key" UNIQUE("id","jurisdiction_id"),
	CONSTRAINT "screenings_origin_check" CHECK (("screenings"."instrument_origin" = 'builtin' and "screenings"."county_instrument_id" is null) or ("screenings"."instrument_origin" = 'county' and "screenings"."county_instrument_id" is not null)),
	CONSTRAINT "screenings_context_check" CHECK ("screenings"."context" in ('intake', 'return_from_runaway', 'placement_change', 'periodic', 'other')),
	CONSTRAINT "screenings_language_check" CHECK ("screenings"."language" in ('en', 'es'))
);
--> statement-breakpoint
ALTER TABLE "instrument_versions" ADD CONSTRAINT "instrument_versions_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_versions" ADD CONSTRAINT "instrument_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_screened_by_users_id_fk" FOREIGN KEY ("screened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_youth_fk" FOREIGN KEY ("youth_id","jurisdiction_id") REFERENCES "public"."youth"("id","jurisdiction_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_county_instrument_fk" FOREIGN KEY ("county_instrument_id","jurisdiction_id") REFERENCES "public"."instrument_versions"("id","jurisdiction_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "screenings_youth_idx" ON "screenings" USING btree ("youth_id","screened_at");