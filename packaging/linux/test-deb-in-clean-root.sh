#!/usr/bin/env bash
# Install the .deb into a clean Debian 12 root (debootstrap --variant=minbase: no X, no fonts,
# no Python) with only the package's declared dependencies, then run, with the network cut
# off (a new, empty network namespace):
#   vramscope --self-check
#   vramscope estimate llama-3.1-8b --json
# Usage (as root): packaging/linux/test-deb-in-clean-root.sh dist/vramscope_VERSION_ARCH.deb
# Env: MIRROR (default http://deb.debian.org/debian), SUITE (bookworm),
#      ROOT_CACHE (a tarball of the pristine root, made on first use; default build/debian12-minbase.tar)
set -euo pipefail
deb="$(readlink -f "${1:?usage: $0 path/to/vramscope_VERSION_ARCH.deb}")"
cd "$(dirname "$0")/../.."
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
SUITE="${SUITE:-bookworm}"
ROOT_CACHE="${ROOT_CACHE:-build/debian12-minbase.tar}"
[ "$(id -u)" -eq 0 ] || { echo "needs root (debootstrap, chroot, mount)" >&2; exit 2; }
for tool in debootstrap chroot unshare; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install debootstrap)" >&2; exit 2; }
done

if [ ! -f "$ROOT_CACHE" ]; then
    echo "== debootstrap $SUITE (minbase) from $MIRROR"
    tmp_root="$(mktemp -d)"
    debootstrap --variant=minbase "$SUITE" "$tmp_root" "$MIRROR" >/dev/null
    mkdir -p "$(dirname "$ROOT_CACHE")"
    tar -C "$tmp_root" -cf "$ROOT_CACHE" .
    rm -rf "$tmp_root"
fi

root="$(mktemp -d /tmp/vramscope-clean-root.XXXXXX)"
cleanup() {
    for m in proc dev/pts dev; do umount -l "$root/$m" 2>/dev/null || true; done
    rm -rf "$root"
}
trap cleanup EXIT
tar -C "$root" -xf "$ROOT_CACHE"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"; }

before="$(in_root dpkg-query -W -f='${Package}\n' | wc -l)"
echo "== clean root: $(in_root cat /etc/debian_version), $before packages; no python3: \
$(in_root sh -c 'command -v python3 || echo absent'), fonts: \
$(in_root sh -c 'ls /usr/share/fonts 2>/dev/null | wc -l') folders"
echo "== apt-get install ./$(basename "$deb") (declared dependencies only, no recommends)"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/$(basename "$deb")" >/dev/null
after="$(in_root dpkg-query -W -f='${Package}\n' | wc -l)"
echo "   installed vramscope and $((after - before - 1)) dependencies"
in_root dpkg-query -W -f='${Package} ${Version}\n' vramscope

offline() { unshare --net chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 \
    PATH=/usr/bin:/bin "$@"; }
echo "== network in the test namespace: $(unshare --net sh -c 'ip -o link 2>/dev/null | wc -l || cat /proc/net/dev | tail -n +3 | wc -l') interface(s) (loopback only, down)"
echo "== vramscope --self-check (offline)"
offline vramscope --self-check
echo "== vramscope estimate llama-3.1-8b --json (offline)"
offline vramscope estimate llama-3.1-8b --json > "$root/tmp/estimate.json"
python3 - "$root/tmp/estimate.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"   model {r['model']['id']}: verdict {r['verdict']}, peak RAM {r['peak_ram_bytes']} bytes, "
      f"{len(r['terms'])} terms")
EOF
if command -v Xvfb >/dev/null; then
    # A real X server on the host, reached through its socket file: the xcb platform plugin
    # and the system libraries it needs, as on a desktop.
    display=":$((90 + RANDOM % 9))"
    Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
    mkdir -p "$root/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
    echo "== the window on X (xcb), offline: vramscope --screenshot"
    unshare --net chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/bin:/bin \
        DISPLAY="$display" vramscope --screenshot /tmp/window.png
    cp "$root/tmp/window.png" "${SCREENSHOT:-build/deb-clean-root-window.png}"
    umount -l "$root/tmp/.X11-unix"
    kill "$xvfb_pid"
fi
echo "== menu entry, icon and metainfo"
in_root sh -c 'ls /usr/share/applications/*.desktop /usr/share/metainfo/*.xml \
    /usr/share/icons/hicolor/256x256/apps/*.png'
echo "== apt-get remove"
in_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq vramscope >/dev/null
in_root sh -c '[ ! -e /opt/vramscope ] && [ ! -e /usr/bin/vramscope ]' && echo "   removed cleanly"
echo "deb clean-root test: ok"
