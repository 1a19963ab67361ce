# Shared by the benchmarks on the national data set (sourced, not run): a fresh PostgreSQL database,
# the system started on it by server-config/run, the registry generator's national snapshot synced
# in, and the MoE's inspector handed out. Expects root, work, schools, host, port, user and db set.
app=http://localhost:8080/eduinfo
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$user" -d "$db" "$@"; }
now() { date +%s.%N; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
since() { echo "$(now) - $1" | bc; }
key() { python3 -c "y,q='$1'.split('Q'); print(int(y)*10+int(q))"; }
previous_of() { python3 -c "y,q='$1'.split('Q'); y,q=int(y),int(q); print(f'{y-1}Q4' if q==1 else f'{y}Q{q-1}')"; }

# national_system [server-config/run arguments ...]
national_system() {
  mkdir -p "$work"
  "$root/batch/generate-registry" national --seed 1 --schools "$schools" --out "$work/national.csv" 2>/dev/null
  psql -X -q -h "$host" -p "$port" -U "$user" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"

  echo "benchmark: starting the system on an empty database and syncing the national snapshot ..."
  "$root/server-config/run" --db=postgres "--db-url=jdbc:postgresql://$host:$port/$db" "--db-user=$user" \
    --no-demo --bootstrap-password=Bench#Start1 "$@" >"$work/server.out" 2>&1 &
  server=$!
  trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
  until grep -q 'is ready' "$work/server.out"; do
    kill -0 $server 2>/dev/null || { cat "$work/server.out"; exit 1; }
    sleep 2
  done
  for staff in sysadmin secadmin; do
    curl -sf -u "$staff:Bench#Start1" -H 'Content-Type: application/json' \
      -d '{"current":"Bench#Start1","new":"Bench#Run2026"}' "$app/api/me/password" >/dev/null
  done
  local id
  id=$(curl -sf -u sysadmin:Bench#Run2026 -H 'Content-Type: text/csv' --data-binary @"$work/national.csv" \
    "$app/api/sync/runs?name=national.csv" | json '["id"]')
  until [ "$(curl -sf -u sysadmin:Bench#Run2026 "$app/api/sync/runs/$id" | json '["isActive"]')" = False ]; do sleep 2; done

  # The MoE's inspector, handed out by the security administrator, reads the totals.
  local account initial
  account=$(curl -sf -u secadmin:Bench#Run2026 "$app/api/accounts?organisation=$(curl -sf -u secadmin:Bench#Run2026 "$app/api/organisations?q=000000" | json '[0]["id"]')" \
    | python3 -c 'import json,sys; print([a["id"] for a in json.load(sys.stdin) if a["username"]=="000000I1"][0])')
  initial=$(curl -sf -u secadmin:Bench#Run2026 -X POST "$app/api/accounts/$account/password-reset" | json '["initialPassword"]')
  curl -sf -u "000000I1:$initial" -H 'Content-Type: application/json' -d "{\"current\":\"$initial\",\"new\":\"Bench#Moe2026\"}" "$app/api/me/password" >/dev/null
  curl -sf -u "000000I1:Bench#Moe2026" -X PUT -H 'Content-Type: application/json' \
    -d '{"realName":"测试员","position":"统计员","phone":"010-66096114","email":"stats@example.cn"}' "$app/api/me/personal-info" >/dev/null
}

# seed_reported QUARTER: every active unit has reported that quarter (values from the demo generator).
seed_reported() {
  java -cp "$root/batch/target/classes:$root/domain/target/classes" cn.eduinfo.bench.SeedFormsSql "$1" >"$work/seed.sql"
  psql_db -f "$work/seed.sql"
  psql_db -c "ANALYZE form_data"
}
