#!/bin/sh
# Builds the contacts of every département from data·inclusion's national export and swaps them in
# atomically (README « Contacts for every territory »).
#
#   deploy/contacts-refresh.sh STRUCTURES SERVICES ROOT [MAX_DROPPED_PCT]
#
# STRUCTURES, SERVICES: the export's files, in any form the importer reads (or URLs, fetched first).
# ROOT: e.g. /var/lib/passerelle/contacts. Each run writes ROOT/releases/<UTC time>[_n]/ (one <code>.json per
# département and index.json, each with its .br and .gz), then points the symlink ROOT/current at it
# with one rename(2): nginx serves either the old folder or the new one, never a mix. When the import
# fails, or more than MAX_DROPPED_PCT % (default 5) of the services are invalid, nothing is swapped:
# ROOT/current stays as it was, and the exit status is the importer's (1, 3 or 4). The last two
# releases are kept (a manual rollback is `ln -sfn releases/OLD ROOT/current.new && mv -T …`).
# Needs: passerelle-import (PASSERELLE_IMPORT to name another), brotli, gzip, curl for URLs.
set -eu
[ $# -ge 3 ] || { echo "usage: $0 STRUCTURES SERVICES ROOT [MAX_DROPPED_PCT]" >&2; exit 2; }
structures=$1 services=$2 root=$3 max=${4:-5}
importer=${PASSERELLE_IMPORT:-passerelle-import}
mkdir -p "$root/releases"
# The release's folder: the time, claimed with mkdir (atomic), with _2, _3… when a run of the same
# second has it or left its report: a run that fails removes its own folder, never the one `current`
# serves. (`_` sorts after `/`, so the clean-up below still sees the releases in their order.)
stamp=$(date -u +%Y%m%dT%H%M%SZ)
name=$stamp n=1
until [ ! -e "$root/releases/$name.report.json" ] && mkdir "$root/releases/$name" 2>/dev/null; do
  n=$((n + 1))
  [ "$n" -le 50 ] || { echo "contacts-refresh: cannot create a folder in $root/releases" >&2; exit 1; }
  name=${stamp}_$n
done
stamp=$name
work=$root/releases/.download-$stamp
fetch() { # a URL is downloaded first; a file is used as it is
  case $1 in
    http://*|https://*) mkdir -p "$work"; curl -fsSL --retry 3 -o "$work/$2" "$1"; echo "$work/$2" ;;
    *) echo "$1" ;;
  esac
}
st=$(fetch "$structures" "structures.${structures##*.}")
sv=$(fetch "$services" "services.${services##*.}")
new=$root/releases/$stamp
status=0
"$importer" --structures "$st" --services "$sv" --max-dropped "$max" --by-departement "$new" \
  --report "$root/releases/$stamp.report.json" || status=$?
rm -rf "$work"
if [ "$status" -ne 0 ] || [ ! -f "$new/index.json" ]; then
  echo "contacts-refresh: the import failed (exit $status): $root/current left as it was" >&2
  rm -rf "$new"
  exit "$status"
fi
# Precompressed siblings (nginx's brotli_static and gzip_static send them; nothing on the fly).
# BROTLI_QUALITY (default 11): a national release is about 1 600 files of 1.7 MB; brotli -q 11 takes
# about 4 s a file on one core (an hour on 2 cores), -q 9 about 0.1 s for files 16 % larger.
q=${BROTLI_QUALITY:-11}
find "$new" -name '*.json' -print0 | xargs -0 -r -n 4 -P "$(nproc)" sh -c \
  'q=$1; shift; for f; do brotli -f -q "$q" -o "$f.br" "$f" && gzip -9 -k -f -n "$f"; done' sh "$q"
ln -sfn "releases/$stamp" "$root/current.new"
mv -T "$root/current.new" "$root/current"
echo "contacts-refresh: $root/current → releases/$stamp"
# Older releases (beyond the last two) and their reports go.
ls -1d "$root"/releases/2*/ 2>/dev/null | sort | head -n -2 | while read -r old; do
  rm -rf "$old" "${old%/}.report.json"
done
