# shellcheck shell=sh
# Finds a JDK whose major version is at least CIVICBRIEF_MIN_JAVA (default 21) and exports JAVA_HOME.
# Sourced by ./mvnw and ./civicbrief so that the build and the launcher agree on the JDK they use.
# Order: $JAVA_HOME, the java on PATH, then the usual install folders (newest version first).

civicbrief_java_major() {
  # Prints the major version of the JDK at $1, or nothing when $1 is not a JDK.
  [ -x "$1/bin/java" ] || return 1
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" | head -n 1)
  fi
  if [ -z "${v:-}" ]; then
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  case "$v" in
    1.*) v=${v#1.} ;;
  esac
  v=${v%%[.+-]*}
  [ -n "$v" ] && echo "$v"
  unset v
}

civicbrief_is_jdk() {
  # A build needs javac; running the application only needs java.
  [ -x "$1/bin/java" ] && { [ "${CIVICBRIEF_NEED_JAVAC:-1}" = 0 ] || [ -x "$1/bin/javac" ]; }
}

civicbrief_find_jdk() {
  min=${CIVICBRIEF_MIN_JAVA:-21}
  candidates=""
  [ -n "${JAVA_HOME:-}" ] && candidates="$JAVA_HOME"
  if command -v java >/dev/null 2>&1; then
    onpath=$(command -v java)
    if command -v readlink >/dev/null 2>&1; then
      onpath=$(readlink -f "$onpath" 2>/dev/null || echo "$onpath")
    fi
    candidates="$candidates
${onpath%/bin/java}"
  fi
  # Install folders, newest version first.
  for dir in /usr/lib/jvm/* "$HOME"/.sdkman/candidates/java/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.jdks/*; do
    [ -d "$dir" ] || continue
    major=$(civicbrief_java_major "$dir") || continue
    candidates="$candidates
$major $dir"
  done
  sorted=$(printf '%s\n' "$candidates" | awk 'NF==2 && $1 ~ /^[0-9]+$/ {print}' | sort -k1,1nr | cut -d' ' -f2-)
  first=$(printf '%s\n' "$candidates" | awk 'NF==1')
  old_ifs=$IFS
  IFS='
'
  for c in $first $sorted; do
    [ -n "$c" ] || continue
    civicbrief_is_jdk "$c" || continue
    major=$(civicbrief_java_major "$c") || continue
    if [ "$major" -ge "$min" ] 2>/dev/null; then
      IFS=$old_ifs
      JAVA_HOME=$c
      export JAVA_HOME
      unset c major first sorted candidates onpath old_ifs min
      return 0
    fi
  done
  IFS=$old_ifs
  cat >&2 <<MSG
civicbrief needs a JDK $min or newer and found none (looked at JAVA_HOME, the java on PATH,
/usr/lib/jvm, ~/.sdkman and /opt). Install one, then run this again, for example:
  Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk-headless   (or temurin-21-jdk from Adoptium's repository)
  SDKMAN:         sdk install java 21-tem
  macOS:          brew install openjdk@21
or point JAVA_HOME at an existing JDK $min+.
MSG
  return 1
}
