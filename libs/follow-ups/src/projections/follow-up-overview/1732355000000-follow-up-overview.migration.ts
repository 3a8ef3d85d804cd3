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
 * The figures are counts per förvaltning and month of the due date: rm_follow_up_overview_month_counts
 * keeps them, per the filters' columns, so the whole organisation's figures sum a few thousand rows
 * instead of counting 200,000; only the months where a day matters (today's, those of the ageing
 * limits and of a due-date range) are counted from the follow-ups themselves (due_month and its index). status_rank is the status as a number (0 open, 1 completed, 2 cancelled): it orders "open first",
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
        due_month                date        NOT NULL,
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
      CREATE INDEX rm_follow_up_overview_month ON rm_follow_up_overview (tenant_id, due_month)
        INCLUDE (forvaltning_id, levels, responsible_organisation, status_rank, due_date, completed_on);

      -- The figures' counts per förvaltning, levels, organisation, month of the due date, status and
      -- on time, kept by a trigger on every path that changes a row (so they can never disagree with it).
      CREATE TABLE rm_follow_up_overview_month_counts (
        tenant_id      text     NOT NULL,
        forvaltning_id text     NOT NULL,
        levels         text[]   NOT NULL,
        organisation   text     NOT NULL,
        due_month      date     NOT NULL,
        status_rank    smallint NOT NULL,
        on_time        boolean  NOT NULL,
        n              integer  NOT NULL,
        PRIMARY KEY (tenant_id, forvaltning_id, levels, organisation, due_month, status_rank, on_time)
      );
      CREATE FUNCTION rm_follow_up_overview_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE rm_follow_up_overview_month_counts SET n = n - 1
          WHERE tenant_id = OLD.tenant_id AND forvaltning_id = coalesce(OLD.forvaltning_id, '')
            AND levels = OLD.levels AND organisation = coalesce(OLD.responsible_organisation, '')
            AND due_month = OLD.due_month AND status_rank = OLD.status_rank
            AND on_time = coalesce(OLD.completed_on <= OLD.due_date, false);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO rm_follow_up_overview_month_counts AS c
            (tenant_id, forvaltning_id, levels, organisation, due_month, status_rank, on_time, n)
          VALUES (NEW.tenant_id, coalesce(NEW.forvaltning_id, ''), NEW.levels,
                  coalesce(NEW.responsible_organisation, ''), NEW.due_month, NEW.status_rank,
                  coalesce(NEW.completed_on <= NEW.due_date, false), 1)
          ON CONFLICT (tenant_id, forvaltning_id, levels, organisation, due_month, status_rank, on_time)
          DO UPDATE SET n = c.n + 1;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER rm_follow_up_overview_counted_insert AFTER INSERT OR DELETE ON rm_follow_up_overview
        FOR EACH ROW EXECUTE FUNCTION rm_follow_up_overview_count();
      CREATE TRIGGER rm_follow_up_overview_counted_update AFTER UPDATE ON rm_follow_up_overview
        FOR EACH ROW WHEN (
          (OLD.forvaltning_id, OLD.levels, OLD.responsible_organisation, OLD.due_month, OLD.status_rank,
           OLD.completed_on <= OLD.due_date)
          IS DISTINCT FROM
          (NEW.forvaltning_id, NEW.levels, NEW.responsible_organisation, NEW.due_month, NEW.status_rank,
           NEW.completed_on <= NEW.due_date))
        EXECUTE FUNCTION rm_follow_up_overview_count();

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
      DROP TABLE rm_follow_up_overview_month_counts;
      DROP TABLE rm_follow_up_overview_members;
      DROP TABLE rm_follow_up_overview_groups;
      DROP TABLE rm_follow_up_overview_units;
      DROP TABLE rm_follow_up_overview_organisations;
      DROP TABLE rm_follow_up_overview;
      DROP FUNCTION rm_follow_up_overview_count();
    `);
  }
}
