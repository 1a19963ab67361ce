# Shared by configure, group and run (sourced, not run).

# asadmin property values escape ':' and '=' with a backslash, which the multimode file itself escapes again.
esc() { printf '%s' "$1" | sed -e 's/:/\\\\:/g' -e 's/=/\\\\=/g'; }

# Payara binds its timer service to jdbc/eduinfo once and reads its table when the application
# deploys, before the application's migrations run: a new database gets the table first
# (Payara's own DDL, run with H2's script tool; an existing table is left as it is).
#   timer_table PAYARA DRIVER_JAR URL USER PASSWORD h2|postgresql
timer_table() {
  java -cp "$1/h2db/bin/h2.jar:$2" org.h2.tools.RunScript -url "$3" -user "$4" \
    -password "$5" -script "$1/glassfish/lib/install/databases/ejbtimer_$6.sql" -continueOnError >/dev/null 2>&1 || true
}

# Runs an asadmin multimode file; multimode answers 0 even when a command fails, so its output is read.
#   multimode ASADMIN... FILE
multimode() {
  local file="${*: -1}" output
  output=$("${@:1:$#-1}" multimode --file "$file" 2>&1) || true
  if grep -qE 'remote failure|Command .* failed|Invalid' <<<"$output"; then
    echo "$output" >&2
    echo "asadmin refused the configuration above" >&2
    return 1
  fi
}

# Stores VALUE as the password alias NAME of the running domain ASADMIN... talks to (created, or updated when
# it exists), encrypted in the domain's alias store rather than written in domain.xml; configuration then names
# it ${ALIAS=NAME}. The value goes to asadmin in a file only this user can read, removed at once.
#   password_alias NAME VALUE ASADMIN...
password_alias() {
  local name=$1 value=$2 file verb=create-password-alias status=0
  shift 2
  if "$@" list-password-aliases 2>/dev/null | grep -qx "$name"; then verb=update-password-alias; fi
  file=$(umask 077 && mktemp)
  printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "${value//\\/\\\\}" >"$file"
  "$@" --passwordfile "$file" "$verb" "$name" >/dev/null || status=$?
  rm -f "$file"
  [ "$status" -eq 0 ] || echo "could not store the password alias $name" >&2
  return "$status"
}

# The pool's password: an alias of the domain (password_alias, run once the domain is up) when there is one.
#   db_password_alias PASSWORD
db_password_alias() {
  [ -n "$1" ] && echo '${ALIAS=eduinfo-db-password}' || true
}

# The application's connection pool on PostgreSQL, as one asadmin command.
# stringType=unspecified: strings are bound untyped, so that JPA's text reaches jsonb columns (form values);
# '()' is asadmin's empty password: without any, the driver refuses even a trusting server.
#   postgres_pool_command URL USER PASSWORD
postgres_pool_command() {
  pool_command org.postgresql.ds.PGSimpleDataSource \
    "url=$(esc "$1"):user=$(esc "$2"):stringType=unspecified:password=$( [ -n "$3" ] && esc "$3" || echo '()')"
}

#   pool_command DATASOURCE_CLASS PROPERTIES
pool_command() {
  echo "create-jdbc-connection-pool --restype javax.sql.DataSource --datasourceclassname $1 --steadypoolsize 4 --maxpoolsize 32 --isconnectvalidatereq true --validationmethod auto-commit --property $2 eduinfoPool"
}

# The heap a JVM starts with: half its maximum (-Xmx SIZE, e.g. 2g, 1536m). G1 otherwise starts at
# ~1/64 of the machine's memory and grows while a national sync runs, collecting and marking far more
# often meanwhile: the full sync's checks and placing took about twice as long.
#   initial_heap SIZE
initial_heap() {
  local size="${1%[mMgG]}" unit="${1: -1}"
  case "$unit" in g|G) size=$((size * 1024)) ;; m|M) ;; *) size=$((size / 1048576)) ;; esac
  echo "$((size / 2))m"
}

# Starts a domain (start-domain, or restart-domain for a running one), again if Payara gave up. Now and
# then a start fails on a race among the services Payara starts in parallel (seen here: HK2's
# ConcurrentModificationException, then "Failed to start, exiting"), and the JVM it leaves behind, kept
# alive by Hazelcast's threads, would hold asadmin for its whole 600 s timeout: it is killed instead.
#   start_domain ASADMIN DOMAIN_DIR start-domain|restart-domain [DOMAIN]
start_domain() {
  local asadmin=$1 dir=$2 command=$3 attempt
  shift 3
  for attempt in 1 2 3; do
    start_attempt "$dir" "$attempt" "$asadmin" "$command" "$@" && return 0
    command=start-domain # whatever ran before is gone now
  done
  return 1
}

# Starts an instance of a deployment group through its DAS, again if Payara gave up (as start_domain).
#   start_instance INSTANCE_DIR ASADMIN_WITH_DAS_OPTIONS... INSTANCE
start_instance() {
  local dir=$1 attempt
  shift
  for attempt in 1 2 3; do
    start_attempt "$dir" "$attempt" "$@" && return 0
  done
  return 1
}

# One start (COMMAND...) of the server whose directory (logs/server.log, config/pid) is DIR, watching the
# new part of its log: killed, with the JVM it started, if Payara gives up.
#   start_attempt DIR ATTEMPT COMMAND...
start_attempt() {
  local dir=$1 attempt=$2 log="$1/logs/server.log" from cli
  shift 2
  from=$(stat -c %s "$log" 2>/dev/null || echo 0)
  "$@" >/dev/null &
  cli=$!
  while kill -0 "$cli" 2>/dev/null; do
    if [ "$(stat -c %s "$log" 2>/dev/null || echo 0)" -lt "$from" ]; then from=0; fi # rotated meanwhile
    if tail -c +"$((from + 1))" "$log" 2>/dev/null | grep -q 'Failed to start, exiting'; then
      echo "start: Payara failed to start $dir (attempt $attempt, see its server.log); starting it again" >&2
      kill "$cli" 2>/dev/null || true
      if [ -f "$dir/config/pid" ]; then kill -9 "$(cat "$dir/config/pid")" 2>/dev/null || true; fi
      # And by its command line: config/pid may not be written yet when Payara gives up, and a JVM that
      # logged "exiting" was once left running, unknown to stop-domain.
      pkill -9 -f -- "instanceRoot=$dir " 2>/dev/null || true
      wait "$cli" 2>/dev/null || true
      return 1
    fi
    sleep 1
  done
  wait "$cli"
}
