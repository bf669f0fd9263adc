# Sourced by the bench scripts, with $root set to the repository: copies the peer kit of
# ../shared/bench (or $BENCH_KIT) into target/peer-bench once and generates its inputs there
# (../shared may be read-only). Sets $work; without the kit, says so and ends the script (exit 0).
kit=${BENCH_KIT:-$root/../shared/bench}
work=$root/target/peer-bench
if [ ! -d "$work/inputs" ]; then
  [ -d "$kit" ] || { echo "skipped: $kit is absent (the peer kit of ../shared/bench)" >&2; exit 0; }
  mkdir -p "$work"
  cp -r "$kit"/. "$work"/
  chmod -R u+w "$work"
  BENCH_SEED_TEXT=$root/fixtures/statements/seed-lima-2024-cn.txt "$work/setup.sh"
fi
