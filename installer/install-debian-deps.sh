#!/usr/bin/env bash
# Installs the Debian packages listed in installer/debian-packages.txt (or in the list files
# given as arguments, as the installer builds do) that are missing.
# Does nothing when all are present; needs root (or sudo) only when something is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
missing=()
while read -r pkg; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done < <(cat "${@:-$here/debian-packages.txt}")
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then sudo=""; else sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
