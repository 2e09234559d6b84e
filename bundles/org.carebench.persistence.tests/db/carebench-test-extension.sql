--liquibase formatted sql
-- A later release's migration: a new table and a new column on an existing one.

--changeset carebench-test:extension-1
CREATE TABLE test_extension (id BIGINT NOT NULL PRIMARY KEY, label VARCHAR(40));

--changeset carebench-test:extension-2
ALTER TABLE network ADD COLUMN region VARCHAR(40) DEFAULT 'unknown';
