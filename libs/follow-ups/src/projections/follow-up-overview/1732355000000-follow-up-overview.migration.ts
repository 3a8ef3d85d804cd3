import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * HR's overview of follow-ups (issue 12): one row per follow-up with what HR filters and sorts by,
 * written only by the follow-up-overview projection, and the dimensions it reads names from.
 *
 * Ids are copied into the follow-up's row (group, förvaltning, levels, the responsible's
 * organisation), names are not: a group's or unit's name lives in one row of its dimension table
 * and is joined when read, so a rename changes one row and every follow-up shows it at once.
 * The dimension tables hold the organisation's and groups' states as this projection folds them
 * (with the groups context's own evolve), so the read model never depends on another projection.
 *
 * status_rank is the status as a number (0 open, 1 completed, 2 cancelled): it orders "open first",
 * so one index serves the status filter and the keyset order (status_rank, due_date, follow_up_id),
 * which among open ones puts the overdue first.
 */
export class FollowUpOverview1732355000000 implements MigrationInterface {
  name = 'FollowUpOverview1732355000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rm_follow_up_overview (
        tenant_id                text        NOT NULL,
        follow_up_id             text        NOT NULL,
        group_id                 text        NOT NULL,
        forvaltning_id           text,
        levels                   text[]      NOT NULL DEFAULT '{}',
        origin_meeting_id        text        NOT NULL,
        origin_item_id           text        NOT NULL,
        origin_meeting_date      date        NOT NULL,
        origin_paragraph         integer,
        action                   text        NOT NULL,
        responsible_id           text        NOT NULL,
        responsible_name         text        NOT NULL,
        responsible_organisation text,
        due_date                 date        NOT NULL,
        status                   text        NOT NULL CHECK (status IN ('open', 'completed', 'cancelled')),
        status_rank              smallint    NOT NULL CHECK (status_rank IN (0, 1, 2)),
        closing_reason           text,
        completed_on             date,
        reports                  integer     NOT NULL DEFAULT 0,
        reschedules              integer     NOT NULL DEFAULT 0,
        history_count            integer     NOT NULL DEFAULT 0,
        confidential             boolean     NOT NULL DEFAULT false,
        opened_at                timestamptz NOT NULL,
        closed_at                timestamptz,
        PRIMARY KEY (tenant_id, follow_up_id)
      );
      CREATE INDEX rm_follow_up_overview_due
        ON rm_follow_up_overview (tenant_id, status_rank, due_date, follow_up_id);
      CREATE INDEX rm_follow_up_overview_forvaltning
        ON rm_follow_up_overview (tenant_id, forvaltning_id, status_rank, due_date, follow_up_id);
      CREATE INDEX rm_follow_up_overview_group
        ON rm_follow_up_overview (tenant_id, group_id, status_rank, due_date, follow_up_id);
      CREATE INDEX rm_follow_up_overview_responsible
        ON rm_follow_up_overview (tenant_id, responsible_id, status_rank, due_date, follow_up_id);
      CREATE INDEX rm_follow_up_overview_organisation
        ON rm_follow_up_overview (tenant_id, responsible_organisation, status_rank, due_date, follow_up_id);
      CREATE INDEX rm_follow_up_overview_responsible_name
        ON rm_follow_up_overview (tenant_id, responsible_name, status_rank, due_date, follow_up_id);
      CREATE INDEX rm_follow_up_overview_origin ON rm_follow_up_overview (tenant_id, origin_meeting_id);

      CREATE TABLE rm_follow_up_overview_organisations (
        tenant_id text  NOT NULL PRIMARY KEY,
        state     jsonb NOT NULL
      );
      CREATE TABLE rm_follow_up_overview_units (
        tenant_id      text NOT NULL,
        unit_id        text NOT NULL,
        name           text NOT NULL,
        parent_unit_id text,
        forvaltning_id text NOT NULL,
        PRIMARY KEY (tenant_id, unit_id)
      );
      CREATE TABLE rm_follow_up_overview_groups (
        tenant_id text   NOT NULL,
        group_id  text   NOT NULL,
        name      text   NOT NULL,
        levels    text[] NOT NULL,
        unit_id   text,
        state     jsonb  NOT NULL,
        PRIMARY KEY (tenant_id, group_id)
      );
      CREATE TABLE rm_follow_up_overview_members (
        tenant_id    text    NOT NULL,
        group_id     text    NOT NULL,
        person_id    text    NOT NULL,
        name         text    NOT NULL,
        organisation text,
        active       boolean NOT NULL,
        PRIMARY KEY (tenant_id, group_id, person_id)
      );
      CREATE INDEX rm_follow_up_overview_members_person
        ON rm_follow_up_overview_members (tenant_id, person_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE rm_follow_up_overview_members;
      DROP TABLE rm_follow_up_overview_groups;
      DROP TABLE rm_follow_up_overview_units;
      DROP TABLE rm_follow_up_overview_organisations;
      DROP TABLE rm_follow_up_overview;
    `);
  }
}
