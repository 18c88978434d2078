# shellcheck shell=sh
# Sourced by ./blindspot and ./mvnw. Finds a JDK >= 21 and exports JAVA_HOME to it.
# Order: $JAVA_HOME, then the java on PATH, then /usr/lib/jvm/* (newest first).
# On failure prints one clear line to stderr and returns 1.

blindspot_java_major() {
  # prints the major version of the java binary $1 (e.g. 17, 21, 25), or nothing
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9.]*\).*/\1/p' \
    | sed 's/^1\.//; s/\..*//' | head -n 1
}

blindspot_is_jdk21() {
  # $1 = candidate JAVA_HOME; true when it has java and javac and java is >= 21
  [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  _bs_major=$(blindspot_java_major "$1/bin/java")
  [ -n "$_bs_major" ] && [ "$_bs_major" -ge 21 ] 2>/dev/null
}

blindspot_find_jdk() {
  _bs_seen=""
  if [ -n "${JAVA_HOME:-}" ]; then
    if blindspot_is_jdk21 "$JAVA_HOME"; then return 0; fi
    _bs_seen="JAVA_HOME=$JAVA_HOME"
  fi
  if command -v java >/dev/null 2>&1; then
    _bs_java=$(command -v java)
    _bs_real=$(readlink -f "$_bs_java" 2>/dev/null || echo "$_bs_java")
    _bs_home=$(dirname "$(dirname "$_bs_real")")
    if blindspot_is_jdk21 "$_bs_home"; then JAVA_HOME=$_bs_home; export JAVA_HOME; return 0; fi
    _bs_seen="$_bs_seen${_bs_seen:+, }PATH java=$_bs_real"
  fi
  for _bs_home in $(ls -1d /usr/lib/jvm/* 2>/dev/null | sort -rV); do
    if blindspot_is_jdk21 "$_bs_home"; then JAVA_HOME=$_bs_home; export JAVA_HOME; return 0; fi
  done
  echo "blindspot: no JDK 21 or newer found (looked at ${_bs_seen:-no JAVA_HOME, no java on PATH} and /usr/lib/jvm/*); install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME" >&2
  return 1
}
