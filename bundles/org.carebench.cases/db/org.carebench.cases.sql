--liquibase formatted sql
-- Carebench cases: statuses, cases and notes. Never edit an applied change set: add one.

--changeset carebench:cases-1
CREATE TABLE case_status (
  code VARCHAR(40) NOT NULL PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  closed BOOLEAN NOT NULL DEFAULT FALSE,
  position INT NOT NULL
);
INSERT INTO case_status (code, name, closed, position) VALUES
  ('NEW', 'New', FALSE, 10),
  ('IN_PROGRESS', 'In progress', FALSE, 20),
  ('PENDING', 'Pending', FALSE, 30),
  ('CLOSED', 'Closed', TRUE, 40);

-- project_id, organization_id, status and assignee_id carry no foreign keys on purpose: Derby indexes every
-- foreign key, and these low-cardinality ones would slow loading and status changes; the case service checks
-- them. The indexes below match the case list's filters and its ORDER BY (last activity, newest first).
CREATE TABLE care_case (
  id BIGINT NOT NULL PRIMARY KEY,
  code VARCHAR(40) NOT NULL CONSTRAINT uq_case_code UNIQUE,
  client_id BIGINT NOT NULL CONSTRAINT fk_case_client REFERENCES client_profile (id),
  project_id BIGINT NOT NULL,
  organization_id BIGINT NOT NULL,
  status VARCHAR(40) NOT NULL,
  assignee_id BIGINT,
  opened_at TIMESTAMP NOT NULL,
  closed_at TIMESTAMP,
  last_activity_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX ix_case_activity ON care_case (last_activity_at DESC, id DESC);
CREATE INDEX ix_case_status_assignee ON care_case (status, assignee_id, last_activity_at DESC, id DESC);
CREATE INDEX ix_case_assignee ON care_case (assignee_id, last_activity_at DESC, id DESC);
CREATE INDEX ix_case_project ON care_case (project_id, last_activity_at DESC, id DESC);

CREATE TABLE case_note (
  id BIGINT NOT NULL PRIMARY KEY,
  case_id BIGINT NOT NULL CONSTRAINT fk_note_case REFERENCES care_case (id),
  author_id BIGINT NOT NULL,
  created_at TIMESTAMP NOT NULL,
  body VARCHAR(4000) NOT NULL
);

INSERT INTO id_sequence (seq_name, next_value) VALUES ('care_case', 0), ('case_note', 0);

--changeset carebench:cases-2
-- Workflows per project. Rows of project 0 are the default workflow, used by every project that has none of its
-- own; the statuses of 0.1.0 become it.
CREATE TABLE workflow_status (
  project_id BIGINT NOT NULL,
  code VARCHAR(40) NOT NULL,
  name VARCHAR(100) NOT NULL,
  closed BOOLEAN NOT NULL,
  position INT NOT NULL,
  PRIMARY KEY (project_id, code)
);
INSERT INTO workflow_status (project_id, code, name, closed, position)
  SELECT 0, code, name, closed, position FROM case_status;
DROP TABLE case_status;

CREATE TABLE workflow_transition (
  project_id BIGINT NOT NULL,
  from_code VARCHAR(40) NOT NULL,
  to_code VARCHAR(40) NOT NULL,
  PRIMARY KEY (project_id, from_code, to_code)
);
INSERT INTO workflow_transition (project_id, from_code, to_code) VALUES
  (0, 'NEW', 'IN_PROGRESS'), (0, 'NEW', 'PENDING'), (0, 'NEW', 'CLOSED'),
  (0, 'IN_PROGRESS', 'PENDING'), (0, 'IN_PROGRESS', 'CLOSED'),
  (0, 'PENDING', 'IN_PROGRESS'), (0, 'PENDING', 'CLOSED'),
  (0, 'CLOSED', 'IN_PROGRESS');

CREATE TABLE closing_reason (
  project_id BIGINT NOT NULL,
  code VARCHAR(40) NOT NULL,
  name VARCHAR(100) NOT NULL,
  position INT NOT NULL,
  PRIMARY KEY (project_id, code)
);
INSERT INTO closing_reason (project_id, code, name, position) VALUES
  (0, 'GOALS_MET', 'Goals achieved', 10),
  (0, 'REFERRED', 'Referred to another service', 20),
  (0, 'WITHDREW', 'Client withdrew', 30),
  (0, 'NO_CONTACT', 'Unable to contact the client', 40),
  (0, 'DUPLICATE', 'Duplicate case', 50);

-- close rules a project applies (ids of CloseRule services)
CREATE TABLE project_close_rule (
  project_id BIGINT NOT NULL,
  rule_id VARCHAR(100) NOT NULL,
  PRIMARY KEY (project_id, rule_id)
);

ALTER TABLE care_case ADD COLUMN closing_reason VARCHAR(40);
ALTER TABLE care_case ADD COLUMN shared BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE care_case SET closing_reason = 'GOALS_MET' WHERE closed_at IS NOT NULL;

-- users of other organizations (or colleagues) who work on a case with its owners
CREATE TABLE case_collaborator (
  case_id BIGINT NOT NULL CONSTRAINT fk_collaborator_case REFERENCES care_case (id),
  user_id BIGINT NOT NULL,
  added_at TIMESTAMP NOT NULL,
  PRIMARY KEY (case_id, user_id)
);
CREATE INDEX ix_collaborator_user ON case_collaborator (user_id);

-- notes are never erased: a deleted note is hidden, and its text stays in the activity log
ALTER TABLE case_note ADD COLUMN edited_at TIMESTAMP;
ALTER TABLE case_note ADD COLUMN deleted_at TIMESTAMP;

--changeset carebench:cases-3
-- Case types (CiviCase): roles filled when a case opens, and activities scheduled at day offsets from the
-- opening or from another activity.
CREATE TABLE case_type (
  id BIGINT NOT NULL PRIMARY KEY,
  project_id BIGINT NOT NULL,
  code VARCHAR(40) NOT NULL,
  name VARCHAR(100) NOT NULL,
  CONSTRAINT uq_case_type UNIQUE (project_id, code)
);
CREATE TABLE case_type_role (
  case_type_id BIGINT NOT NULL CONSTRAINT fk_type_role_type REFERENCES case_type (id),
  code VARCHAR(40) NOT NULL,
  name VARCHAR(100) NOT NULL,
  position INT NOT NULL,
  PRIMARY KEY (case_type_id, code)
);
CREATE TABLE case_type_activity (
  case_type_id BIGINT NOT NULL CONSTRAINT fk_type_activity_type REFERENCES case_type (id),
  code VARCHAR(40) NOT NULL,
  name VARCHAR(200) NOT NULL,
  offset_days INT NOT NULL,
  relative_to VARCHAR(40),
  role_code VARCHAR(40),
  position INT NOT NULL,
  PRIMARY KEY (case_type_id, code)
);
ALTER TABLE care_case ADD COLUMN case_type_id BIGINT;
CREATE TABLE case_role_assignment (
  case_id BIGINT NOT NULL CONSTRAINT fk_role_assignment_case REFERENCES care_case (id),
  role_code VARCHAR(40) NOT NULL,
  user_id BIGINT NOT NULL,
  PRIMARY KEY (case_id, role_code)
);
CREATE TABLE case_activity (
  id BIGINT NOT NULL PRIMARY KEY,
  case_id BIGINT NOT NULL CONSTRAINT fk_activity_case REFERENCES care_case (id),
  code VARCHAR(40) NOT NULL,
  name VARCHAR(200) NOT NULL,
  due_date DATE NOT NULL,
  status VARCHAR(20) NOT NULL,
  assignee_id BIGINT,
  completed_at TIMESTAMP,
  completed_by BIGINT
);
CREATE INDEX ix_activity_assignee_due ON case_activity (assignee_id, status, due_date);
INSERT INTO id_sequence (seq_name, next_value) VALUES ('case_type', 0), ('case_activity', 0);

--changeset carebench:cases-4
-- Annotations and finding: flags (types per project; project 0 = the default set), typed attributes per project,
-- related cases, assignment to teams, saved views of the case list.
CREATE TABLE flag_type (
  project_id BIGINT NOT NULL,
  code VARCHAR(40) NOT NULL,
  name VARCHAR(100) NOT NULL,
  position INT NOT NULL,
  PRIMARY KEY (project_id, code)
);
INSERT INTO flag_type (project_id, code, name, position) VALUES
  (0, 'URGENT', 'Urgent', 10),
  (0, 'SAFETY', 'Safety concern', 20),
  (0, 'DOCUMENTS', 'Documents missing', 30),
  (0, 'FOLLOW_UP', 'Needs follow-up', 40);
CREATE TABLE case_flag (
  id BIGINT NOT NULL PRIMARY KEY,
  case_id BIGINT NOT NULL CONSTRAINT fk_flag_case REFERENCES care_case (id),
  flag_code VARCHAR(40) NOT NULL,
  comment_text VARCHAR(500),
  added_by BIGINT,
  added_at TIMESTAMP NOT NULL,
  resolved_by BIGINT,
  resolved_at TIMESTAMP
);
CREATE INDEX ix_flag_open ON case_flag (flag_code, resolved_at, case_id);

-- value_type: TEXT, NUMBER, DATE, YES_NO; a value sits in the column of its type
CREATE TABLE attribute_definition (
  project_id BIGINT NOT NULL,
  code VARCHAR(40) NOT NULL,
  name VARCHAR(100) NOT NULL,
  value_type VARCHAR(10) NOT NULL,
  position INT NOT NULL,
  PRIMARY KEY (project_id, code)
);
CREATE TABLE case_attribute (
  case_id BIGINT NOT NULL CONSTRAINT fk_attribute_case REFERENCES care_case (id),
  code VARCHAR(40) NOT NULL,
  text_value VARCHAR(1000),
  number_value DECIMAL(19, 4),
  date_value DATE,
  PRIMARY KEY (case_id, code)
);
CREATE INDEX ix_attribute_text ON case_attribute (code, text_value);
CREATE INDEX ix_attribute_number ON case_attribute (code, number_value);
CREATE INDEX ix_attribute_date ON case_attribute (code, date_value);

-- a link is stored both ways, so each case lists it from its side
CREATE TABLE case_link (
  case_id BIGINT NOT NULL CONSTRAINT fk_link_case REFERENCES care_case (id),
  related_case_id BIGINT NOT NULL CONSTRAINT fk_link_related REFERENCES care_case (id),
  linked_by BIGINT,
  linked_at TIMESTAMP NOT NULL,
  PRIMARY KEY (case_id, related_case_id)
);

ALTER TABLE care_case ADD COLUMN team_id BIGINT;

CREATE TABLE saved_view (
  id BIGINT NOT NULL PRIMARY KEY,
  user_id BIGINT NOT NULL,
  name VARCHAR(100) NOT NULL,
  definition VARCHAR(4000) NOT NULL,
  CONSTRAINT uq_saved_view UNIQUE (user_id, name)
);
INSERT INTO id_sequence (seq_name, next_value) VALUES ('case_flag', 0), ('saved_view', 0);

--changeset carebench:cases-5
-- the people of a case besides its primary client (family members, others associated with him)
CREATE TABLE case_participant (
  case_id BIGINT NOT NULL CONSTRAINT fk_participant_case REFERENCES care_case (id),
  client_id BIGINT NOT NULL CONSTRAINT fk_participant_client REFERENCES client_profile (id),
  relationship VARCHAR(60),
  added_by BIGINT,
  added_at TIMESTAMP NOT NULL,
  PRIMARY KEY (case_id, client_id)
);

--changeset carebench:cases-6
-- Reporting (see docs/reporting.md). Report queries read views in schema REPORTING; each view shows what the user
-- running the report sees. A report runs with its connection's current schema set to the user's scope schema
-- (CB_SCOPE_<user id>), whose rows below say which cases he sees: whole (project, organization) pairs, and the
-- projects where he also sees shared cases and cases he collaborates on (the rule of CaseAccessRules).
CREATE TABLE report_scope (
  scope_schema VARCHAR(128) NOT NULL PRIMARY KEY,
  user_id BIGINT NOT NULL,
  refreshed_at TIMESTAMP NOT NULL
);
CREATE TABLE report_scope_unit (
  scope_schema VARCHAR(128) NOT NULL,
  project_id BIGINT NOT NULL,
  organization_id BIGINT NOT NULL,
  PRIMARY KEY (scope_schema, project_id, organization_id)
);
CREATE TABLE report_scope_project (
  scope_schema VARCHAR(128) NOT NULL,
  project_id BIGINT NOT NULL,
  PRIMARY KEY (scope_schema, project_id)
);
-- Case counts kept by triggers, so that dashboards over a million cases do not read the cases: case_tally holds
-- the counts per group as of its last folding, case_tally_change the +1/-1 of every change since (inserts only, so
-- that concurrent case changes never wait for one another on a counter row). Three kinds of group: 'S' counts
-- cases by status, closed and assigned; 'O' cases by the week they were opened; 'C' closed cases by the week they
-- were closed (week: weeks since Monday 1970-01-05, UTC; 0 for 'S').
CREATE TABLE case_tally (
  project_id BIGINT NOT NULL,
  organization_id BIGINT NOT NULL,
  kind CHAR(1) NOT NULL,
  shared BOOLEAN NOT NULL,
  status VARCHAR(40) NOT NULL,
  closed BOOLEAN NOT NULL,
  assigned BOOLEAN NOT NULL,
  week INT NOT NULL,
  cases INT NOT NULL,
  PRIMARY KEY (project_id, organization_id, kind, shared, status, closed, assigned, week)
);
CREATE TABLE case_tally_change (
  id BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id BIGINT NOT NULL,
  organization_id BIGINT NOT NULL,
  kind CHAR(1) NOT NULL,
  shared BOOLEAN NOT NULL,
  status VARCHAR(40) NOT NULL,
  closed BOOLEAN NOT NULL,
  assigned BOOLEAN NOT NULL,
  week INT NOT NULL,
  cases INT NOT NULL
);
CREATE TRIGGER tr_case_tally_insert AFTER INSERT ON care_case REFERENCING NEW AS n FOR EACH ROW
  INSERT INTO case_tally_change (kind, project_id, organization_id, shared, status, closed, assigned, week, cases)
  SELECT kind, project_id, organization_id, shared, status, closed, assigned, week, cases FROM (VALUES
    ('S', n.project_id, n.organization_id, n.shared, n.status, n.closed_at IS NOT NULL,
      n.assignee_id IS NOT NULL OR n.team_id IS NOT NULL, 0, 1),
    ('O', n.project_id, n.organization_id, n.shared, '', FALSE, FALSE,
      {fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), n.opened_at)} / 7, 1),
    ('C', n.project_id, n.organization_id, n.shared, '', FALSE, FALSE,
      CASE WHEN n.closed_at IS NULL THEN NULL ELSE {fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), n.closed_at)} / 7 END, 1)) AS v (kind, project_id, organization_id, shared, status, closed, assigned, week, cases)
  WHERE week IS NOT NULL;
CREATE TRIGGER tr_case_tally_update
  AFTER UPDATE OF project_id, organization_id, shared, status, closed_at, assignee_id, team_id, opened_at ON care_case
  REFERENCING OLD AS o NEW AS n FOR EACH ROW
  INSERT INTO case_tally_change (kind, project_id, organization_id, shared, status, closed, assigned, week, cases)
  SELECT kind, project_id, organization_id, shared, status, closed, assigned, week, cases FROM (VALUES
    ('S', o.project_id, o.organization_id, o.shared, o.status, o.closed_at IS NOT NULL,
      o.assignee_id IS NOT NULL OR o.team_id IS NOT NULL, 0, -1),
    ('O', o.project_id, o.organization_id, o.shared, '', FALSE, FALSE,
      {fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), o.opened_at)} / 7, -1),
    ('C', o.project_id, o.organization_id, o.shared, '', FALSE, FALSE,
      CASE WHEN o.closed_at IS NULL THEN NULL ELSE {fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), o.closed_at)} / 7 END, -1),
    ('S', n.project_id, n.organization_id, n.shared, n.status, n.closed_at IS NOT NULL,
      n.assignee_id IS NOT NULL OR n.team_id IS NOT NULL, 0, 1),
    ('O', n.project_id, n.organization_id, n.shared, '', FALSE, FALSE,
      {fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), n.opened_at)} / 7, 1),
    ('C', n.project_id, n.organization_id, n.shared, '', FALSE, FALSE,
      CASE WHEN n.closed_at IS NULL THEN NULL ELSE {fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), n.closed_at)} / 7 END, 1)) AS v (kind, project_id, organization_id, shared, status, closed, assigned, week, cases)
  WHERE week IS NOT NULL;
CREATE TRIGGER tr_case_tally_delete AFTER DELETE ON care_case REFERENCING OLD AS o FOR EACH ROW
  INSERT INTO case_tally_change (kind, project_id, organization_id, shared, status, closed, assigned, week, cases)
  SELECT kind, project_id, organization_id, shared, status, closed, assigned, week, cases FROM (VALUES
    ('S', o.project_id, o.organization_id, o.shared, o.status, o.closed_at IS NOT NULL,
      o.assignee_id IS NOT NULL OR o.team_id IS NOT NULL, 0, -1),
    ('O', o.project_id, o.organization_id, o.shared, '', FALSE, FALSE,
      {fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), o.opened_at)} / 7, -1),
    ('C', o.project_id, o.organization_id, o.shared, '', FALSE, FALSE,
      CASE WHEN o.closed_at IS NULL THEN NULL ELSE {fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), o.closed_at)} / 7 END, -1)) AS v (kind, project_id, organization_id, shared, status, closed, assigned, week, cases)
  WHERE week IS NOT NULL;
INSERT INTO case_tally (kind, project_id, organization_id, shared, status, closed, assigned, week, cases)
  SELECT 'S', project_id, organization_id, shared, status, closed, assigned, 0, COUNT(*) FROM (
    SELECT project_id, organization_id, shared, status, closed_at IS NOT NULL AS closed,
      assignee_id IS NOT NULL OR team_id IS NOT NULL AS assigned FROM care_case) t
  GROUP BY project_id, organization_id, shared, status, closed, assigned;
INSERT INTO case_tally (kind, project_id, organization_id, shared, status, closed, assigned, week, cases)
  SELECT 'O', project_id, organization_id, shared, '', FALSE, FALSE, week, COUNT(*) FROM (
    SELECT project_id, organization_id, shared, {fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), opened_at)} / 7 AS week FROM care_case) t
  GROUP BY project_id, organization_id, shared, week;
INSERT INTO case_tally (kind, project_id, organization_id, shared, status, closed, assigned, week, cases)
  SELECT 'C', project_id, organization_id, shared, '', FALSE, FALSE, week, COUNT(*) FROM (
    SELECT project_id, organization_id, shared, {fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), closed_at)} / 7 AS week
    FROM care_case WHERE closed_at IS NOT NULL) t
  GROUP BY project_id, organization_id, shared, week;
-- the shared cases other organizations see
CREATE INDEX ix_case_shared ON care_case (shared, project_id);

CREATE SCHEMA reporting;
-- The cases the scope's user sees, three disjoint ways: his (project, organization) pairs; cases shared across the
-- network in his projects; cases he collaborates on in his projects. Internal: authors read REPORTING.CASES.
CREATE VIEW report_extra_case (id) AS
  SELECT c.id FROM report_scope_project p JOIN care_case c ON c.shared = TRUE AND c.project_id = p.project_id
  WHERE p.scope_schema = CURRENT SCHEMA AND NOT EXISTS (SELECT 1 FROM report_scope_unit u
    WHERE u.scope_schema = p.scope_schema AND u.project_id = c.project_id AND u.organization_id = c.organization_id)
  UNION ALL
  SELECT c.id FROM report_scope s JOIN case_collaborator cc ON cc.user_id = s.user_id
    JOIN care_case c ON c.id = cc.case_id
    JOIN report_scope_project p ON p.scope_schema = s.scope_schema AND p.project_id = c.project_id
  WHERE s.scope_schema = CURRENT SCHEMA AND c.shared = FALSE AND NOT EXISTS (SELECT 1 FROM report_scope_unit u
    WHERE u.scope_schema = s.scope_schema AND u.project_id = c.project_id AND u.organization_id = c.organization_id);
CREATE VIEW report_visible_case (id) AS
  SELECT c.id FROM report_scope_unit u JOIN care_case c
    ON c.project_id = u.project_id AND c.organization_id = u.organization_id
  WHERE u.scope_schema = CURRENT SCHEMA
  UNION ALL
  SELECT id FROM report_extra_case;

CREATE VIEW reporting.cases (case_id, case_code, client_id, client_first_name, client_last_name,
    project_id, project_code, project_name, organization_id, organization_name, status_code, status_name, closed,
    closing_reason, assignee_id, assignee_name, team_id, team_name, shared, opened_at, closed_at, last_activity_at,
    opened_week_start, closed_week_start) AS
  SELECT c.id, c.code, c.client_id,
    CASE WHEN cl.anonymous THEN NULL ELSE cl.first_name END, CASE WHEN cl.anonymous THEN NULL ELSE cl.last_name END,
    c.project_id, p.code, p.name, c.organization_id, o.name, c.status, COALESCE(own.name, def.name, c.status),
    c.closed_at IS NOT NULL, c.closing_reason, c.assignee_id, u.display_name, c.team_id, t.name, c.shared,
    c.opened_at, c.closed_at, c.last_activity_at,
    DATE({fn TIMESTAMPADD(SQL_TSI_DAY,
      ({fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), c.opened_at)} / 7) * 7,
      TIMESTAMP('1970-01-05 00:00:00'))}),
    CASE WHEN c.closed_at IS NULL THEN NULL ELSE DATE({fn TIMESTAMPADD(SQL_TSI_DAY,
      ({fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), c.closed_at)} / 7) * 7,
      TIMESTAMP('1970-01-05 00:00:00'))}) END
  FROM report_visible_case v JOIN care_case c ON c.id = v.id
    JOIN client_profile cl ON cl.id = c.client_id
    JOIN project p ON p.id = c.project_id
    JOIN organization o ON o.id = c.organization_id
    LEFT JOIN workflow_status own ON own.project_id = c.project_id AND own.code = c.status
    LEFT JOIN workflow_status def ON def.project_id = 0 AND def.code = c.status
    LEFT JOIN app_user u ON u.id = c.assignee_id
    LEFT JOIN team t ON t.id = c.team_id;

-- Counts of the scope's cases per group, from the tallies (shared and collaborated cases of other organizations
-- counted from their rows: few).
CREATE VIEW report_counted_case (kind, project_id, organization_id, status, closed, assigned, week, cases) AS
  SELECT t.kind, t.project_id, t.organization_id, t.status, t.closed, t.assigned, t.week, t.cases
  FROM report_scope_unit u JOIN case_tally t ON t.project_id = u.project_id AND t.organization_id = u.organization_id
  WHERE u.scope_schema = CURRENT SCHEMA
  UNION ALL
  SELECT t.kind, t.project_id, t.organization_id, t.status, t.closed, t.assigned, t.week, t.cases
  FROM report_scope_unit u JOIN case_tally_change t
    ON t.project_id = u.project_id AND t.organization_id = u.organization_id
  WHERE u.scope_schema = CURRENT SCHEMA
  UNION ALL
  SELECT 'S', c.project_id, c.organization_id, c.status, c.closed_at IS NOT NULL,
    c.assignee_id IS NOT NULL OR c.team_id IS NOT NULL, 0, 1
  FROM report_extra_case x JOIN care_case c ON c.id = x.id
  UNION ALL
  SELECT 'O', c.project_id, c.organization_id, '', FALSE, FALSE, {fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), c.opened_at)} / 7, 1
  FROM report_extra_case x JOIN care_case c ON c.id = x.id
  UNION ALL
  SELECT 'C', c.project_id, c.organization_id, '', FALSE, FALSE, {fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), c.closed_at)} / 7, 1
  FROM report_extra_case x JOIN care_case c ON c.id = x.id
  WHERE c.closed_at IS NOT NULL;

-- names looked up per group by scalar subqueries: joined, Derby re-evaluates the grouped table for each name row
CREATE VIEW reporting.case_counts (project_id, project_name, organization_id, organization_name, status_code,
    status_name, closed, assigned, cases) AS
  SELECT k.project_id, (SELECT p.name FROM project p WHERE p.id = k.project_id), k.organization_id,
    (SELECT o.name FROM organization o WHERE o.id = k.organization_id), k.status,
    COALESCE((SELECT w.name FROM workflow_status w WHERE w.project_id = k.project_id AND w.code = k.status),
      (SELECT w.name FROM workflow_status w WHERE w.project_id = 0 AND w.code = k.status), k.status),
    k.closed, k.assigned, k.cases
  FROM (SELECT project_id, organization_id, status, closed, assigned, SUM(cases) AS cases
      FROM report_counted_case WHERE kind = 'S' GROUP BY project_id, organization_id, status, closed, assigned) k
  WHERE k.cases <> 0;

CREATE VIEW reporting.case_openings (project_id, project_name, organization_id, organization_name,
    opened_week_start, cases) AS
  SELECT k.project_id, (SELECT p.name FROM project p WHERE p.id = k.project_id), k.organization_id,
    (SELECT o.name FROM organization o WHERE o.id = k.organization_id),
    DATE({fn TIMESTAMPADD(SQL_TSI_DAY, k.week * 7, TIMESTAMP('1970-01-05 00:00:00'))}), k.cases
  FROM (SELECT project_id, organization_id, week, SUM(cases) AS cases
      FROM report_counted_case WHERE kind = 'O' GROUP BY project_id, organization_id, week) k
  WHERE k.cases <> 0;

CREATE VIEW reporting.case_closings (project_id, project_name, organization_id, organization_name,
    closed_week_start, cases) AS
  SELECT k.project_id, (SELECT p.name FROM project p WHERE p.id = k.project_id), k.organization_id,
    (SELECT o.name FROM organization o WHERE o.id = k.organization_id),
    DATE({fn TIMESTAMPADD(SQL_TSI_DAY, k.week * 7, TIMESTAMP('1970-01-05 00:00:00'))}), k.cases
  FROM (SELECT project_id, organization_id, week, SUM(cases) AS cases
      FROM report_counted_case WHERE kind = 'C' GROUP BY project_id, organization_id, week) k
  WHERE k.cases <> 0;

CREATE VIEW reporting.case_events (case_id, event_id, occurred_at, action, actor_id, actor_name, before_value,
    after_value, detail) AS
  SELECT a.case_id, a.id, a.occurred_at, a.action, a.actor_id, u.display_name, a.before_value, a.after_value,
    a.detail
  FROM report_visible_case v JOIN activity_log a ON a.case_id = v.id
    LEFT JOIN app_user u ON u.id = a.actor_id;

CREATE VIEW reporting.case_status_changes (case_id, changed_at, from_status, to_status, actor_id, actor_name) AS
  SELECT case_id, occurred_at, before_value, after_value, actor_id, actor_name FROM reporting.case_events
  WHERE action = 'case.status';

CREATE VIEW reporting.case_assignments (case_id, changed_at, previous_assignee, new_assignee, actor_id,
    actor_name) AS
  SELECT case_id, occurred_at, before_value, after_value, actor_id, actor_name FROM reporting.case_events
  WHERE action = 'case.assigned';

CREATE VIEW reporting.case_notes (case_id, note_id, created_at, edited_at, author_id, author_name, body) AS
  SELECT n.case_id, n.id, n.created_at, n.edited_at, n.author_id, u.display_name, n.body
  FROM report_visible_case v JOIN case_note n ON n.case_id = v.id
    LEFT JOIN app_user u ON u.id = n.author_id
  WHERE n.deleted_at IS NULL;

CREATE VIEW reporting.case_note_counts (case_id, notes) AS
  SELECT case_id, COUNT(*) FROM reporting.case_notes GROUP BY case_id;

CREATE VIEW reporting.case_activities (case_id, activity_id, code, name, due_date, status, assignee_id,
    assignee_name, completed_at) AS
  SELECT a.case_id, a.id, a.code, a.name, a.due_date, a.status, a.assignee_id, u.display_name, a.completed_at
  FROM report_visible_case v JOIN case_activity a ON a.case_id = v.id
    LEFT JOIN app_user u ON u.id = a.assignee_id;

--changeset carebench:cases-7
-- Case types: a role whoever opens the case fills; an activity that opening the case does (CiviCase's "Open case").
ALTER TABLE case_type_role ADD COLUMN filled_by_opener BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE case_type_activity ADD COLUMN done_at_opening BOOLEAN NOT NULL DEFAULT FALSE;
-- who completed an activity, and for cancelled ones when
ALTER TABLE case_activity ADD COLUMN cancelled_at TIMESTAMP;

-- a project's choices about its cases; a project without a row takes the defaults (CaseSettings.DEFAULT)
CREATE TABLE case_setting (
  project_id BIGINT NOT NULL PRIMARY KEY,
  cancel_activities_on_close BOOLEAN NOT NULL
);

-- names of statuses ('S') and closing reasons ('R') in other languages; the default workflow's in Spanish and Italian
CREATE TABLE workflow_translation (
  project_id BIGINT NOT NULL,
  kind CHAR(1) NOT NULL,
  code VARCHAR(40) NOT NULL,
  language VARCHAR(8) NOT NULL,
  name VARCHAR(100) NOT NULL,
  PRIMARY KEY (project_id, kind, code, language)
);
INSERT INTO workflow_translation (project_id, kind, code, language, name) VALUES
  (0, 'S', 'NEW', 'es', 'Nuevo'), (0, 'S', 'IN_PROGRESS', 'es', 'En curso'),
  (0, 'S', 'PENDING', 'es', 'Pendiente'), (0, 'S', 'CLOSED', 'es', 'Cerrado'),
  (0, 'S', 'NEW', 'it', 'Nuovo'), (0, 'S', 'IN_PROGRESS', 'it', 'In corso'),
  (0, 'S', 'PENDING', 'it', 'In attesa'), (0, 'S', 'CLOSED', 'it', 'Chiuso'),
  (0, 'R', 'GOALS_MET', 'es', 'Objetivos alcanzados'), (0, 'R', 'REFERRED', 'es', 'Derivado a otro servicio'),
  (0, 'R', 'WITHDREW', 'es', 'El cliente desistió'), (0, 'R', 'NO_CONTACT', 'es', 'No se pudo contactar con el cliente'),
  (0, 'R', 'DUPLICATE', 'es', 'Caso duplicado'),
  (0, 'R', 'GOALS_MET', 'it', 'Obiettivi raggiunti'), (0, 'R', 'REFERRED', 'it', 'Inviato a un altro servizio'),
  (0, 'R', 'WITHDREW', 'it', 'Il cliente ha rinunciato'), (0, 'R', 'NO_CONTACT', 'it', 'Impossibile contattare il cliente'),
  (0, 'R', 'DUPLICATE', 'it', 'Caso duplicato');

-- A report runs in the language of its user: status names in the reporting views follow report_scope.language.
ALTER TABLE report_scope ADD COLUMN language VARCHAR(8);

-- The name of each status of each project in the scope's language: the project's own translation or name, else
-- the default workflow's. Internal: the views below join it.
CREATE VIEW report_status_name (project_id, code, name) AS
  SELECT p.id, s.code, COALESCE(
      (SELECT t.name FROM workflow_translation t, report_scope r WHERE r.scope_schema = CURRENT SCHEMA
        AND t.project_id = s.project_id AND t.kind = 'S' AND t.code = s.code AND t.language = r.language),
      s.name)
  FROM project p JOIN workflow_status s ON s.project_id = p.id
    OR (s.project_id = 0 AND NOT EXISTS (SELECT 1 FROM workflow_status w WHERE w.project_id = p.id));

DROP VIEW reporting.cases;
CREATE VIEW reporting.cases (case_id, case_code, client_id, client_first_name, client_last_name,
    project_id, project_code, project_name, organization_id, organization_name, status_code, status_name, closed,
    closing_reason, assignee_id, assignee_name, team_id, team_name, shared, opened_at, closed_at, last_activity_at,
    opened_week_start, closed_week_start) AS
  SELECT c.id, c.code, c.client_id,
    CASE WHEN cl.anonymous THEN NULL ELSE cl.first_name END, CASE WHEN cl.anonymous THEN NULL ELSE cl.last_name END,
    c.project_id, p.code, p.name, c.organization_id, o.name, c.status, COALESCE(sn.name, c.status),
    c.closed_at IS NOT NULL, c.closing_reason, c.assignee_id, u.display_name, c.team_id, t.name, c.shared,
    c.opened_at, c.closed_at, c.last_activity_at,
    DATE({fn TIMESTAMPADD(SQL_TSI_DAY,
      ({fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), c.opened_at)} / 7) * 7,
      TIMESTAMP('1970-01-05 00:00:00'))}),
    CASE WHEN c.closed_at IS NULL THEN NULL ELSE DATE({fn TIMESTAMPADD(SQL_TSI_DAY,
      ({fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), c.closed_at)} / 7) * 7,
      TIMESTAMP('1970-01-05 00:00:00'))}) END
  FROM report_visible_case v JOIN care_case c ON c.id = v.id
    JOIN client_profile cl ON cl.id = c.client_id
    JOIN project p ON p.id = c.project_id
    JOIN organization o ON o.id = c.organization_id
    LEFT JOIN report_status_name sn ON sn.project_id = c.project_id AND sn.code = c.status
    LEFT JOIN app_user u ON u.id = c.assignee_id
    LEFT JOIN team t ON t.id = c.team_id;

-- Counted cases come from the tallies for the scope's (project, organization) pairs and, since the tallies keep
-- 'shared' apart, for the shared cases of the other organizations of its projects too: cases-6 read those shared
-- cases row by row, which made a supervisor's dashboard ten times slower than one over every case. Only cases
-- the user collaborates on (neither his organization's nor shared: few) are still counted from their rows.
DROP VIEW reporting.case_counts;
DROP VIEW reporting.case_openings;
DROP VIEW reporting.case_closings;
DROP VIEW report_counted_case;
CREATE VIEW report_collaborated_case (id) AS
  SELECT c.id FROM report_scope s JOIN case_collaborator cc ON cc.user_id = s.user_id
    JOIN care_case c ON c.id = cc.case_id
    JOIN report_scope_project p ON p.scope_schema = s.scope_schema AND p.project_id = c.project_id
  WHERE s.scope_schema = CURRENT SCHEMA AND c.shared = FALSE AND NOT EXISTS (SELECT 1 FROM report_scope_unit u
    WHERE u.scope_schema = s.scope_schema AND u.project_id = c.project_id AND u.organization_id = c.organization_id);
CREATE VIEW report_counted_case (kind, project_id, organization_id, status, closed, assigned, week, cases) AS
  SELECT t.kind, t.project_id, t.organization_id, t.status, t.closed, t.assigned, t.week, t.cases
  FROM report_scope_unit u JOIN case_tally t ON t.project_id = u.project_id AND t.organization_id = u.organization_id
  WHERE u.scope_schema = CURRENT SCHEMA
  UNION ALL
  SELECT t.kind, t.project_id, t.organization_id, t.status, t.closed, t.assigned, t.week, t.cases
  FROM report_scope_unit u JOIN case_tally_change t
    ON t.project_id = u.project_id AND t.organization_id = u.organization_id
  WHERE u.scope_schema = CURRENT SCHEMA
  UNION ALL
  SELECT t.kind, t.project_id, t.organization_id, t.status, t.closed, t.assigned, t.week, t.cases
  FROM report_scope_project p JOIN case_tally t ON t.project_id = p.project_id AND t.shared = TRUE
  WHERE p.scope_schema = CURRENT SCHEMA AND NOT EXISTS (SELECT 1 FROM report_scope_unit u
    WHERE u.scope_schema = p.scope_schema AND u.project_id = t.project_id AND u.organization_id = t.organization_id)
  UNION ALL
  SELECT t.kind, t.project_id, t.organization_id, t.status, t.closed, t.assigned, t.week, t.cases
  FROM report_scope_project p JOIN case_tally_change t ON t.project_id = p.project_id AND t.shared = TRUE
  WHERE p.scope_schema = CURRENT SCHEMA AND NOT EXISTS (SELECT 1 FROM report_scope_unit u
    WHERE u.scope_schema = p.scope_schema AND u.project_id = t.project_id AND u.organization_id = t.organization_id)
  UNION ALL
  SELECT 'S', c.project_id, c.organization_id, c.status, c.closed_at IS NOT NULL,
    c.assignee_id IS NOT NULL OR c.team_id IS NOT NULL, 0, 1
  FROM report_collaborated_case x JOIN care_case c ON c.id = x.id
  UNION ALL
  SELECT 'O', c.project_id, c.organization_id, '', FALSE, FALSE, {fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), c.opened_at)} / 7, 1
  FROM report_collaborated_case x JOIN care_case c ON c.id = x.id
  UNION ALL
  SELECT 'C', c.project_id, c.organization_id, '', FALSE, FALSE, {fn TIMESTAMPDIFF(SQL_TSI_DAY, TIMESTAMP('1970-01-05 00:00:00'), c.closed_at)} / 7, 1
  FROM report_collaborated_case x JOIN care_case c ON c.id = x.id
  WHERE c.closed_at IS NOT NULL;

-- names looked up per group by scalar subqueries: joined, Derby re-evaluates the grouped table for each name row
CREATE VIEW reporting.case_counts (project_id, project_name, organization_id, organization_name, status_code,
    status_name, closed, assigned, cases) AS
  SELECT k.project_id, (SELECT p.name FROM project p WHERE p.id = k.project_id), k.organization_id,
    (SELECT o.name FROM organization o WHERE o.id = k.organization_id), k.status,
    COALESCE((SELECT n.name FROM report_status_name n WHERE n.project_id = k.project_id AND n.code = k.status),
      k.status),
    k.closed, k.assigned, k.cases
  FROM (SELECT project_id, organization_id, status, closed, assigned, SUM(cases) AS cases
      FROM report_counted_case WHERE kind = 'S' GROUP BY project_id, organization_id, status, closed, assigned) k
  WHERE k.cases <> 0;

CREATE VIEW reporting.case_openings (project_id, project_name, organization_id, organization_name,
    opened_week_start, cases) AS
  SELECT k.project_id, (SELECT p.name FROM project p WHERE p.id = k.project_id), k.organization_id,
    (SELECT o.name FROM organization o WHERE o.id = k.organization_id),
    DATE({fn TIMESTAMPADD(SQL_TSI_DAY, k.week * 7, TIMESTAMP('1970-01-05 00:00:00'))}), k.cases
  FROM (SELECT project_id, organization_id, week, SUM(cases) AS cases
      FROM report_counted_case WHERE kind = 'O' GROUP BY project_id, organization_id, week) k
  WHERE k.cases <> 0;

CREATE VIEW reporting.case_closings (project_id, project_name, organization_id, organization_name,
    closed_week_start, cases) AS
  SELECT k.project_id, (SELECT p.name FROM project p WHERE p.id = k.project_id), k.organization_id,
    (SELECT o.name FROM organization o WHERE o.id = k.organization_id),
    DATE({fn TIMESTAMPADD(SQL_TSI_DAY, k.week * 7, TIMESTAMP('1970-01-05 00:00:00'))}), k.cases
  FROM (SELECT project_id, organization_id, week, SUM(cases) AS cases
      FROM report_counted_case WHERE kind = 'C' GROUP BY project_id, organization_id, week) k
  WHERE k.cases <> 0;

--changeset carebench:cases-8
-- Which rows of import files became which cases: importing a file again (after an interruption, or with its problem
-- rows corrected) makes each case once. The key is a SHA-256 of the row's values.
CREATE TABLE imported_row (
  project_id BIGINT NOT NULL,
  row_key CHAR(64) NOT NULL,
  case_id BIGINT NOT NULL,
  -- the key first: Derby probes an index for an IN list only on its first column
  PRIMARY KEY (row_key, project_id)
);
