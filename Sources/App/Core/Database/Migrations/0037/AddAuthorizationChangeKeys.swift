import FluentKit
import SQLKit

/// The counts of the authorization register as of a past day (issue 13: ≤ 100 ms nationally) over the status history
/// alone: each change carries its item's batch, area and jurisdiction path, kept by triggers (on a change's insert, from
/// its item; on an item's move to another batch, area or jurisdiction, onto its changes), with three indexes (by batch,
/// by area, by place) that each hold every column a count reads. A filter on anything else (a phrase, the law-change flag,
/// the approval mode) still joins the items.
struct AddAuthorizationChangeKeys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for column in ["batch_id BIGINT", "area TEXT", "jurisdiction_path TEXT"] {
            try await sql.raw("ALTER TABLE authorization_status_changes ADD COLUMN \(unsafeRaw: column)").run()
        }
        try await sql.raw(
            """
            UPDATE authorization_status_changes SET
              batch_id = (SELECT i.batch_id FROM authorization_items i WHERE i.id = authorization_status_changes.item_id),
              area = (SELECT i.area FROM authorization_items i WHERE i.id = authorization_status_changes.item_id),
              jurisdiction_path = (SELECT i.jurisdiction_path FROM authorization_items i WHERE i.id = authorization_status_changes.item_id)
            """
        ).run()
        if sql.isPostgres {
            try await sql.raw(
                """
                CREATE FUNCTION authorization_change_keys() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  SELECT i.batch_id, i.area, i.jurisdiction_path INTO NEW.batch_id, NEW.area, NEW.jurisdiction_path
                  FROM authorization_items i WHERE i.id = NEW.item_id;
                  RETURN NEW;
                END $$
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER authorization_change_keys BEFORE INSERT ON authorization_status_changes
                FOR EACH ROW EXECUTE FUNCTION authorization_change_keys()
                """
            ).run()
            try await sql.raw(
                """
                CREATE FUNCTION authorization_item_keys() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  UPDATE authorization_status_changes SET batch_id = NEW.batch_id, area = NEW.area, jurisdiction_path = NEW.jurisdiction_path
                  WHERE item_id = NEW.id;
                  RETURN NULL;
                END $$
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER authorization_item_keys AFTER UPDATE OF batch_id, area, jurisdiction_path ON authorization_items
                FOR EACH ROW WHEN (OLD.batch_id IS DISTINCT FROM NEW.batch_id OR OLD.area IS DISTINCT FROM NEW.area
                  OR OLD.jurisdiction_path IS DISTINCT FROM NEW.jurisdiction_path)
                EXECUTE FUNCTION authorization_item_keys()
                """
            ).run()
        } else {
            try await sql.raw(
                """
                CREATE TRIGGER authorization_change_keys AFTER INSERT ON authorization_status_changes BEGIN
                  UPDATE authorization_status_changes SET
                    batch_id = (SELECT i.batch_id FROM authorization_items i WHERE i.id = new.item_id),
                    area = (SELECT i.area FROM authorization_items i WHERE i.id = new.item_id),
                    jurisdiction_path = (SELECT i.jurisdiction_path FROM authorization_items i WHERE i.id = new.item_id)
                  WHERE id = new.id;
                END
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER authorization_item_keys AFTER UPDATE OF batch_id, area, jurisdiction_path ON authorization_items
                WHEN old.batch_id IS NOT new.batch_id OR old.area IS NOT new.area OR old.jurisdiction_path IS NOT new.jurisdiction_path
                BEGIN
                  UPDATE authorization_status_changes SET batch_id = new.batch_id, area = new.area, jurisdiction_path = new.jurisdiction_path
                  WHERE item_id = new.id;
                END
                """
            ).run()
        }
        // By batch (the whole register, or one batch), by area, and by place (a province or city's range of paths); each
        // holds every column the counts read, so a count reads the index alone.
        try await sql.raw(
            """
            CREATE INDEX authorization_changes_counts ON authorization_status_changes
              (batch_id, area, status, effective_on, superseded_on, jurisdiction_path)
            """
        ).run()
        try await sql.raw(
            """
            CREATE INDEX authorization_changes_area ON authorization_status_changes
              (area, status, effective_on, superseded_on, batch_id, jurisdiction_path)
            """
        ).run()
        try await sql.raw(
            """
            CREATE INDEX authorization_changes_place ON authorization_status_changes
              (jurisdiction_path, effective_on, superseded_on, batch_id, area, status)
            """
        ).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in ["authorization_changes_counts", "authorization_changes_area", "authorization_changes_place"] {
            try await sql.raw("DROP INDEX \(unsafeRaw: index)").run()
        }
        if sql.isPostgres {
            try await sql.raw("DROP TRIGGER authorization_change_keys ON authorization_status_changes").run()
            try await sql.raw("DROP TRIGGER authorization_item_keys ON authorization_items").run()
            try await sql.raw("DROP FUNCTION authorization_change_keys()").run()
            try await sql.raw("DROP FUNCTION authorization_item_keys()").run()
        } else {
            try await sql.raw("DROP TRIGGER authorization_change_keys").run()
            try await sql.raw("DROP TRIGGER authorization_item_keys").run()
        }
        for column in ["batch_id", "area", "jurisdiction_path"] {
            try await sql.raw("ALTER TABLE authorization_status_changes DROP COLUMN \(unsafeRaw: column)").run()
        }
    }
}
