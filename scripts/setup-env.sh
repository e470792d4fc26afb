# Sourced by ./run.sh and ./test.sh: installs the Debian libraries Qt needs (when apt-get is
# there and we may use it) and a virtual environment in .venv with the project installed.
# Argument: the pip extra to install ("" for the app, "dev" for tests).
extra="${1:-}"

qt_libs=(libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-dejavu-core fonts-wqy-microhei
         libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
         libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 xvfb xauth)
if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
    missing=()
    for p in "${qt_libs[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        sudo_cmd=""
        [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo_cmd="sudo"
        if [ "$(id -u)" -eq 0 ] || [ -n "$sudo_cmd" ]; then
            echo "== installing system libraries for Qt: ${missing[*]}"
            $sudo_cmd apt-get update -qq
            DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
        else
            echo "warning: missing system packages (install them as root): ${missing[*]}" >&2
        fi
    fi
fi

python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    echo "== creating .venv"
    "$python" -m venv .venv
fi
# shellcheck disable=SC1091
source .venv/bin/activate
stamp=".venv/.installed-${extra:-app}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    echo "== installing vramscope${extra:+[$extra]} into .venv"
    python -m pip install -q -e ".${extra:+[$extra]}"
    touch "$stamp"
fi
