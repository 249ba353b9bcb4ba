# Shared by bench/banner-weight, bench/page-overhead and bench/consent-writes (sourced, not run):
# the build of bench/consent-war, a free port, one Payara Micro with the WAR on a new data
# directory, stopped on exit. The sourcing script sets BENCH_NAME and OUT first.
#
# Environment (all optional):
#   PORT=18080       HTTP port; without it the first free port from 18080 up is used
#   TIMEOUT=180      seconds Payara Micro may take to become ready
#   JAVA=java        the JVM for Payara Micro;  JAVA_OPTS=  its options
#   STOP_GRACE=30    seconds between SIGTERM and SIGKILL when stopping the server
#   REBUILD=0        1: rebuild bench/consent-war even if its WAR is newer than its sources
#   KEEP_DATA=0      1: keep the data directory under bench/target/<bench>/
#   M2_REPO=~/.m2/repository  where the module jars are taken from
#   PROFILE=0        1: record the server with Java Flight Recorder during the measured runs of
#                    one side and print where its request threads spent their CPU (slows that
#                    side down: the throughput figures are then not comparable)
#   PIN=0            1 (page-overhead, page-costs): with 2 CPUs or more, the server runs on all
#                    CPUs but the last and the load generator (wrk) on the last (taskset), so a
#                    page's figure is the server's alone; on 2 CPUs that leaves the server one,
#                    and its JVM then picks the serial collector. 0: both share every CPU

CW_DIR=$BENCH_DIR/consent-war
CW_WAR=$CW_DIR/target/consent-bench.war
ROOT_DIR=$(dirname "$BENCH_DIR")
M2_REPO=${M2_REPO:-$HOME/.m2/repository}
MODULE_JARS=("$M2_REPO/eu/gdprmodule/gdpr-module-ejb/0.1.0-SNAPSHOT/gdpr-module-ejb-0.1.0-SNAPSHOT.jar"
    "$M2_REPO/eu/gdprmodule/gdpr-module-web/0.1.0-SNAPSHOT/gdpr-module-web-0.1.0-SNAPSHOT.jar")
TIMEOUT=${TIMEOUT:-180}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
read -r -a JAVA_OPTS_ARRAY <<<"$JAVA_OPTS"
STOP_GRACE=${STOP_GRACE:-30}
REBUILD=${REBUILD:-0}
KEEP_DATA=${KEEP_DATA:-0}
PROFILE=${PROFILE:-0}
PIN=${PIN:-0}

# PIN=1: which CPUs the server and the load generator get (empty: no pinning)
SERVER_CPUS=
LOAD_CPUS=
if [[ $PIN == 1 ]] && command -v taskset >/dev/null && (($(nproc) >= 2)); then
    SERVER_CPUS=0-$(($(nproc) - 2))
    LOAD_CPUS=$(($(nproc) - 1))
fi
# the server's command starts with this; on_load_cpus CMD...: CMD on the load generator's CPUs
SERVER_PIN=()
[[ -n $SERVER_CPUS ]] && SERVER_PIN=(taskset -c "$SERVER_CPUS")
on_load_cpus() { if [[ -n $LOAD_CPUS ]]; then taskset -c "$LOAD_CPUS" "$@"; else "$@"; fi; }
cpu_layout() { if [[ -n $SERVER_CPUS ]]; then echo "server on CPU $SERVER_CPUS, load generator on CPU $LOAD_CPUS (PIN=1)"; else echo "server and load generator share the CPUs"; fi; }

SERVER_PID=
DATA_DIR=

log() { printf '%s\n' "$*" >&2; }
die() { log "bench/$BENCH_NAME: $*"; exit 1; }
[[ $PIN == 0 || $PIN == 1 ]] || die "PIN must be 0 or 1"
no_ansi() { sed -E 's/\x1b\[[0-9;]*m//g'; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
rss_mb() { ps -o rss= -p "$1" 2>/dev/null | awk '{ printf "%d", $1 / 1024 }'; }
# CPU seconds (user + system) a live process has used so far
cpu_seconds() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || { echo NaN; return; }
    stat=${stat##*) }
    awk -v tck="$(getconf CLK_TCK)" '{ printf "%.2f", ($12 + $13) / tck }' <<<"$stat"
}
thousands() { sed -E ':a; s/^([0-9]+)([0-9]{3})/\1,\2/; ta' <<<"$1"; }

# median of the numbers read from stdin, one a line
median() {
    sort -g | awk '{ a[NR] = $1 } END {
        if (NR == 0) { print "NaN"; exit }
        if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# stale TARGET PATH...: true when TARGET is missing or anything in PATH (files or trees) is newer
stale() {
    local target=$1
    shift
    [[ ! -e $target ]] && return 0
    [[ -n $(find "$@" -newer "$target" -print -quit 2>/dev/null) ]]
}

# Other JVMs (Maven builds, tests, servers of other engineers) share the CPUs: noted, not stopped.
others_running() {
    local p
    for p in $(pgrep -x java 2>/dev/null || true); do
        [[ $p == "$SERVER_PID" ]] || printf '%s ' "$p"
    done
}

# --- cleanup: always stop the server we started, even on Ctrl-C --------------------------------

stop_server() {
    local pid=$SERVER_PID i
    [[ -n $pid ]] || return 0
    SERVER_PID=
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < STOP_GRACE * 10; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            log "  Payara Micro (pid $pid) still running ${STOP_GRACE}s after SIGTERM: SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    wait "$pid" 2>/dev/null || true
}

# kill_server: SIGKILL, no shutdown at all (what a crash or a power cut leaves behind)
kill_server() {
    local pid=$SERVER_PID
    [[ -n $pid ]] || return 0
    SERVER_PID=
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local rc=$?
    set +e
    trap - EXIT INT TERM
    if [[ -n $SERVER_PID ]]; then
        log "stopping Payara Micro (pid $SERVER_PID)"
        stop_server
    fi
    if [[ $KEEP_DATA != 1 && -d $OUT ]]; then
        rm -rf "$OUT"/data
    fi
    [[ $(type -t bench_cleanup) == function ]] && bench_cleanup
    exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT
trap 'log "terminated"; exit 143' TERM

# --- build -----------------------------------------------------------------------------------------

# The module jars come from the local repository: this bench never builds the module (others
# edit the tree; install it from a copy of the sources, see bench/README.md).
build_war() {
    local jar
    for jar in "${MODULE_JARS[@]}"; do
        [[ -f $jar ]] || die "no $jar: install the module first, e.g. from a copy of the tree:
  rsync -a --exclude target $ROOT_DIR/ /tmp/bench-src/ && (cd /tmp/bench-src && mvn -o -q -DskipTests install -pl gdpr-module-ejb,gdpr-module-web -am)"
    done
    if [[ -n $(find "$ROOT_DIR/gdpr-module-web/src/main" "$ROOT_DIR/gdpr-module-ejb/src/main" -newer "${MODULE_JARS[1]}" -print -quit 2>/dev/null) ]]; then
        log "  note: module sources in $ROOT_DIR are newer than the installed jars (measuring the installed jars)"
    fi
    if [[ $REBUILD == 1 ]] || stale "$CW_WAR" "$CW_DIR/pom.xml" "$CW_DIR/src" "${MODULE_JARS[@]}" || [[ ! -f $CW_DIR/target/payara-micro.jar ]]; then
        # the module jars and everything else from M2_REPO, the repository the jars are checked in
        log "building the bench WAR: (cd bench/consent-war && mvn -B -q -o -Dmaven.repo.local=$M2_REPO package)"
        if ! (cd "$CW_DIR" && mvn -B -q -o -Dstyle.color=never -Dmaven.repo.local="$M2_REPO" package) 2>&1 | no_ansi >&2; then
            log "  offline build failed; trying online"
            (cd "$CW_DIR" && mvn -B -q -Dstyle.color=never -Dmaven.repo.local="$M2_REPO" package) 2>&1 | no_ansi >&2 || die "the bench WAR build failed"
        fi
        touch "$CW_WAR"
    fi
    [[ -f $CW_WAR ]] || die "no $CW_WAR after the build"
    local micro
    for micro in "$CW_DIR/target/payara-micro.jar" "$ROOT_DIR/examples/demo-shop/target/payara-micro.jar" \
        "$M2_REPO/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar"; do
        [[ -f $micro ]] && break
    done
    [[ -f $micro ]] || die "no payara-micro.jar found"
    # Run copies: a build elsewhere in the tree during the bench must not change what is measured.
    mkdir -p "$OUT/artifacts"
    cp "$CW_WAR" "$OUT/artifacts/consent-bench.war"
    cp "$micro" "$OUT/artifacts/payara-micro.jar"
    RUN_WAR=$OUT/artifacts/consent-bench.war
    RUN_MICRO=$OUT/artifacts/payara-micro.jar
}

# The module's web jar as packed in the WAR, extracted to $OUT/artifacts/gdpr-module-web.jar
module_web_jar() {
    local tmp
    tmp=$(mktemp -d)
    unzip -q -o "$RUN_WAR" 'WEB-INF/lib/gdpr-module-web-*.jar' -d "$tmp"
    mv "$tmp"/WEB-INF/lib/gdpr-module-web-*.jar "$OUT/artifacts/gdpr-module-web.jar"
    rm -rf "$tmp"
    echo "$OUT/artifacts/gdpr-module-web.jar"
}

describe_module() {
    log "  module jars installed $(date -r "${MODULE_JARS[1]}" '+%F %T'), web jar sha1 $(sha1sum "${MODULE_JARS[1]}" | cut -c1-12);" \
        "bench WAR sha1 $(sha1sum "$RUN_WAR" | cut -c1-12)"
}

# --- port and server -------------------------------------------------------------------------------

pick_port() {
    if [[ -n ${PORT:-} ]]; then
        [[ $PORT =~ ^[1-9][0-9]*$ ]] || die "PORT must be a port number"
        port_busy "$PORT" && die "port $PORT is in use: stop what listens there or choose another PORT"
    else
        PORT=18080
        while port_busy "$PORT"; do
            ((PORT++))
            ((PORT < 18180)) || die "no free port in 18080-18179: set PORT"
        done
    fi
    BASE=http://127.0.0.1:$PORT
}

# start_server [fresh]: Payara Micro with the bench WAR on $OUT/data (new and empty with "fresh"),
# embedded Derby (GDPR_DB_* removed from the environment); returns once /health/ready answers 200.
start_server() {
    local logfile t0 code
    SERVER_STARTS=$((${SERVER_STARTS:-0} + 1))
    logfile=$OUT/server-$SERVER_STARTS.log
    DATA_DIR=$OUT/data
    if [[ ${1:-} == fresh ]]; then
        rm -rf "$DATA_DIR"
    fi
    mkdir -p "$DATA_DIR" "$OUT/work"
    port_busy "$PORT" && die "port $PORT is in use before the server starts"
    t0=$SECONDS
    local jfr_opts=()
    [[ $PROFILE == 1 ]] && jfr_opts=(-XX:FlightRecorderOptions:stackdepth=256)
    (cd "$OUT/work" && exec env -u GDPR_DB_URL -u GDPR_DB_USER -u GDPR_DB_PASSWORD GDPR_DATA_DIR="$DATA_DIR" \
        "${SERVER_PIN[@]}" "$JAVA" "${JAVA_OPTS_ARRAY[@]}" "${jfr_opts[@]}" -jar "$RUN_MICRO" \
        --deploy "$RUN_WAR" --contextroot / --port "$PORT" --nocluster) >"$logfile" 2>&1 &
    SERVER_PID=$!
    SERVER_LOG=$logfile
    while :; do
        code=$(curl -s -o "$OUT/ready.body" -w '%{http_code}' --max-time 5 "$BASE/health/ready" 2>/dev/null) || true
        [[ $code == 200 ]] && break
        kill -0 "$SERVER_PID" 2>/dev/null || die "Payara Micro exited before it was ready: $logfile"
        ((SECONDS - t0 < TIMEOUT)) ||
            die "not ready within ${TIMEOUT}s (last answer HTTP $code: $(head -c 400 "$OUT/ready.body")); log: $logfile"
        sleep 0.5
    done
    READY_LINE=$(wc -l <"$logfile")
    log "  Payara Micro ready on port $PORT in $((SECONDS - t0)) s (pid $SERVER_PID, log $logfile)"
}

# Problems the server logged after it was ready (the lines of SEVERE and WARNING records, and
# exception headlines), as "count: first one"; "0" when there are none.
server_errors() {
    local lines
    lines=$(tail -n +"$((${READY_LINE:-0} + 1))" "$1" | no_ansi |
        grep -E '\[(SEVERE|WARNING)\]|^[a-zA-Z_.$]+(Exception|Error)(: |$)' || true)
    if [[ -z $lines ]]; then
        echo 0
    else
        echo "$(wc -l <<<"$lines"): $(head -1 <<<"$lines" | cut -c1-240)"
    fi
}

# --- PROFILE=1: Java Flight Recorder around chosen runs ---------------------------------------------

JFR_FILES=()
profile_start() {
    [[ $PROFILE == 1 ]] || return 0
    local file=$OUT/profile-$1.jfr
    jcmd "$SERVER_PID" JFR.start name="$1" settings=profile filename="$file" >/dev/null || die "jcmd JFR.start failed (a JDK is needed)"
    JFR_FILES+=("$file")
}
profile_stop() {
    [[ $PROFILE == 1 ]] || return 0
    jcmd "$SERVER_PID" JFR.stop name="$1" >/dev/null || die "jcmd JFR.stop failed"
}
# profile_summary TOP FILE...: where the request threads spent their CPU
profile_summary() {
    local top=$1
    shift
    mkdir -p "$OUT/client"
    [[ -f $OUT/client/JfrSummary.class ]] || "${JAVAC:-javac}" -d "$OUT/client" "$CW_DIR/load/JfrSummary.java"
    "$JAVA" -cp "$OUT/client" JfrSummary "$top" "$@"
}
