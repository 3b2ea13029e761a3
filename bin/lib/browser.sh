# Functions for bin/test: make sure the browser the Selenium tests drive is installed. The tests use
# Debian's chromium with its matching chromedriver (/usr/bin/chromium, /usr/bin/chromedriver), so
# Selenium never downloads a browser or a driver at test time.

BROWSER_BINARY=/usr/bin/chromium
BROWSER_DRIVER=/usr/bin/chromedriver

browser_run_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

browser_apt_install() {
  browser_run_as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
}

ensure_browser() {
  if [ -x "$BROWSER_BINARY" ] && [ -x "$BROWSER_DRIVER" ]; then
    return 0
  fi
  echo "Installing chromium and chromium-driver with apt (for the browser tests)..."
  # The package lists may be stale or absent (fresh containers): refresh them only when needed.
  if ! browser_apt_install; then
    echo "apt-get install failed; updating the package lists and retrying..."
    browser_run_as_root apt-get update -qq
    browser_apt_install
  fi
  if [ ! -x "$BROWSER_BINARY" ] || [ ! -x "$BROWSER_DRIVER" ]; then
    echo "chromium or chromedriver is still missing after the install ($BROWSER_BINARY, $BROWSER_DRIVER)" >&2
    return 1
  fi
  echo "Installed $("$BROWSER_BINARY" --version 2>/dev/null || echo chromium) and $("$BROWSER_DRIVER" --version 2>/dev/null | cut -d' ' -f1-2 || echo chromedriver)."
}

# axe-core, the accessibility checker the browser tests run inside every page they open, comes from
# npm at the version web/src/test/a11y/package-lock.json pins; installed once, next to that file.
A11Y_DIR=web/src/test/a11y

ensure_accessibility_checker() {
  if [ -f "$A11Y_DIR/node_modules/axe-core/axe.min.js" ]; then
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "npm is missing: install Node.js and npm (Debian: apt-get install nodejs npm) for the accessibility checks" >&2
    return 1
  fi
  echo "Installing axe-core with npm (for the accessibility checks of the browser tests)..."
  npm ci --prefix "$A11Y_DIR" --no-audit --no-fund --loglevel=error >/dev/null
}
