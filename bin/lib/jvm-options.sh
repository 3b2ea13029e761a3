# Functions for bin/run: the JVM's default options (bin/lib/jvm.options, shared with test-support's
# MarketplaceProcess) and the process environment that goes with them.

# default_java_opts: bin/lib/jvm.options without its comment lines, on one line.
default_java_opts() {
  grep -v '^[[:space:]]*#' bin/lib/jvm.options | tr -s ' \n\t' ' ' | sed 's/^ //; s/ $//'
}
