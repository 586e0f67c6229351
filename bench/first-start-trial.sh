#!/bin/bash
# First start of two instances on an empty PostgreSQL (issue 10, finding 8): TRIALS times, drop and create the database,
# start two `reform serve` at once, poll both /health, and count what the demo load left. Needs the local cluster of
# /tmp/pg.sh (port 55432). Prints one CSV line per trial.
# usage: trial.sh BINARY TRIALS PORTBASE LABEL
BIN=$1; N=$2; PB=$3; LABEL=$4
P="runuser -u postgres -- psql -X -q -t -A -h /tmp/pgdev -p 55432 -U postgres"
DB=reform_ops_trial
URL="postgres://reform:reform@127.0.0.1:55432/$DB?sslmode=disable"
OUT=/tmp/ops-trial/$LABEL; mkdir -p $OUT
echo "trial,exitA,exitB,readyA_s,readyB_s,jurisdictions_at_first_200,jurisdictions,office_users,demo_loads" > $OUT/results.csv
for i in $(seq 1 $N); do
  $P -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null
  $P -c "CREATE DATABASE $DB OWNER reform" >/dev/null
  pa=$((PB)); pb=$((PB+1))
  start=$(date +%s.%N)
  $BIN serve --port $pa --database-url "$URL" > $OUT/a-$i.log 2>&1 & A=$!
  $BIN serve --port $pb --database-url "$URL" > $OUT/b-$i.log 2>&1 & B=$!
  ra=""; rb=""; ea=""; eb=""; first=""
  for t in $(seq 1 1200); do
    now=$(date +%s.%N)
    if [ -z "$ra$ea" ]; then
      if ! kill -0 $A 2>/dev/null; then wait $A; ea=$?; elif [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$pa/health)" = 200 ]; then ra=$(echo "$now - $start" | bc); [ -z "$first" ] && first=$($P -d $DB -c "SELECT count(*) FROM jurisdictions"); fi
    fi
    if [ -z "$rb$eb" ]; then
      if ! kill -0 $B 2>/dev/null; then wait $B; eb=$?; elif [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$pb/health)" = 200 ]; then rb=$(echo "$now - $start" | bc); [ -z "$first" ] && first=$($P -d $DB -c "SELECT count(*) FROM jurisdictions"); fi
    fi
    if [ -n "$ra$ea" ] && [ -n "$rb$eb" ]; then break; fi
    sleep 0.1
  done
  j=$($P -d $DB -c "SELECT count(*) FROM jurisdictions")
  o=$($P -d $DB -c "SELECT count(*) FROM users WHERE username='office'")
  loads=$(cat $OUT/a-$i.log $OUT/b-$i.log | grep -c "loading the demo dataset")
  kill $A $B 2>/dev/null; wait $A $B 2>/dev/null
  echo "$i,${ea:-running},${eb:-running},${ra:--},${rb:--},${first:--},$j,$o,$loads" | tee -a $OUT/results.csv
done
