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
