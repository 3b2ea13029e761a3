# Functions for bin/run: Payara Micro's data-grid options (docs/scaling.md), the same rules as
# test-support's MarketplaceProcess.clusterOptions. Off unless CLUSTER_ENABLED=true: one instance
# stays small and joins no one.

# cluster_options: prints one option or value per line.
cluster_options() {
  if [ "${CLUSTER_ENABLED:-false}" != "true" ]; then
    echo "--nocluster"
    return
  fi
  printf '%s\n' --clustername "${CLUSTER_NAME:-marketplace}"
  if [ -n "${CLUSTER_MEMBERS:-}" ]; then
    printf '%s\n' --clustermode "tcpip:${CLUSTER_MEMBERS}"
  fi
  if [ -n "${CLUSTER_START_PORT:-}" ]; then
    printf '%s\n' --startport "${CLUSTER_START_PORT}"
  fi
  if [ "${CLUSTER_HOST_AWARE:-true}" = "false" ]; then
    echo "--nohostaware"
  fi
}
