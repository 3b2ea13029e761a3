# Functions for bin/benchmark and bin/fault-suite: build the packaged marketplace, the sandbox and
# the harness (the benchmarks module) once, then run one of the harness programs on the benchmarks
# module's class path, against the MariaDB server bin/lib/test-database.sh prepared.

build_for_harness() {
  if [ "${SKIP_BUILD:-}" = "1" ] && [ -f benchmarks/target/harness-classpath.txt ] && [ -f web/target/ROOT.war ] \
      && [ -f stripe-sandbox/target/stripe-sandbox.war ]; then
    return 0
  fi
  echo "Building the marketplace, the sandbox and the harness (tests are not run)..."
  mvn -q -B -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/harness-classpath.txt -Dmdep.includeScope=test
}

# The java command line of a harness program (its class path and where it finds the build and the
# database), without the time limit: run_harness runs it, bin/benchmark --print-command prints it.
harness_command() {
  local main_class="$1"; shift
  printf '%s\n' java -Xmx2g \
    -cp "benchmarks/target/classes:$(cat benchmarks/target/harness-classpath.txt)" \
    -Dmarketplace.root="$PWD" -Dit.target.dir="$PWD/benchmarks/target" \
    -Dtest.db.host="$TEST_DB_HOST" -Dtest.db.port="$TEST_DB_PORT" \
    -Dtest.db.user="$TEST_DB_USER" -Dtest.db.password="$TEST_DB_PASSWORD" \
    "$@" "$main_class"
}

# run_harness TIME_LIMIT MAIN_CLASS [JVM options...]: the run is stopped after TIME_LIMIT (timeout(1)).
run_harness() {
  local time_limit="$1" main_class="$2"; shift 2
  local command=()
  mapfile -t command < <(harness_command "$main_class" "$@")
  timeout "$time_limit" "${command[@]}"
}
