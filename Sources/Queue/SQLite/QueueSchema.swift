import GRDB

/// The queue's tables in the shared store, created by its own migrator ("queue-v1").
enum QueueSchema {
    /// Creates or upgrades the queue tables.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("queue-v1") { db in
            try db.execute(sql: """
                CREATE TABLE queue_runs (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    job TEXT NOT NULL,
                    job_file_hash TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('running', 'interrupted', 'finished')),
                    started_at REAL NOT NULL,
                    finished_at REAL
                );
                CREATE INDEX queue_runs_by_job ON queue_runs(job, id);

                -- available_at is when the task can next be claimed: its enqueue (or release)
                -- time while queued, its lease expiry while running, its next attempt while
                -- failed, NULL once done or dead. One column lets the claim be a single range
                -- scan of one index instead of three conditions over three states.
                CREATE TABLE queue_tasks (
                    id INTEGER PRIMARY KEY,
                    run_id INTEGER NOT NULL REFERENCES queue_runs(id) ON DELETE CASCADE,
                    key TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'dead')),
                    attempts INTEGER NOT NULL DEFAULT 0,
                    available_at REAL,
                    lease_owner TEXT,
                    heartbeat_at REAL,
                    last_error TEXT,
                    result TEXT,
                    enqueued_at REAL NOT NULL,
                    updated_at REAL NOT NULL
                );
                CREATE UNIQUE INDEX queue_tasks_by_key ON queue_tasks(run_id, key);
                CREATE INDEX queue_tasks_claimable ON queue_tasks(run_id, available_at)
                    WHERE available_at IS NOT NULL;
                CREATE INDEX queue_tasks_by_state ON queue_tasks(run_id, state);

                CREATE TABLE queue_requests (
                    id INTEGER PRIMARY KEY,
                    run_id INTEGER NOT NULL REFERENCES queue_runs(id) ON DELETE CASCADE,
                    task_id INTEGER REFERENCES queue_tasks(id) ON DELETE SET NULL,
                    time REAL NOT NULL,
                    provider TEXT NOT NULL,
                    model TEXT,
                    http_status INTEGER,
                    error_category TEXT,
                    latency_ms REAL NOT NULL,
                    input_tokens INTEGER,
                    output_tokens INTEGER,
                    characters INTEGER,
                    cost REAL,
                    request_body TEXT,
                    response_body TEXT
                );
                CREATE INDEX queue_requests_by_run ON queue_requests(run_id, id);
                """)
        }
        return migrator
    }
}
