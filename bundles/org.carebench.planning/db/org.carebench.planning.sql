--liquibase formatted sql

--changeset carebench:planning-1
-- goals and basic plan items an administrator offers in a project
CREATE TABLE plan_goal_definition (
  id BIGINT NOT NULL PRIMARY KEY,
  project_id BIGINT NOT NULL,
  name VARCHAR(200) NOT NULL,
  CONSTRAINT uq_plan_goal_definition UNIQUE (project_id, name)
);
CREATE TABLE plan_item_definition (
  id BIGINT NOT NULL PRIMARY KEY,
  project_id BIGINT NOT NULL,
  name VARCHAR(200) NOT NULL,
  purpose VARCHAR(1000),
  CONSTRAINT uq_plan_item_definition UNIQUE (project_id, name)
);

CREATE TABLE service_plan (
  id BIGINT NOT NULL PRIMARY KEY,
  case_id BIGINT NOT NULL CONSTRAINT fk_plan_case REFERENCES care_case (id),
  goal VARCHAR(500) NOT NULL,
  goal_definition_id BIGINT,
  principal_client_id BIGINT NOT NULL CONSTRAINT fk_plan_principal REFERENCES client_profile (id),
  created_by BIGINT,
  created_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX ix_plan_case ON service_plan (case_id);
CREATE TABLE plan_participant (
  plan_id BIGINT NOT NULL CONSTRAINT fk_plan_participant_plan REFERENCES service_plan (id),
  client_id BIGINT NOT NULL,
  PRIMARY KEY (plan_id, client_id)
);
CREATE TABLE plan_group (
  id BIGINT NOT NULL PRIMARY KEY,
  plan_id BIGINT NOT NULL CONSTRAINT fk_group_plan REFERENCES service_plan (id),
  name VARCHAR(200) NOT NULL,
  position INT NOT NULL
);
CREATE TABLE plan_sub_goal (
  id BIGINT NOT NULL PRIMARY KEY,
  plan_id BIGINT NOT NULL CONSTRAINT fk_sub_goal_plan REFERENCES service_plan (id),
  group_id BIGINT,
  name VARCHAR(500) NOT NULL,
  position INT NOT NULL
);
-- type_id names the plan item type service; items of a type whose bundle is gone stay, read-only
CREATE TABLE plan_item (
  id BIGINT NOT NULL PRIMARY KEY,
  plan_id BIGINT NOT NULL CONSTRAINT fk_item_plan REFERENCES service_plan (id),
  sub_goal_id BIGINT NOT NULL CONSTRAINT fk_item_sub_goal REFERENCES plan_sub_goal (id),
  type_id VARCHAR(100) NOT NULL,
  definition_id BIGINT,
  name VARCHAR(200) NOT NULL,
  purpose VARCHAR(1000),
  status VARCHAR(20) NOT NULL,
  owner_user_id BIGINT,
  owner_client_id BIGINT,
  expected_start DATE,
  expected_end DATE,
  actual_start DATE,
  actual_end DATE,
  expected_outcome VARCHAR(1000),
  actual_outcome VARCHAR(1000),
  currency CHAR(3),
  expected_cost DECIMAL(15, 2),
  actual_cost DECIMAL(15, 2),
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX ix_item_plan ON plan_item (plan_id);
CREATE TABLE plan_item_participant (
  item_id BIGINT NOT NULL CONSTRAINT fk_item_participant_item REFERENCES plan_item (id),
  client_id BIGINT NOT NULL,
  PRIMARY KEY (item_id, client_id)
);
-- the values of a type's own fields, one row each, in the column of the field's kind: no schema change per type
CREATE TABLE plan_item_field (
  item_id BIGINT NOT NULL CONSTRAINT fk_item_field_item REFERENCES plan_item (id),
  field_key VARCHAR(60) NOT NULL,
  field_kind VARCHAR(10) NOT NULL,
  text_value VARCHAR(1000),
  number_value DECIMAL(19, 4),
  date_value DATE,
  currency CHAR(3),
  PRIMARY KEY (item_id, field_key)
);
CREATE TABLE plan_unit_delivery (
  id BIGINT NOT NULL PRIMARY KEY,
  item_id BIGINT NOT NULL CONSTRAINT fk_delivery_item REFERENCES plan_item (id),
  delivered_on DATE NOT NULL,
  units DECIMAL(15, 2) NOT NULL,
  delivered_by BIGINT,
  over_reason VARCHAR(500),
  recorded_by BIGINT,
  recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_delivery_item ON plan_unit_delivery (item_id);
CREATE TABLE plan_milestone (
  id BIGINT NOT NULL PRIMARY KEY,
  plan_id BIGINT NOT NULL CONSTRAINT fk_milestone_plan REFERENCES service_plan (id),
  name VARCHAR(200) NOT NULL,
  expected_date DATE NOT NULL,
  actual_date DATE
);
INSERT INTO id_sequence (seq_name, next_value) VALUES ('plan', 0);

--changeset carebench:planning-2
-- Reporting views over plans (docs/reporting.md); limited to the report user's cases like REPORTING.CASES.
CREATE VIEW reporting.service_plans (plan_id, case_id, goal, principal_client_id, created_at) AS
  SELECT p.id, p.case_id, p.goal, p.principal_client_id, p.created_at
  FROM report_visible_case v JOIN service_plan p ON p.case_id = v.id;

CREATE VIEW reporting.plan_items (item_id, plan_id, case_id, sub_goal, group_name, type_id, name, status,
    owner_user_id, owner_user_name, expected_start, expected_end, actual_start, actual_end, expected_outcome,
    actual_outcome, currency, expected_cost, actual_cost) AS
  SELECT i.id, i.plan_id, p.case_id, s.name, g.name, i.type_id, i.name, i.status, i.owner_user_id, u.display_name,
    i.expected_start, i.expected_end, i.actual_start, i.actual_end, i.expected_outcome, i.actual_outcome,
    i.currency, i.expected_cost, i.actual_cost
  FROM report_visible_case v JOIN service_plan p ON p.case_id = v.id
    JOIN plan_item i ON i.plan_id = p.id
    JOIN plan_sub_goal s ON s.id = i.sub_goal_id
    LEFT JOIN plan_group g ON g.id = s.group_id
    LEFT JOIN app_user u ON u.id = i.owner_user_id;

CREATE VIEW reporting.plan_item_fields (item_id, field_key, field_kind, text_value, number_value, date_value,
    currency) AS
  SELECT f.item_id, f.field_key, f.field_kind, f.text_value, f.number_value, f.date_value, f.currency
  FROM reporting.plan_items i JOIN plan_item_field f ON f.item_id = i.item_id;

CREATE VIEW reporting.plan_unit_deliveries (item_id, case_id, delivered_on, units, over_reason, recorded_at) AS
  SELECT d.item_id, i.case_id, d.delivered_on, d.units, d.over_reason, d.recorded_at
  FROM reporting.plan_items i JOIN plan_unit_delivery d ON d.item_id = i.item_id;
