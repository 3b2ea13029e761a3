# Functions for bin/run: which mode the marketplace will run in, hence which wars Payara deploys,
# and telling the operator when it is ready. Run from the project root, after the build.

# resolved_mode: prints sandbox, test or live, resolved by the marketplace's own rules (platform-api's
# ModeCommand) from the same sources Payara's MicroProfile Config reads: -D options in JAVA_OPTS,
# the environment, and the configuration files packaged in ROOT.war. A configuration the
# marketplace would refuse is printed as its refusal, with exit status 2.
resolved_mode() {
  local jar option system_properties=()
  jar=$(ls platform-api/target/platform-api-*-mode-rules.jar 2>/dev/null | head -n 1)
  if [ -z "$jar" ] || [ ! -f web/target/ROOT.war ]; then
    echo "the build is missing (platform-api's mode-rules jar, web/target/ROOT.war): run without SKIP_BUILD=1" >&2
    return 64
  fi
  # Only the -D options: JAVA_OPTS may also hold an agent or a debug port meant for Payara's JVM.
  for option in ${JAVA_OPTS:-}; do
    case "$option" in -D*) system_properties+=("$option") ;; esac
  done
  java ${system_properties[@]+"${system_properties[@]}"} -cp "$jar" \
    com.marketplace.platform.kernel.config.ModeCommand web/target/ROOT.war
}

# marketplace_deployments MODE: Payara Micro's --deploy arguments, one per line. ROOT.war comes
# first, so that the first application Payara counts as started carries the marketplace's own
# readiness check: Payara answers /health UP, with no checks, as soon as any application started.
# The Stripe sandbox is deployed in sandbox mode only (and refuses to start in any other).
marketplace_deployments() {
  printf '%s\n' --deploy web/target/ROOT.war
  if [ "$1" = sandbox ]; then
    printf '%s\n' --deploy stripe-sandbox/target/stripe-sandbox.war
  fi
}

# is_ready PORT: /health/ready answers 200 and includes the marketplace's own check, UP.
is_ready() {
  local body
  body=$(curl -fsS --max-time 5 "http://127.0.0.1:$1/health/ready" 2>/dev/null) || return 1
  printf '%s' "$body" | tr -d ' \n\t' | grep -q '"name":"marketplace","status":"UP"'
}

# announce_when_ready PORT PID: prints one line when the marketplace is ready; gives up when PID ends.
announce_when_ready() {
  local port="$1" pid="$2"
  command -v curl >/dev/null 2>&1 || return 0
  while kill -0 "$pid" 2>/dev/null; do
    if is_ready "$port"; then
      echo "Marketplace ready: http://localhost:${port}/ (GET /health/ready answers UP)"
      return 0
    fi
    sleep 1
  done
}
