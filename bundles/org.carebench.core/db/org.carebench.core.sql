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

--changeset carebench:core-2
-- Access: roles (sets of permissions, editable by administrators) and each user's role per project; passwords;
-- the activity log's hash chain and its system actors; a second search key for first names.
CREATE TABLE app_role (
  id BIGINT NOT NULL PRIMARY KEY,
  code VARCHAR(40) NOT NULL CONSTRAINT uq_role_code UNIQUE,
  name VARCHAR(100) NOT NULL,
  built_in BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE TABLE role_permission (
  role_id BIGINT NOT NULL CONSTRAINT fk_permission_role REFERENCES app_role (id),
  permission VARCHAR(40) NOT NULL,
  PRIMARY KEY (role_id, permission)
);
CREATE TABLE project_member (
  id BIGINT NOT NULL PRIMARY KEY,
  user_id BIGINT NOT NULL CONSTRAINT fk_member_user REFERENCES app_user (id),
  project_id BIGINT NOT NULL CONSTRAINT fk_member_project REFERENCES project (id),
  role_id BIGINT NOT NULL CONSTRAINT fk_member_role REFERENCES app_role (id),
  CONSTRAINT uq_member UNIQUE (user_id, project_id)
);
INSERT INTO app_role (id, code, name, built_in) VALUES
  (1, 'caseworker', 'Caseworker', TRUE),
  (2, 'supervisor', 'Supervisor', TRUE),
  (3, 'project_admin', 'Project administrator', TRUE),
  (4, 'system_admin', 'System administrator', TRUE);
INSERT INTO role_permission (role_id, permission) VALUES
  (1, 'CASE_VIEW'),
  (1, 'CASE_CREATE'),
  (1, 'CASE_EDIT'),
  (1, 'CASE_ASSIGN_SELF'),
  (1, 'CASE_CLOSE'),
  (1, 'NOTE_ADD'),
  (1, 'FLAG_MANAGE'),
  (1, 'CASE_LINK'),
  (2, 'CASE_VIEW'),
  (2, 'CASE_CREATE'),
  (2, 'CASE_EDIT'),
  (2, 'CASE_ASSIGN_SELF'),
  (2, 'CASE_CLOSE'),
  (2, 'NOTE_ADD'),
  (2, 'FLAG_MANAGE'),
  (2, 'CASE_LINK'),
  (2, 'CASE_ASSIGN'),
  (2, 'CASE_REOPEN'),
  (2, 'CASE_SHARE'),
  (2, 'COLLABORATOR_MANAGE'),
  (2, 'NOTE_EDIT_ANY'),
  (2, 'BULK_EDIT'),
  (2, 'CASE_IMPORT'),
  (3, 'CASE_VIEW'),
  (3, 'CASE_CREATE'),
  (3, 'CASE_EDIT'),
  (3, 'CASE_ASSIGN_SELF'),
  (3, 'CASE_CLOSE'),
  (3, 'NOTE_ADD'),
  (3, 'FLAG_MANAGE'),
  (3, 'CASE_LINK'),
  (3, 'CASE_ASSIGN'),
  (3, 'CASE_REOPEN'),
  (3, 'CASE_SHARE'),
  (3, 'COLLABORATOR_MANAGE'),
  (3, 'NOTE_EDIT_ANY'),
  (3, 'BULK_EDIT'),
  (3, 'CASE_IMPORT'),
  (3, 'PROJECT_ADMINISTER'),
  (4, 'CASE_VIEW'),
  (4, 'CASE_CREATE'),
  (4, 'CASE_EDIT'),
  (4, 'CASE_ASSIGN_SELF'),
  (4, 'CASE_CLOSE'),
  (4, 'NOTE_ADD'),
  (4, 'FLAG_MANAGE'),
  (4, 'CASE_LINK'),
  (4, 'CASE_ASSIGN'),
  (4, 'CASE_REOPEN'),
  (4, 'CASE_SHARE'),
  (4, 'COLLABORATOR_MANAGE'),
  (4, 'NOTE_EDIT_ANY'),
  (4, 'BULK_EDIT'),
  (4, 'CASE_IMPORT'),
  (4, 'PROJECT_ADMINISTER'),
  (4, 'SYSTEM_ADMINISTER');
INSERT INTO id_sequence (seq_name, next_value) VALUES ('app_role', 100), ('project_member', 0);

ALTER TABLE app_user ADD COLUMN password_hash VARCHAR(300);

ALTER TABLE activity_log ALTER COLUMN actor_id NULL;
ALTER TABLE activity_log ADD COLUMN actor_label VARCHAR(200);
-- entries written before the chain existed keep NULL hashes; verification starts at the first hashed entry
ALTER TABLE activity_log ADD COLUMN prev_hash CHAR(64);
ALTER TABLE activity_log ADD COLUMN entry_hash CHAR(64);

-- filled from the names by org.carebench.core's data migration for this change set
ALTER TABLE client_profile ADD COLUMN search_first VARCHAR(201);
CREATE INDEX ix_client_search_first ON client_profile (search_first);

--changeset carebench:core-3
-- Teams: groups of users of one organization that cases can be assigned to.
CREATE TABLE team (
  id BIGINT NOT NULL PRIMARY KEY,
  organization_id BIGINT NOT NULL CONSTRAINT fk_team_organization REFERENCES organization (id),
  name VARCHAR(100) NOT NULL,
  CONSTRAINT uq_team_name UNIQUE (organization_id, name)
);
CREATE TABLE team_member (
  team_id BIGINT NOT NULL CONSTRAINT fk_team_member_team REFERENCES team (id),
  user_id BIGINT NOT NULL CONSTRAINT fk_team_member_user REFERENCES app_user (id),
  PRIMARY KEY (team_id, user_id)
);
INSERT INTO id_sequence (seq_name, next_value) VALUES ('team', 0);
-- "my recent cases": a user's latest entries, newest first
CREATE INDEX ix_activity_actor ON activity_log (actor_id, id DESC);

--changeset carebench:core-4
-- Wrong passwords count on the user's row, so that a lockout holds across restarts and workstations.
ALTER TABLE app_user ADD COLUMN failed_signins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP;

--changeset carebench:core-5
-- The activity log is written once. Changing or removing its rows fails: the triggers insert a NULL that the guard's
-- column, named for what it says, refuses. Tampering must first drop them, which needs the schema owner's rights.
CREATE TABLE log_guard (activity_log_entries_are_never_changed CHAR(1) NOT NULL);
CREATE TRIGGER tr_activity_log_no_update AFTER UPDATE ON activity_log FOR EACH STATEMENT
  INSERT INTO log_guard VALUES (NULL);
CREATE TRIGGER tr_activity_log_no_delete AFTER DELETE ON activity_log FOR EACH STATEMENT
  INSERT INTO log_guard VALUES (NULL);

--changeset carebench:core-6
-- The administration log: every administrative change (users, passwords, roles, memberships, projects, teams, a
-- project's settings, backups, restores), one hash chain over all entries (chain key 0 in the seals), written once
-- like the activity log. The workstations' account may only read and insert (see AccountPrivileges).
CREATE TABLE admin_log (
  id BIGINT NOT NULL PRIMARY KEY,
  occurred_at TIMESTAMP NOT NULL,
  actor_id BIGINT,
  actor_label VARCHAR(200),
  action VARCHAR(64) NOT NULL,
  subject_kind VARCHAR(40) NOT NULL,
  subject_id BIGINT,
  before_value VARCHAR(1000),
  after_value VARCHAR(1000),
  prev_hash CHAR(64) NOT NULL,
  entry_hash CHAR(64) NOT NULL
);
CREATE INDEX ix_admin_log_subject ON admin_log (subject_kind, subject_id, id);
INSERT INTO id_sequence (seq_name, next_value) VALUES ('admin_log', 0);
CREATE TABLE admin_log_guard (admin_log_entries_are_never_changed CHAR(1) NOT NULL);
CREATE TRIGGER tr_admin_log_no_update AFTER UPDATE ON admin_log FOR EACH STATEMENT
  INSERT INTO admin_log_guard VALUES (NULL);
CREATE TRIGGER tr_admin_log_no_delete AFTER DELETE ON admin_log FOR EACH STATEMENT
  INSERT INTO admin_log_guard VALUES (NULL);
