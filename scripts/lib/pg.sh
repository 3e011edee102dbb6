# shellcheck shell=bash
# A throwaway PostgreSQL 15 cluster for tests, run as a non-root system user.
# Sourced after scripts/lib/common.sh.
#
#   pg_throwaway_start LOGFILE   sets PG_PORT, PG_TMP, PG_BIN, PG_DATA; returns non-zero on failure
#   pg_create_db NAME            creates a database (dropping it first if it exists)
#   pg_url NAME                  prints postgres://postgres@127.0.0.1:PORT/NAME
#   pg_throwaway_stop            pg_ctl stop -m fast, then removes the cluster directory

PG_USER=${PG_USER:-manbatest}
PG_PREFERRED_PORT=${PG_PREFERRED_PORT:-55432}
PG_PORT=""
PG_TMP=""
PG_DATA=""
PG_BIN=""
PG_STARTED=0

pg_find_bin() {
    local d
    for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        if [[ -x $d/pg_ctl && -x $d/initdb && -x $d/postgres ]]; then
            echo "$d"
            return 0
        fi
    done
    return 1
}

pg_as_user() {
    # From /: the caller's directory (a clone under /root, say) may be closed to that user.
    # TMPDIR may point into a directory only root can enter.
    (cd / && runuser -u "$PG_USER" -- env -u TMPDIR "$@")
}

pg_throwaway_start() {
    local logfile=$1 attempt
    PG_BIN=$(pg_find_bin) || { err "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin"; return 1; }
    if ! id -u "$PG_USER" >/dev/null 2>&1; then
        useradd --system --create-home --shell /usr/sbin/nologin "$PG_USER" >>"$logfile" 2>&1 \
            || { err "cannot create system user $PG_USER"; return 1; }
    fi
    PG_TMP=$(mktemp -d /tmp/manba-pg.XXXXXX)
    PG_DATA=$PG_TMP/data
    chown "$PG_USER:" "$PG_TMP"
    chmod 700 "$PG_TMP"
    pg_as_user mkdir -p "$PG_TMP/sock"
    if ! pg_as_user "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres \
            --encoding=UTF8 --locale=C.UTF-8 >>"$logfile" 2>&1; then
        err "initdb failed"
        return 1
    fi
    for attempt in 1 2 3; do
        if [[ $attempt == 1 ]]; then
            PG_PORT=$(free_port "$PG_PREFERRED_PORT")
        else
            PG_PORT=$(free_port)
        fi
        echo "pg_ctl start on port $PG_PORT (attempt $attempt)" >>"$logfile"
        # Durability is pointless for a throwaway cluster: turn it off for speed.
        if pg_as_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_TMP/postgres.log" -w -t 60 \
                -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_TMP/sock -c max_connections=1000 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
                start >>"$logfile" 2>&1; then
            PG_STARTED=1
            break
        fi
        cat "$PG_TMP/postgres.log" >>"$logfile" 2>/dev/null || true
        # A failed start may leave a half-started postmaster: make sure it is gone.
        pg_as_user "$PG_BIN/pg_ctl" -D "$PG_DATA" stop -m immediate >>"$logfile" 2>&1 || true
    done
    if [[ $PG_STARTED != 1 ]]; then
        err "PostgreSQL did not start"
        return 1
    fi
    local i
    for ((i = 0; i < 60; i++)); do
        if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres; then
            return 0
        fi
        sleep 0.5
    done
    err "PostgreSQL started but pg_isready never answered"
    return 1
}

pg_create_db() {
    local name=$1
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
        -c "DROP DATABASE IF EXISTS \"$name\"" -c "CREATE DATABASE \"$name\" ENCODING 'UTF8' TEMPLATE template0"
}

pg_url() {
    echo "postgres://postgres@127.0.0.1:$PG_PORT/$1"
}

pg_throwaway_stop() {
    if [[ $PG_STARTED == 1 && -n $PG_DATA ]]; then
        if ! pg_as_user "$PG_BIN/pg_ctl" -D "$PG_DATA" stop -m fast -w -t 30 >/dev/null 2>&1; then
            local pid
            pid=$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)
            if [[ -n $pid ]]; then
                kill -KILL "$pid" 2>/dev/null || true
            fi
        fi
        PG_STARTED=0
    fi
    if [[ -n $PG_TMP && -d $PG_TMP ]]; then
        rm -rf "$PG_TMP"
    fi
    PG_TMP=""
}
