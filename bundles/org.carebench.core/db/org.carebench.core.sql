--liquibase formatted sql
-- Carebench core schema: networks, projects, organizations, users, client profiles, the activity log and the
-- id allocation table shared by JPA (TableGenerator) and bulk loaders. Never edit an applied change set: add one.

--changeset carebench:core-1
CREATE TABLE id_sequence (
  seq_name VARCHAR(64) NOT NULL PRIMARY KEY,
  next_value BIGINT NOT NULL
);

CREATE TABLE network (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL
);

CREATE TABLE project (
  id BIGINT NOT NULL PRIMARY KEY,
  network_id BIGINT NOT NULL CONSTRAINT fk_project_network REFERENCES network (id),
  code VARCHAR(20) NOT NULL CONSTRAINT uq_project_code UNIQUE,
  name VARCHAR(200) NOT NULL
);

CREATE TABLE organization (
  id BIGINT NOT NULL PRIMARY KEY,
  network_id BIGINT NOT NULL CONSTRAINT fk_organization_network REFERENCES network (id),
  name VARCHAR(200) NOT NULL
);

CREATE TABLE organization_project (
  organization_id BIGINT NOT NULL CONSTRAINT fk_orgproject_org REFERENCES organization (id),
  project_id BIGINT NOT NULL CONSTRAINT fk_orgproject_project REFERENCES project (id),
  PRIMARY KEY (organization_id, project_id)
);

CREATE TABLE app_user (
  id BIGINT NOT NULL PRIMARY KEY,
  organization_id BIGINT NOT NULL CONSTRAINT fk_user_organization REFERENCES organization (id),
  login VARCHAR(100) NOT NULL CONSTRAINT uq_user_login UNIQUE,
  display_name VARCHAR(200) NOT NULL,
  active BOOLEAN NOT NULL DEFAULT TRUE
);

-- network_id has no foreign key on purpose: Derby indexes every foreign key, and this low-cardinality one
-- would slow client loading for nothing (the directory service checks the network exists).
CREATE TABLE client_profile (
  id BIGINT NOT NULL PRIMARY KEY,
  network_id BIGINT NOT NULL,
  first_name VARCHAR(100),
  last_name VARCHAR(100),
  anonymous BOOLEAN NOT NULL DEFAULT FALSE,
  birth_date DATE,
  search_name VARCHAR(201)
);
CREATE INDEX ix_client_search ON client_profile (search_name);

-- The activity log is append-only; case_id refers to care_case (owned by org.carebench.cases).
CREATE TABLE activity_log (
  id BIGINT NOT NULL PRIMARY KEY,
  case_id BIGINT NOT NULL,
  occurred_at TIMESTAMP NOT NULL,
  actor_id BIGINT NOT NULL,
  action VARCHAR(64) NOT NULL,
  before_value VARCHAR(1000),
  after_value VARCHAR(1000),
  detail VARCHAR(4000)
);
CREATE INDEX ix_activity_case ON activity_log (case_id, id);

INSERT INTO id_sequence (seq_name, next_value) VALUES
  ('network', 0), ('project', 0), ('organization', 0), ('app_user', 0),
  ('client_profile', 0), ('activity_log', 0);
