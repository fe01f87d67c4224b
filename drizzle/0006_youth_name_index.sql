-- Fast typo-tolerant youth search under row-level security. PostgreSQL will not use a non-LEAKPROOF operator
-- (pg_trgm's <% is not) as an index condition below a row-level security policy, so as lantern_app the trigram
-- index on youth.search_names was never used and every search read the whole county. Marking pg_trgm's
-- functions LEAKPROOF needs a superuser; instead this function runs as the owner, where the only policy is
-- `true`, uses the index, and limits itself to the caller's scope (lantern_scope(), the same transaction-local
-- setting the tenant policy reads). Callers still read the youth themselves, as lantern_app, under the
-- tenant policy: the function only narrows which ids to look at.
DO $$
BEGIN
  EXECUTE format('CREATE POLICY youth_owner_read ON youth FOR SELECT TO %I USING (true)', current_user);
END $$;
--> statement-breakpoint
-- All the words must match (one `<%` condition each, so GIN intersects the words' candidates before any row
-- is read); at most 8 words, each passed as a parameter, never spliced into the SQL text.
CREATE FUNCTION lantern_youth_name_match(p_words text[]) RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
  n int := coalesce(array_length(p_words, 1), 0);
  cond text := '';
BEGIN
  IF n = 0 OR n > 8 THEN
    RETURN;
  END IF;
  FOR i IN 1..n LOOP
    cond := cond || format(' AND $1[%s] <%% y.search_names', i);
  END LOOP;
  RETURN QUERY EXECUTE 'SELECT y.id FROM youth y WHERE y.jurisdiction_id = ANY (lantern_scope())' || cond USING p_words;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION lantern_youth_name_match(text[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_youth_name_match(text[]) TO lantern_app;
