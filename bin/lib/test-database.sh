# Functions for bin/test: make sure a MySQL-compatible server answers on TEST_DB_HOST:TEST_DB_PORT
# and that the tests have a user and a fresh database on it.

TEST_DB_HOST="${TEST_DB_HOST:-127.0.0.1}"
TEST_DB_PORT="${TEST_DB_PORT:-3306}"
TEST_DB_NAME="${TEST_DB_NAME:-marketplace_test}"
TEST_DB_USER="${TEST_DB_USER:-root}"
TEST_DB_PASSWORD="${TEST_DB_PASSWORD:-}"

sql_over_tcp() {
  MYSQL_PWD="$TEST_DB_PASSWORD" mysql --protocol=TCP -h "$TEST_DB_HOST" -P "$TEST_DB_PORT" -u "$TEST_DB_USER" "$@"
}

server_answers() {
  mysqladmin --protocol=TCP -h "$TEST_DB_HOST" -P "$TEST_DB_PORT" -u nobody --connect-timeout=2 ping >/dev/null 2>&1 \
    || mysqladmin --protocol=TCP -h "$TEST_DB_HOST" -P "$TEST_DB_PORT" -u nobody --connect-timeout=2 ping 2>&1 | grep -q "Access denied"
}

wait_for_server() {
  for _ in $(seq 1 60); do
    server_answers && return 0
    sleep 1
  done
  echo "MariaDB did not answer on $TEST_DB_HOST:$TEST_DB_PORT within 60 s" >&2
  return 1
}

run_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_database_server() {
  if ! command -v mysql >/dev/null 2>&1 || ! command -v mysqladmin >/dev/null 2>&1 \
      || ! { [ -x /usr/sbin/mariadbd ] || [ -x /usr/sbin/mysqld ] || server_answers; }; then
    echo "Installing MariaDB with apt..."
    run_as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive run_as_root apt-get install -y -qq mariadb-server mariadb-client >/dev/null
  fi
  if ! server_answers; then
    echo "Starting MariaDB..."
    if [ -x /usr/sbin/mariadbd ]; then
      run_as_root mkdir -p /run/mysqld
      run_as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
      run_as_root start-stop-daemon --start --oknodo --background --chuid mysql --exec /usr/sbin/mariadbd \
        || run_as_root service mariadb start
    else
      run_as_root service mysql start
    fi
    wait_for_server
  fi
  if ! sql_over_tcp -e "SELECT 1" >/dev/null 2>&1; then
    # A fresh Debian install lets root in by unix socket only: create the tests' own user that way.
    if [ "$TEST_DB_USER" = "root" ] && [ -z "$TEST_DB_PASSWORD" ]; then
      TEST_DB_USER="marketplace_test"
      TEST_DB_PASSWORD="marketplace_test"
    fi
    echo "Creating database user '$TEST_DB_USER' for the tests..."
    run_as_root mysql -u root <<SQL
CREATE USER IF NOT EXISTS '$TEST_DB_USER'@'127.0.0.1' IDENTIFIED BY '$TEST_DB_PASSWORD';
CREATE USER IF NOT EXISTS '$TEST_DB_USER'@'localhost' IDENTIFIED BY '$TEST_DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`marketplace\\_%\`.* TO '$TEST_DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`marketplace\\_%\`.* TO '$TEST_DB_USER'@'localhost';
FLUSH PRIVILEGES;
SQL
    sql_over_tcp -e "SELECT 1" >/dev/null
  fi
  export TEST_DB_HOST TEST_DB_PORT TEST_DB_USER TEST_DB_PASSWORD TEST_DB_NAME
}

prepare_test_database() {
  sql_over_tcp -e "DROP DATABASE IF EXISTS \`$TEST_DB_NAME\`; CREATE DATABASE \`$TEST_DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  echo "Test database '$TEST_DB_NAME' is fresh on $TEST_DB_HOST:$TEST_DB_PORT (user $TEST_DB_USER)."
}
