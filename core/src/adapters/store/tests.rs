use super::*;

fn schema(conn: &Connection) -> Vec<(String, String, String)> {
    let mut stmt = conn
        .prepare(
            "SELECT type, name, COALESCE(sql, '') FROM sqlite_schema
             WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
        )
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn migrations_are_valid() {
    migrations().validate().unwrap();
}

#[test]
fn a_database_migrated_from_the_first_version_equals_a_fresh_one() {
    let old_dir = tempfile::tempdir().unwrap();
    {
        let mut old = Connection::open(old_dir.path().join(DB_FILE)).unwrap();
        configure(&old).unwrap();
        migrations().to_version(&mut old, 1).unwrap();
        old.execute(
            "INSERT INTO settings (key, value, updated_at) VALUES ('locale', 'zh-TW', 'x')",
            [],
        )
        .unwrap();
    }
    let upgraded = Store::open(old_dir.path()).unwrap();
    let fresh_dir = tempfile::tempdir().unwrap();
    let fresh = Store::open(fresh_dir.path()).unwrap();
    assert_eq!(schema(&upgraded.conn()), schema(&fresh.conn()));
    let version = |s: &Store| -> i64 {
        s.conn()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(version(&upgraded), version(&fresh));
    let count = i64::try_from(super::MIGRATIONS.len()).unwrap();
    assert_eq!(version(&fresh), count);
    assert_eq!(
        upgraded.setting("locale").unwrap().as_deref(),
        Some("zh-TW"),
        "data survives"
    );
}

#[test]
fn opens_a_real_file_with_wal_and_foreign_keys_and_keeps_settings() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open(dir.path()).unwrap();
        assert!(store.path().exists());
        let mode: String = store
            .conn()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = store
            .conn()
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
        store.set_setting("mode", "elder").unwrap();
        store.set_setting("mode", "standard").unwrap();
    }
    let reopened = Store::open(dir.path()).unwrap();
    assert_eq!(
        reopened.setting("mode").unwrap().as_deref(),
        Some("standard")
    );
    assert_eq!(reopened.setting("missing").unwrap(), None);
}

#[test]
fn refuses_a_file_that_is_not_a_database() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(DB_FILE), vec![0x42u8; 8192]).unwrap();
    let err = Store::open(dir.path()).unwrap_err();
    assert!(
        matches!(err, StoreError::Open(_) | StoreError::Migrate(_)),
        "{err:?}"
    );
}
