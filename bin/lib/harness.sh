# Functions for bin/benchmark and bin/fault-suite: build the packaged marketplace and the test
# classes once, then run one of the harness programs (web/src/test/java/.../bench) on the test
# classpath, against the MariaDB server bin/lib/test-database.sh prepared.

build_for_harness() {
  if [ "${SKIP_BUILD:-}" = "1" ] && [ -f web/target/test-classpath.txt ] && [ -f web/target/ROOT.war ]; then
    return 0
  fi
  echo "Building the marketplace and the harness (tests are not run)..."
  mvn -q -B -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
}

# run_harness TIME_LIMIT MAIN_CLASS [JVM options...]: the run is stopped after TIME_LIMIT (timeout(1)).
run_harness() {
  local time_limit="$1" main_class="$2"; shift 2
  timeout "$time_limit" java -Xmx2g \
    -cp "web/target/test-classes:web/target/classes:$(cat web/target/test-classpath.txt)" \
    -Dmarketplace.root="$PWD" \
    -Dtest.db.host="$TEST_DB_HOST" -Dtest.db.port="$TEST_DB_PORT" \
    -Dtest.db.user="$TEST_DB_USER" -Dtest.db.password="$TEST_DB_PASSWORD" \
    "$@" "$main_class"
}
