#!/usr/bin/env bash
# Runs a command inside a single-node Slurm cluster on this machine, then stops it.
#
#   Tests/slurm/with-slurm.sh COMMAND [ARG...]
#
# Starts munged, slurmctld and slurmd (Debian's munge and slurm-wlm, which `make deps`
# installs) from a generated slurm.conf for this host with its cores, ports on localhost,
# and state, spool and logs in a fresh temporary folder. COMMAND runs with SLURM_CONF
# set, so sbatch, squeue and sacct talk to this cluster. Every daemon is stopped by the
# pid it was started with when the command ends, also on failure or interrupt, and the
# folder is removed (kept, with its logs, when KEEP_SLURM_DIR=1). Exits with COMMAND's status.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARG...]" >&2
  exit 2
fi
for tool in munged slurmctld slurmd sinfo; do
  command -v "$tool" >/dev/null || { echo "with-slurm: $tool not found (make deps installs munge and slurm-wlm)" >&2; exit 2; }
done

dir=$(mktemp -d /tmp/repro-slurm.XXXXXX)
chmod 755 "$dir"
pids=()
stop() {
  local status=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "${KEEP_SLURM_DIR:-0}" = 1 ] || [ "$status" -ne 0 ]; then
    echo "with-slurm: logs kept in $dir" >&2
  else
    rm -rf "$dir"
  fi
  exit "$status"
}
trap stop EXIT
trap 'exit 130' INT TERM

# A port pair nobody listens on, so concurrent runs and a real cluster do not collide.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
ctld_port=$(free_port)
slurmd_port=$(free_port)
node=$(hostname -s)
cpus=$(nproc)
memory=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 / 2 ))

mkdir -p "$dir/state" "$dir/spool" "$dir/munge"
chmod 700 "$dir/munge"
dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$dir/munge/munge.key"
socket="$dir/munge/munge.socket"

cat > "$dir/slurm.conf" <<CONF
ClusterName=repro-test
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=$(id -un)
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool/%n
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
MinJobAge=300
KillWait=5
Waittime=0
NodeName=$node NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$dir/slurm.conf"

munged --foreground --force --key-file="$dir/munge/munge.key" --socket="$socket" \
  --pid-file="$dir/munge/munged.pid" --seed-file="$dir/munge/munged.seed" \
  --log-file="$dir/munge/munged.log" >"$dir/munge/munged.out" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -S "$socket" ] && break; sleep 0.1; done
[ -S "$socket" ] || { echo "with-slurm: munged did not start (see $dir/munge/munged.log)" >&2; exit 1; }

slurmctld -D -i -f "$SLURM_CONF" >"$dir/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -f "$SLURM_CONF" -N "$node" >"$dir/slurmd.out" 2>&1 &
pids+=($!)

# Ready once the node is idle in the partition.
for _ in $(seq 150); do
  state=$(sinfo -h -n "$node" -o '%t' 2>/dev/null || true)
  [ "$state" = idle ] && break
  sleep 0.2
done
if [ "$state" != idle ]; then
  echo "with-slurm: the node did not become idle (state '${state:-none}'; see $dir/slurmctld.log, $dir/slurmd.log)" >&2
  exit 1
fi
echo "with-slurm: single-node Slurm up ($node, $cpus CPUs, slurmctld port $ctld_port, conf $SLURM_CONF)" >&2

"$@"
