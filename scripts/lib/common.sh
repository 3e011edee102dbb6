# shellcheck shell=bash
# Helpers shared by scripts/test (and other scripts that start throwaway services).
# Sourced, never executed. Expects `set -euo pipefail` in the caller.

# --- output -----------------------------------------------------------------

log()  { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
err()  { printf 'ERROR: %s\n' "$*" >&2; }

# show_tail FILE [LINES]: print the last lines of a log file, framed.
show_tail() {
    local file=$1 lines=${2:-60}
    if [[ -s $file ]]; then
        printf -- '---- last %s lines of %s ----\n' "$lines" "$file" >&2
        tail -n "$lines" "$file" >&2 || true
        printf -- '---- end of %s ----\n' "$file" >&2
    else
        printf -- '---- %s is empty or missing ----\n' "$file" >&2
    fi
}

# --- ports ------------------------------------------------------------------

# port_is_free PORT: true if nothing listens on 127.0.0.1:PORT and we can bind it.
port_is_free() {
    python3 - "$1" <<'PY' 2>/dev/null
import socket, sys
port = int(sys.argv[1])
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    s.bind(("127.0.0.1", port))
except OSError:
    sys.exit(1)
finally:
    s.close()
PY
}

# free_port [PREFERRED]: print PREFERRED if it is free, else a free ephemeral port.
free_port() {
    local preferred=${1:-}
    if [[ -n $preferred ]] && port_is_free "$preferred"; then
        echo "$preferred"
        return 0
    fi
    python3 -c '
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

# http_status URL: print the HTTP status code of GET URL (000 if no answer).
http_status() {
    python3 - "$1" <<'PY' 2>/dev/null || echo 000
import sys, urllib.request, urllib.error
try:
    with urllib.request.urlopen(sys.argv[1], timeout=3) as r:
        print(r.status)
except urllib.error.HTTPError as e:
    print(e.code)
except Exception:
    print("000")
PY
}

# --- processes ----------------------------------------------------------------

# pid_alive PID: true if PID exists and is not a zombie.
pid_alive() {
    local pid=$1 stat
    [[ -r /proc/$pid/stat ]] || return 1
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [[ ${stat:0:1} != Z ]]
}

# wait_gone PID SECONDS: wait until PID has exited; false on timeout.
wait_gone() {
    local pid=$1 secs=$2 i
    for ((i = 0; i < secs * 10; i++)); do
        pid_alive "$pid" || return 0
        sleep 0.1
    done
    ! pid_alive "$pid"
}

# kill_group PGID: SIGTERM then SIGKILL a whole process group we created.
kill_group() {
    local pgid=$1
    [[ -n $pgid ]] || return 0
    kill -TERM -- "-$pgid" 2>/dev/null || return 0
    local i
    for ((i = 0; i < 50; i++)); do
        kill -0 -- "-$pgid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL -- "-$pgid" 2>/dev/null || true
}
