-- Trigram matching for typo-tolerant youth and person-of-interest search (youth_search_names_trgm_idx).
-- pg_trgm is a trusted extension (PostgreSQL 13+), so a database owner may create it; PGlite loads it from
-- @electric-sql/pglite/contrib. Accents and case are folded by the application before storing and searching.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
